// SPDX-License-Identifier: GPL-2.0
/* Checking a PKCS#7 message's signatures against its data (pkcs7_verify.c). */
#define pr_fmt(fmt) "PKCS7: " fmt
#include <crypto/hash.h>
#include <linux/asn1.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "pkcs7_parser.h"

/*
 * The digest of the data, or of the authenticated attributes once the
 * data's digest matches theirs. A hash the kernel does not have is
 * -ENOPKG, as in Linux (sha384/sha512 are modules in Debian's kernel).
 */
static int pkcs7_digest_tfm(struct crypto_shash *tfm, struct pkcs7_message *pkcs7,
			    struct pkcs7_signed_info *sinfo)
{
	struct public_key_signature *sig = sinfo->sig;
	SHASH_DESC_ON_STACK(desc, tfm);
	u8 tag = ASN1_CONS_BIT | ASN1_SET;
	int ret;

	sig->digest_size = crypto_shash_digestsize(tfm);
	sig->digest = kmalloc(sig->digest_size, GFP_KERNEL);
	if (!sig->digest)
		return -ENOMEM;
	desc->tfm = tfm;
	ret = crypto_shash_digest(desc, pkcs7->data, pkcs7->data_len, sig->digest);
	if (ret < 0 || !sinfo->authattrs)
		return ret;
	if (!sinfo->msgdigest) {
		pr_warn("Sig %u: No messageDigest\n", sinfo->index);
		return -EKEYREJECTED;
	}
	if (sinfo->msgdigest_len != sig->digest_size) {
		pr_warn("Sig %u: Invalid digest size (%u)\n", sinfo->index,
			sinfo->msgdigest_len);
		return -EBADMSG;
	}
	if (memcmp(sig->digest, sinfo->msgdigest, sinfo->msgdigest_len)) {
		pr_warn("Sig %u: Message digest doesn't match\n", sinfo->index);
		return -EKEYREJECTED;
	}
	/* the attributes are signed as a SET OF, not as the [0] they came in */
	ret = crypto_shash_init(desc);
	if (ret < 0)
		return ret;
	ret = crypto_shash_update(desc, &tag, 1);
	if (ret < 0)
		return ret;
	return crypto_shash_finup(desc, sinfo->authattrs, sinfo->authattrs_len,
				  sig->digest);
}

static int pkcs7_digest(struct pkcs7_message *pkcs7, struct pkcs7_signed_info *sinfo)
{
	struct public_key_signature *sig = sinfo->sig;
	struct crypto_shash *tfm;
	int ret;

	if (sig->digest)
		return 0;
	if (!sig->hash_algo)
		return -ENOPKG;
	tfm = crypto_alloc_shash(sig->hash_algo, 0, 0);
	if (IS_ERR(tfm))
		return PTR_ERR(tfm) == -ENOENT ? -ENOPKG : PTR_ERR(tfm);
	ret = pkcs7_digest_tfm(tfm, pkcs7, sinfo);
	crypto_free_shash(tfm);
	return ret;
}

/* The certificate in the message that the signer names, if any. */
static void pkcs7_find_key(struct pkcs7_message *pkcs7, struct pkcs7_signed_info *sinfo)
{
	struct x509_certificate *x509;

	for (x509 = pkcs7->certs; x509; x509 = x509->next) {
		if (asymmetric_key_id_same(x509->id, sinfo->sig->auth_ids[0])) {
			sinfo->signer = x509;
			return;
		}
	}
}

/* Follow the signer's certificate up through the message's certificates. */
static int pkcs7_verify_sig_chain(struct pkcs7_message *pkcs7,
				  struct pkcs7_signed_info *sinfo)
{
	struct x509_certificate *x509 = sinfo->signer, *p;
	struct asymmetric_key_id *auth;
	struct public_key_signature *sig;
	int ret;

	for (p = pkcs7->certs; p; p = p->next)
		p->seen = false;
	for (;;) {
		x509->seen = true;
		if (x509->blacklisted) {
			sinfo->blacklisted = true;
			for (p = sinfo->signer; p != x509; p = p->signer)
				p->blacklisted = true;
			return 0;
		}
		sig = x509->sig;
		if (x509->self_signed) {
			x509->signer = x509;
			return 0;
		}
		p = NULL;
		if (sig->auth_ids[0]) {
			auth = sig->auth_ids[0];
			for (p = pkcs7->certs; p; p = p->next)
				if (asymmetric_key_id_same(p->id, auth))
					break;
			if (p && sig->auth_ids[1] &&
			    !asymmetric_key_id_same(p->skid, sig->auth_ids[1])) {
				pr_warn("Sig %u: X.509 chain contains auth-skid nonmatch (%u->%u)\n",
					sinfo->index, x509->index, p->index);
				return -EKEYREJECTED;
			}
		} else if (sig->auth_ids[1]) {
			auth = sig->auth_ids[1];
			for (p = pkcs7->certs; p; p = p->next)
				if (p->skid && asymmetric_key_id_same(p->skid, auth))
					break;
		}
		if (!p)
			return 0;	/* the top of the chain in the message */
		if (p->seen) {
			pr_warn("Sig %u: X.509 chain contains loop\n", sinfo->index);
			return 0;
		}
		ret = public_key_verify_signature(p->pub, x509->sig);
		if (ret < 0)
			return ret;
		x509->signer = p;
		if (x509 == p)
			return 0;
		x509 = p;
	}
}

static int pkcs7_verify_one(struct pkcs7_message *pkcs7, struct pkcs7_signed_info *sinfo)
{
	int ret;

	ret = pkcs7_digest(pkcs7, sinfo);
	if (ret < 0)
		return ret;
	pkcs7_find_key(pkcs7, sinfo);
	if (!sinfo->signer)
		return 0;	/* the key may be in a keyring: see pkcs7_trust.c */
	if (sinfo->aa_set & (1UL << sinfo_has_signing_time) &&
	    (sinfo->signing_time < sinfo->signer->valid_from ||
	     sinfo->signing_time > sinfo->signer->valid_to)) {
		pr_warn("Message signed outside of X.509 validity window\n");
		return -EKEYREJECTED;
	}
	ret = public_key_verify_signature(sinfo->signer->pub, sinfo->sig);
	if (ret < 0)
		return ret;
	return pkcs7_verify_sig_chain(pkcs7, sinfo);
}

/* What each use demands of the message, then every signature. */
int pkcs7_verify(struct pkcs7_message *pkcs7, enum key_being_used_for usage)
{
	struct pkcs7_signed_info *sinfo;
	int actual_ret = -ENOPKG, ret;

	switch (usage) {
	case VERIFYING_MODULE_SIGNATURE:
		if (pkcs7->data_type != OID_data) {
			pr_warn("Invalid module sig (not pkcs7-data)\n");
			return -EKEYREJECTED;
		}
		if (pkcs7->have_authattrs) {
			pr_warn("Invalid module sig (has authattrs)\n");
			return -EKEYREJECTED;
		}
		break;
	default:
		return -EINVAL;		/* firmware, kexec: not here */
	}

	for (sinfo = pkcs7->signed_infos; sinfo; sinfo = sinfo->next) {
		ret = pkcs7_verify_one(pkcs7, sinfo);
		if (sinfo->blacklisted) {
			if (actual_ret == -ENOPKG)
				actual_ret = -EKEYREJECTED;
			continue;
		}
		if (ret == -ENOPKG) {
			sinfo->unsupported_crypto = true;
			continue;
		}
		if (ret < 0)
			return ret;
		actual_ret = 0;
	}
	return actual_ret;
}

int pkcs7_supply_detached_data(struct pkcs7_message *pkcs7, const void *data,
			       size_t datalen)
{
	if (pkcs7->data) {
		pr_warn("Data already supplied\n");
		return -EINVAL;
	}
	pkcs7->data = data;
	pkcs7->data_len = datalen;
	return 0;
}

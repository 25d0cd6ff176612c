// SPDX-License-Identifier: GPL-2.0
/* Turning an X.509 certificate into an asymmetric key in a keyring. */
#define pr_fmt(fmt) "X.509: " fmt
#include <crypto/hash.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "x509_parser.h"

/*
 * The signature over the TBS part and its digest. A hash the kernel does
 * not have leaves the certificate usable but its signature unchecked, as
 * in Linux.
 */
int x509_get_sig_params(struct x509_certificate *cert)
{
	struct public_key_signature *sig = cert->sig;
	struct crypto_shash *tfm;
	int ret;

	sig->s = kmemdup(cert->raw_sig, cert->raw_sig_size, GFP_KERNEL);
	if (!sig->s)
		return -ENOMEM;
	sig->s_size = cert->raw_sig_size;
	tfm = crypto_alloc_shash(sig->hash_algo, 0, 0);
	if (IS_ERR(tfm)) {
		if (PTR_ERR(tfm) != -ENOENT)
			return PTR_ERR(tfm);
		cert->unsupported_sig = true;
		return 0;
	}
	sig->digest_size = crypto_shash_digestsize(tfm);
	ret = -ENOMEM;
	sig->digest = kmalloc(sig->digest_size, GFP_KERNEL);
	if (sig->digest)
		ret = crypto_shash_tfm_digest(tfm, cert->tbs, cert->tbs_size, sig->digest);
	crypto_free_shash(tfm);
	return ret;	/* the hash blacklist is empty (no SYSTEM_BLACKLIST_HASH_LIST) */
}

/* Same subject and issuer (and AKID, if any): it must verify with its own key. */
int x509_check_for_self_signed(struct x509_certificate *cert)
{
	struct public_key_signature *sig = cert->sig;
	bool a, b;
	int ret;

	if (cert->raw_subject_size != cert->raw_issuer_size ||
	    memcmp(cert->raw_subject, cert->raw_issuer, cert->raw_issuer_size))
		return 0;
	if (sig->auth_ids[0] || sig->auth_ids[1]) {
		a = asymmetric_key_id_same(cert->skid, sig->auth_ids[1]);
		b = asymmetric_key_id_same(cert->id, sig->auth_ids[0]);
		if (!a && !b)
			return 0;
		if (a != b && sig->auth_ids[0] && sig->auth_ids[1])
			return -EKEYREJECTED;
	}
	if (cert->unsupported_sig)
		return 0;
	ret = public_key_verify_signature(cert->pub, sig);
	if (ret == -ENOPKG) {
		cert->unsupported_sig = true;
		return 0;
	}
	if (ret)
		return ret;
	cert->self_signed = true;
	return 0;
}

/* Linux's x509_key_preparse() and the instantiation of the key. */
struct key *x509_key_create(struct key *keyring, const void *data, size_t datalen)
{
	struct x509_certificate *cert;
	const void *q;
	size_t srlen, sulen;
	struct key *key;
	char *desc;
	long ret = -ENOMEM;

	cert = x509_cert_parse(data, datalen);
	if (IS_ERR(cert))
		return ERR_CAST(cert);
	cert->pub->id_type = "X509";
	if (cert->unsupported_sig) {
		public_key_signature_free(cert->sig);
		cert->sig = NULL;
	}

	/* "<subject>: <subjectKeyIdentifier or serial, in hex>" */
	if (cert->raw_skid) {
		q = cert->raw_skid;
		srlen = cert->raw_skid_size;
	} else {
		q = cert->raw_serial;
		srlen = cert->raw_serial_size;
	}
	sulen = strlen(cert->subject);
	desc = kmalloc(sulen + 2 + srlen * 2 + 1, GFP_KERNEL);
	if (!desc)
		goto error;
	memcpy(desc, cert->subject, sulen);
	memcpy(desc + sulen, ": ", 2);
	*bin2hex(desc + sulen + 2, q, srlen) = 0;
	/* key_create_or_update()'s key for a compiled-in certificate */
	key = key_alloc(&key_type_asymmetric, desc, 0, 0,
			(KEY_POS_ALL & ~KEY_POS_SETATTR) | KEY_USR_VIEW | KEY_USR_READ,
			KEY_ALLOC_NOT_IN_QUOTA);
	kfree(desc);
	if (IS_ERR(key)) {
		ret = PTR_ERR(key);
		goto error;
	}
	key->kids = kzalloc(sizeof(*key->kids), GFP_KERNEL);
	if (!key->kids)
		goto error_key;

	key->kids->id[2] = asymmetric_key_generate_id(cert->raw_subject,
						      cert->raw_subject_size, "", 0);
	if (IS_ERR(key->kids->id[2])) {
		ret = PTR_ERR(key->kids->id[2]);
		goto error_key;
	}
	key->kids->id[0] = cert->id;
	key->kids->id[1] = cert->skid;
	key->pub = cert->pub;
	key->auth = cert->sig;
	cert->id = NULL;
	cert->skid = NULL;
	cert->pub = NULL;
	cert->sig = NULL;
	x509_free_certificate(cert);
	key_instantiate(key);
	key_link(keyring, key);
	key_put(key);	/* the keyring holds it */
	return key;

error_key:
	kfree(key->kids);
	key_put(key);
error:
	x509_free_certificate(cert);
	return ERR_PTR(ret);
}

// SPDX-License-Identifier: GPL-2.0
/* Is a PKCS#7 signature rooted in a trusted keyring? (pkcs7_trust.c) */
#include <linux/err.h>
#include <linux/errno.h>
#include "pkcs7_parser.h"

static int pkcs7_validate_trust_one(struct pkcs7_message *pkcs7,
				    struct pkcs7_signed_info *sinfo,
				    struct key *trust_keyring)
{
	struct public_key_signature *sig = sinfo->sig;
	struct x509_certificate *x509, *last = NULL, *p;
	struct key *key;
	int ret;

	if (sinfo->unsupported_crypto)
		return -ENOPKG;

	/* A certificate of the chain that is itself a trusted key? */
	for (x509 = sinfo->signer; x509; x509 = x509->signer) {
		if (x509->seen) {
			if (x509->verified)
				goto verified;
			return -ENOKEY;
		}
		x509->seen = true;
		key = find_asymmetric_key(trust_keyring, x509->id, x509->skid, NULL);
		if (!IS_ERR(key))
			goto matched;
		if (x509->signer == x509)
			return -ENOKEY;		/* an unknown self-signed root */
		last = x509;
		sig = last->sig;
	}

	/* Or the root's signer is one? */
	if (last && (last->sig->auth_ids[0] || last->sig->auth_ids[1])) {
		key = find_asymmetric_key(trust_keyring, last->sig->auth_ids[0],
					  last->sig->auth_ids[1], NULL);
		if (!IS_ERR(key)) {
			x509 = last;
			goto matched;
		}
		if (PTR_ERR(key) != -ENOKEY)
			return PTR_ERR(key);
	}

	/* Last resort: the signer itself is a trusted key (how modules are signed). */
	key = find_asymmetric_key(trust_keyring, sinfo->sig->auth_ids[0], NULL, NULL);
	if (!IS_ERR(key)) {
		x509 = NULL;
		sig = sinfo->sig;
		goto matched;
	}
	if (PTR_ERR(key) != -ENOKEY)
		return PTR_ERR(key);
	return -ENOKEY;

matched:
	ret = verify_signature(key, sig);
	if (ret < 0)
		return ret == -ENOMEM ? ret : -EKEYREJECTED;
verified:
	if (x509) {
		x509->verified = true;
		for (p = sinfo->signer; p != x509; p = p->signer)
			p->verified = true;
	}
	return 0;
}

int pkcs7_validate_trust(struct pkcs7_message *pkcs7, struct key *trust_keyring)
{
	struct pkcs7_signed_info *sinfo;
	struct x509_certificate *p;
	int cached_ret = -ENOKEY, ret;

	for (p = pkcs7->certs; p; p = p->next)
		p->seen = false;
	for (sinfo = pkcs7->signed_infos; sinfo; sinfo = sinfo->next) {
		ret = pkcs7_validate_trust_one(pkcs7, sinfo, trust_keyring);
		switch (ret) {
		case -ENOKEY:
			continue;
		case -ENOPKG:
			if (cached_ret == -ENOKEY)
				cached_ret = -ENOPKG;
			continue;
		case 0:
			cached_ret = 0;
			continue;
		default:
			return ret;
		}
	}
	return cached_ret;
}

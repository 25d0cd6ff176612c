// SPDX-License-Identifier: GPL-2.0
/* Verifying a signature with a public key: RSA with PKCS#1 v1.5 padding. */
#include <crypto/internal/rsa.h>
#include <crypto/public_key.h>
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/string.h>

void public_key_free(struct public_key *key)
{
	if (key) {
		kfree(key->key);
		kfree(key);
	}
}

void public_key_signature_free(struct public_key_signature *sig)
{
	int i;

	if (sig) {
		for (i = 0; i < 3; i++)
			kfree(sig->auth_ids[i]);
		kfree(sig->s);
		kfree(sig->digest);
		kfree(sig);
	}
}

/*
 * Linux's public_key_verify_signature(): the algorithms must agree, and
 * only "pkcs1pad(rsa,<hash>)" exists here (no ECDSA, SM2, EC-RDSA):
 * anything else is -ENOPKG, as for an algorithm Linux was built without.
 */
int public_key_verify_signature(const struct public_key *pkey,
				const struct public_key_signature *sig)
{
	struct rsa_mpi_key *rsa;
	int ret;

	if (sig->pkey_algo && strcmp(pkey->pkey_algo, sig->pkey_algo))
		return -EKEYREJECTED;
	if (strcmp(pkey->pkey_algo, "rsa") || !sig->encoding ||
	    strcmp(sig->encoding, "pkcs1") || !sig->hash_algo)
		return -ENOPKG;

	rsa = kmalloc(sizeof(*rsa), GFP_KERNEL);
	if (!rsa)
		return -ENOMEM;
	ret = rsa_set_pub_key(rsa, pkey->key, pkey->keylen);
	if (!ret)
		ret = pkcs1pad_verify(rsa, sig->hash_algo, sig->s, sig->s_size,
				      sig->digest, sig->digest_size);
	kfree(rsa);
	return ret;
}

/* SPDX-License-Identifier: GPL-2.0 */
/* Public keys and signatures over them, as Linux's crypto/public_key.h. */
#ifndef _CRYPTO_PUBLIC_KEY_H
#define _CRYPTO_PUBLIC_KEY_H

#include <keys/asymmetric-type.h>
#include <linux/types.h>

struct public_key {
	void *key;			/* the subjectPublicKey: RSAPublicKey DER */
	u32 keylen;
	const char *id_type;		/* "X509" */
	const char *pkey_algo;		/* "rsa" */
};

struct public_key_signature {
	struct asymmetric_key_id *auth_ids[3];
	u8 *s;				/* the signature */
	u8 *digest;			/* of the signed data */
	u32 s_size;
	u32 digest_size;
	const char *pkey_algo;
	const char *hash_algo;
	const char *encoding;
};

void public_key_free(struct public_key *key);
void public_key_signature_free(struct public_key_signature *sig);
int public_key_verify_signature(const struct public_key *pkey,
				const struct public_key_signature *sig);

#endif /* _CRYPTO_PUBLIC_KEY_H */

/* SPDX-License-Identifier: GPL-2.0 */
/* RSA public keys and the raw operation, as crypto/rsa.c. */
#ifndef _CRYPTO_INTERNAL_RSA_H
#define _CRYPTO_INTERNAL_RSA_H

#include <linux/mpi.h>

struct rsa_mpi_key {
	struct mpi n;
	struct mpi e;
};

int rsa_set_pub_key(struct rsa_mpi_key *key, const void *der, unsigned int keylen);
unsigned int rsa_max_size(const struct rsa_mpi_key *key);
int rsa_enc(const struct rsa_mpi_key *key, const u8 *src, unsigned int src_len,
	    u8 *dst, unsigned int dst_len);
int pkcs1pad_verify(const struct rsa_mpi_key *key, const char *hash_algo,
		    const u8 *sig, unsigned int sig_size,
		    const u8 *digest, unsigned int digest_size);

#endif /* _CRYPTO_INTERNAL_RSA_H */

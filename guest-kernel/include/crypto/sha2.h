/* SPDX-License-Identifier: GPL-2.0 */
/* SHA-256 and SHA-224 (FIPS 180-4), as lib/crypto/sha256.c provides them in Linux. */
#ifndef _CRYPTO_SHA2_H
#define _CRYPTO_SHA2_H

#include <linux/types.h>

#define SHA224_DIGEST_SIZE	28
#define SHA256_DIGEST_SIZE	32
#define SHA256_BLOCK_SIZE	64

struct sha256_state {
	u32 state[SHA256_DIGEST_SIZE / 4];
	u64 count;
	u8 buf[SHA256_BLOCK_SIZE];
};

void sha256_init(struct sha256_state *sctx);
void sha256_update(struct sha256_state *sctx, const u8 *data, size_t len);
void sha256_final(struct sha256_state *sctx, u8 *out);
void sha256(const u8 *data, size_t len, u8 *out);
void sha224_init(struct sha256_state *sctx);
void sha224_final(struct sha256_state *sctx, u8 *out);

#endif /* _CRYPTO_SHA2_H */

/* SPDX-License-Identifier: GPL-2.0 */
/* SHA-1 (FIPS 180-4) and MD5 (RFC 1321): built into Debian's kernel. */
#ifndef _CRYPTO_SHA1_H
#define _CRYPTO_SHA1_H

#include <linux/types.h>

#define SHA1_DIGEST_SIZE	20
#define MD5_DIGEST_SIZE		16
#define SHA1_BLOCK_SIZE		64

/* Both are Merkle-Damgard over 64-byte blocks with a 64-bit bit count. */
struct sha1_state {
	u32 state[5];
	u64 count;
	u8 buf[SHA1_BLOCK_SIZE];
};

void sha1_init(struct sha1_state *sctx);
void sha1_update(struct sha1_state *sctx, const u8 *data, size_t len);
void sha1_final(struct sha1_state *sctx, u8 *out);
void md5_init(struct sha1_state *sctx);
void md5_update(struct sha1_state *sctx, const u8 *data, size_t len);
void md5_final(struct sha1_state *sctx, u8 *out);

#endif /* _CRYPTO_SHA1_H */

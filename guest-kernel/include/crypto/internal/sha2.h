/* SPDX-License-Identifier: GPL-2.0 */
/* What lib/crypto/sha256.c shares with an architecture's faster SHA-256 blocks. */
#ifndef _CRYPTO_INTERNAL_SHA2_H
#define _CRYPTO_INTERNAL_SHA2_H

#include <linux/types.h>

extern const u32 sha256_k[64];

/* Hash @blocks 64-byte blocks into @state if the CPU can; false leaves them to the C version. */
bool sha256_blocks_arch(u32 *state, const u8 *data, size_t blocks);

#endif /* _CRYPTO_INTERNAL_SHA2_H */

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Synchronous hashes by name, as Linux's crypto_alloc_shash() finds them.
 * Only the SHA-2 family members Debian builds into its kernel and that we
 * have (sha224, sha256) exist; any other name is not found (-ENOENT in
 * Linux, which the signature code turns into -ENOPKG).
 */
#ifndef _CRYPTO_HASH_H
#define _CRYPTO_HASH_H

#include <crypto/sha2.h>

#define HASH_MAX_DIGESTSIZE	64

struct shash_alg {
	const char *name;
	unsigned int digestsize;
	void (*init)(struct sha256_state *sctx);
	void (*final)(struct sha256_state *sctx, u8 *out);
};

struct shash_desc {
	const struct shash_alg *alg;
	struct sha256_state state;
};

const struct shash_alg *crypto_find_shash(const char *name);

static inline void crypto_shash_init(struct shash_desc *desc, const struct shash_alg *alg)
{
	desc->alg = alg;
	alg->init(&desc->state);
}

static inline void crypto_shash_update(struct shash_desc *desc, const u8 *data, size_t len)
{
	sha256_update(&desc->state, data, len);
}

static inline void crypto_shash_final(struct shash_desc *desc, u8 *out)
{
	desc->alg->final(&desc->state, out);
}

void crypto_shash_digest(const struct shash_alg *alg, const u8 *data, size_t len, u8 *out);

#endif /* _CRYPTO_HASH_H */

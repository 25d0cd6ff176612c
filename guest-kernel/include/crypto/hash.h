/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Synchronous hashes by name, as Linux's crypto_alloc_shash() finds them.
 * Those Debian builds into its kernel exist (md5, sha1, sha224, sha256);
 * any other name is not found (-ENOENT in Linux: its module cannot be
 * loaded from an initramfs without modules), which the signature code
 * turns into -ENOPKG.
 */
#ifndef _CRYPTO_HASH_H
#define _CRYPTO_HASH_H

#include <crypto/sha1.h>
#include <crypto/sha2.h>

struct shash_desc;

struct shash_alg {
	const char *name;
	unsigned int digestsize;
	void (*init)(struct shash_desc *desc);
	void (*update)(struct shash_desc *desc, const u8 *data, size_t len);
	void (*final)(struct shash_desc *desc, u8 *out);
};

struct shash_desc {
	const struct shash_alg *alg;
	union {
		struct sha1_state sha1;		/* and md5 */
		struct sha256_state sha256;	/* and sha224 */
	};
};

const struct shash_alg *crypto_find_shash(const char *name);

static inline void crypto_shash_init(struct shash_desc *desc, const struct shash_alg *alg)
{
	desc->alg = alg;
	alg->init(desc);
}

static inline void crypto_shash_update(struct shash_desc *desc, const u8 *data, size_t len)
{
	desc->alg->update(desc, data, len);
}

static inline void crypto_shash_final(struct shash_desc *desc, u8 *out)
{
	desc->alg->final(desc, out);
}

void crypto_shash_digest(const struct shash_alg *alg, const u8 *data, size_t len, u8 *out);

#endif /* _CRYPTO_HASH_H */

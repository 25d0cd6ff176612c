// SPDX-License-Identifier: GPL-2.0
/* The hashes the kernel has, by their crypto API names. */
#include <crypto/hash.h>
#include <linux/kernel.h>
#include <linux/string.h>

/* md5 shares sha1's state, sha224 sha256's. */
#define SHASH_OPS(alg, member, update)						\
static void alg##_shash_init(struct shash_desc *d) { alg##_init(&d->member); }	\
static void alg##_shash_update(struct shash_desc *d, const u8 *p, size_t n)	\
{ update(&d->member, p, n); }							\
static void alg##_shash_final(struct shash_desc *d, u8 *out) { alg##_final(&d->member, out); }

SHASH_OPS(md5, sha1, md5_update)
SHASH_OPS(sha1, sha1, sha1_update)
SHASH_OPS(sha224, sha256, sha256_update)
SHASH_OPS(sha256, sha256, sha256_update)

#define SHASH(alg, size) \
	{ #alg, size, alg##_shash_init, alg##_shash_update, alg##_shash_final }

static const struct shash_alg shash_algs[] = {
	SHASH(md5, MD5_DIGEST_SIZE),
	SHASH(sha1, SHA1_DIGEST_SIZE),
	SHASH(sha224, SHA224_DIGEST_SIZE),
	SHASH(sha256, SHA256_DIGEST_SIZE),
};

const struct shash_alg *crypto_find_shash(const char *name)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(shash_algs); i++)
		if (!strcmp(shash_algs[i].name, name))
			return &shash_algs[i];
	return NULL;
}

void crypto_shash_digest(const struct shash_alg *alg, const u8 *data, size_t len, u8 *out)
{
	struct shash_desc desc;

	crypto_shash_init(&desc, alg);
	crypto_shash_update(&desc, data, len);
	crypto_shash_final(&desc, out);
}

// SPDX-License-Identifier: GPL-2.0
/* The hashes the kernel has, by their crypto API names. */
#include <crypto/hash.h>
#include <linux/kernel.h>
#include <linux/string.h>

static const struct shash_alg shash_algs[] = {
	{ "sha224", SHA224_DIGEST_SIZE, sha224_init, sha224_final },
	{ "sha256", SHA256_DIGEST_SIZE, sha256_init, sha256_final },
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

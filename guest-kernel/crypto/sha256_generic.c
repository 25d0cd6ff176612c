// SPDX-License-Identifier: GPL-2.0
/* sha224 and sha256 as registered hashes, over lib/crypto/sha256.c. */
#include <crypto/hash.h>
#include <linux/init.h>
#include <linux/module.h>

static int crypto_sha256_init(struct shash_desc *desc)
{
	sha256_init(shash_desc_ctx(desc));
	return 0;
}

static int crypto_sha224_init(struct shash_desc *desc)
{
	sha224_init(shash_desc_ctx(desc));
	return 0;
}

static int crypto_sha256_update(struct shash_desc *desc, const u8 *data, unsigned int len)
{
	sha256_update(shash_desc_ctx(desc), data, len);
	return 0;
}

static int crypto_sha256_final(struct shash_desc *desc, u8 *out)
{
	if (crypto_shash_digestsize(desc->tfm) == SHA224_DIGEST_SIZE)
		sha224_final(shash_desc_ctx(desc), out);
	else
		sha256_final(shash_desc_ctx(desc), out);
	return 0;
}

static struct shash_alg sha256_algs[2] = { {
	.digestsize = SHA256_DIGEST_SIZE,
	.init = crypto_sha256_init,
	.update = crypto_sha256_update,
	.final = crypto_sha256_final,
	.descsize = sizeof(struct sha256_state),
	.base = {
		.cra_name = "sha256",
		.cra_driver_name = "sha256-generic",
		.cra_priority = 100,
		.cra_blocksize = SHA256_BLOCK_SIZE,
		.cra_module = THIS_MODULE,
	},
}, {
	.digestsize = SHA224_DIGEST_SIZE,
	.init = crypto_sha224_init,
	.update = crypto_sha256_update,
	.final = crypto_sha256_final,
	.descsize = sizeof(struct sha256_state),
	.base = {
		.cra_name = "sha224",
		.cra_driver_name = "sha224-generic",
		.cra_priority = 100,
		.cra_blocksize = SHA256_BLOCK_SIZE,
		.cra_module = THIS_MODULE,
	},
} };

static int __init sha256_generic_mod_init(void)
{
	return crypto_register_shashes(sha256_algs, ARRAY_SIZE(sha256_algs));
}
subsys_initcall(sha256_generic_mod_init);

// SPDX-License-Identifier: GPL-2.0
/* sha1 as a registered hash ("sha1-generic"), over lib/crypto/sha1.c. */
#include <crypto/hash.h>
#include <linux/init.h>
#include <linux/module.h>

static int sha1_generic_init(struct shash_desc *desc)
{
	sha1_init(shash_desc_ctx(desc));
	return 0;
}

static int sha1_generic_update(struct shash_desc *desc, const u8 *data, unsigned int len)
{
	sha1_update(shash_desc_ctx(desc), data, len);
	return 0;
}

static int sha1_generic_final(struct shash_desc *desc, u8 *out)
{
	sha1_final(shash_desc_ctx(desc), out);
	return 0;
}

static struct shash_alg alg = {
	.digestsize = SHA1_DIGEST_SIZE,
	.init = sha1_generic_init,
	.update = sha1_generic_update,
	.final = sha1_generic_final,
	.descsize = sizeof(struct sha1_state),
	.base = {
		.cra_name = "sha1",
		.cra_driver_name = "sha1-generic",
		.cra_priority = 100,
		.cra_blocksize = SHA1_BLOCK_SIZE,
		.cra_module = THIS_MODULE,
	},
};

static int __init sha1_generic_mod_init(void)
{
	return crypto_register_shash(&alg);
}
subsys_initcall(sha1_generic_mod_init);

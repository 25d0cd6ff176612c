// SPDX-License-Identifier: GPL-2.0
/* md5 as a registered hash ("md5-generic"), over lib's md5. */
#include <crypto/hash.h>
#include <linux/init.h>
#include <linux/module.h>

static int md5_generic_init(struct shash_desc *desc)
{
	md5_init(shash_desc_ctx(desc));
	return 0;
}

static int md5_generic_update(struct shash_desc *desc, const u8 *data, unsigned int len)
{
	md5_update(shash_desc_ctx(desc), data, len);
	return 0;
}

static int md5_generic_final(struct shash_desc *desc, u8 *out)
{
	md5_final(shash_desc_ctx(desc), out);
	return 0;
}

static struct shash_alg alg = {
	.digestsize = MD5_DIGEST_SIZE,
	.init = md5_generic_init,
	.update = md5_generic_update,
	.final = md5_generic_final,
	.descsize = sizeof(struct sha1_state),	/* lib's md5 keeps sha1's state */
	.base = {
		.cra_name = "md5",
		.cra_driver_name = "md5-generic",
		.cra_blocksize = 64,
		.cra_module = THIS_MODULE,
	},
};

static int __init md5_mod_init(void)
{
	return crypto_register_shash(&alg);
}
subsys_initcall(md5_mod_init);

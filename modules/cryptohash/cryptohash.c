// SPDX-License-Identifier: GPL-2.0
/*
 * Hashing through the kernel crypto API, as LKMPG's cryptosha256 does:
 * a fixed string digested by the algorithms named in the alg= parameter
 * (one-shot and init/update/final), an unknown algorithm's error, and a
 * key: refused by a hash that takes none, mixed in by one that does.
 */
#include <crypto/hash.h>
#include <crypto/internal/hash.h>
#include <linux/err.h>
#include <linux/module.h>
#include <linux/slab.h>

static char *algs[6] = { "sha256", "md5" };
static int nalgs = 2;
module_param_array_named(alg, algs, charp, &nalgs, 0444);

static const char text[] = "The quick brown fox jumps over the lazy dog";

static int hash_in_pieces(struct crypto_shash *tfm, u8 *out)
{
	struct shash_desc *desc;
	int ret;

	desc = kmalloc(sizeof(*desc) + crypto_shash_descsize(tfm), GFP_KERNEL);
	if (!desc)
		return -ENOMEM;
	desc->tfm = tfm;
	ret = crypto_shash_init(desc);
	if (!ret)
		ret = crypto_shash_update(desc, text, 10);
	if (!ret)
		ret = crypto_shash_update(desc, text + 10, sizeof(text) - 11);
	if (!ret)
		ret = crypto_shash_final(desc, out);
	kfree(desc);
	return ret;
}

static void show_hash(const char *name)
{
	struct crypto_shash *tfm;
	u8 one[HASH_MAX_DIGESTSIZE], pieces[HASH_MAX_DIGESTSIZE];
	unsigned int size;
	int ret;

	tfm = crypto_alloc_shash(name, 0, 0);
	if (IS_ERR(tfm)) {
		pr_info("cryptohash: %s: error %ld\n", name, PTR_ERR(tfm));
		return;
	}
	size = crypto_shash_digestsize(tfm);
	pr_info("cryptohash: %s: driver %s, digest %u, block %u, keyed %d\n", name,
		crypto_shash_driver_name(tfm), size, crypto_shash_blocksize(tfm),
		crypto_shash_alg_has_setkey(crypto_shash_alg(tfm)));
	ret = crypto_shash_tfm_digest(tfm, text, sizeof(text) - 1, one);
	if (ret)
		pr_info("cryptohash: %s: digest error %d\n", name, ret);
	else
		pr_info("cryptohash: %s: %*phN\n", name, size, one);
	ret = hash_in_pieces(tfm, pieces);
	if (ret)
		pr_info("cryptohash: %s: init error %d\n", name, ret);
	else
		pr_info("cryptohash: %s: in pieces %s\n", name,
			memcmp(one, pieces, size) ? "differs" : "the same");
	ret = crypto_shash_setkey(tfm, "key", 3);
	if (ret)
		pr_info("cryptohash: %s: setkey error %d\n", name, ret);
	else if (!crypto_shash_tfm_digest(tfm, text, sizeof(text) - 1, one))
		pr_info("cryptohash: %s: keyed %*phN\n", name, size, one);
	crypto_free_shash(tfm);
}

static int __init cryptohash_init(void)
{
	int i;

	for (i = 0; i < nalgs; i++)
		show_hash(algs[i]);
	show_hash("no-such-hash");
	return 0;
}

static void __exit cryptohash_exit(void)
{
	pr_info("cryptohash: done\n");
}

module_init(cryptohash_init);
module_exit(cryptohash_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Hashes through the crypto API");

// SPDX-License-Identifier: GPL-2.0
/*
 * Synchronous hashes (Linux's crypto/shash.c): registering them, the
 * defaults for what an algorithm leaves out, the transform's setup and
 * the entry points modules call.
 */
#include <crypto/hash.h>
#include <linux/err.h>
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/module_abi.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#include "internal.h"

/* Modules fill these in and reach into them through inline helpers. */
abi_check_size(crypto_alg);
abi_check_field(crypto_alg, cra_flags);
abi_check_field(crypto_alg, cra_priority);
abi_check_field(crypto_alg, cra_refcnt);
abi_check_field(crypto_alg, cra_name);
abi_check_field(crypto_alg, cra_driver_name);
abi_check_field(crypto_alg, cra_type);
abi_check_field(crypto_alg, cra_u);
abi_check_field(crypto_alg, cra_init);
abi_check_field(crypto_alg, cra_exit);
abi_check_field(crypto_alg, cra_destroy);
abi_check_field(crypto_alg, cra_module);
abi_check_size(crypto_tfm);
abi_check_field(crypto_tfm, crt_flags);
abi_check_field(crypto_tfm, exit);
abi_check_field(crypto_tfm, __crt_alg);
abi_check_field(crypto_tfm, __crt_ctx);
abi_check_size(shash_alg);
abi_check_field(shash_alg, finup);
abi_check_field(shash_alg, setkey);
abi_check_field(shash_alg, exit_tfm);
abi_check_field(shash_alg, descsize);
abi_check_field(shash_alg, digestsize);
abi_check_field(shash_alg, statesize);
abi_check_field(shash_alg, base);
abi_check_size(crypto_shash);
abi_check_field(crypto_shash, base);
abi_check_size(shash_desc);
abi_check_field(shash_desc, __ctx);

static int shash_no_setkey(struct crypto_shash *tfm, const u8 *key, unsigned int keylen)
{
	return -ENOSYS;
}

bool crypto_shash_alg_has_setkey(struct shash_alg *alg)
{
	return alg->setkey != shash_no_setkey;
}
EXPORT_SYMBOL_GPL(crypto_shash_alg_has_setkey);

/* A keyed hash needs its key first, unless the key is optional. */
static void shash_set_needkey(struct crypto_shash *tfm, struct shash_alg *alg)
{
	if (crypto_shash_alg_has_setkey(alg) && !(alg->base.cra_flags & CRYPTO_ALG_OPTIONAL_KEY))
		crypto_tfm_set_flags(crypto_shash_tfm(tfm), CRYPTO_TFM_NEED_KEY);
}

int crypto_shash_setkey(struct crypto_shash *tfm, const u8 *key, unsigned int keylen)
{
	struct shash_alg *shash = crypto_shash_alg(tfm);
	int err;

	err = shash->setkey(tfm, key, keylen);
	if (err) {
		shash_set_needkey(tfm, shash);
		return err;
	}
	crypto_tfm_clear_flags(crypto_shash_tfm(tfm), CRYPTO_TFM_NEED_KEY);
	return 0;
}
EXPORT_SYMBOL_GPL(crypto_shash_setkey);

int crypto_shash_update(struct shash_desc *desc, const u8 *data, unsigned int len)
{
	return crypto_shash_alg(desc->tfm)->update(desc, data, len);
}
EXPORT_SYMBOL_GPL(crypto_shash_update);

int crypto_shash_final(struct shash_desc *desc, u8 *out)
{
	return crypto_shash_alg(desc->tfm)->final(desc, out);
}
EXPORT_SYMBOL_GPL(crypto_shash_final);

static int shash_finup(struct shash_desc *desc, const u8 *data, unsigned int len, u8 *out)
{
	return crypto_shash_update(desc, data, len) ?: crypto_shash_final(desc, out);
}

int crypto_shash_finup(struct shash_desc *desc, const u8 *data, unsigned int len, u8 *out)
{
	return crypto_shash_alg(desc->tfm)->finup(desc, data, len, out);
}
EXPORT_SYMBOL_GPL(crypto_shash_finup);

static int shash_digest(struct shash_desc *desc, const u8 *data, unsigned int len, u8 *out)
{
	return crypto_shash_init(desc) ?: crypto_shash_finup(desc, data, len, out);
}

int crypto_shash_digest(struct shash_desc *desc, const u8 *data, unsigned int len, u8 *out)
{
	struct crypto_shash *tfm = desc->tfm;

	if (crypto_shash_get_flags(tfm) & CRYPTO_TFM_NEED_KEY)
		return -ENOKEY;
	return crypto_shash_alg(tfm)->digest(desc, data, len, out);
}
EXPORT_SYMBOL_GPL(crypto_shash_digest);

int crypto_shash_tfm_digest(struct crypto_shash *tfm, const u8 *data, unsigned int len, u8 *out)
{
	SHASH_DESC_ON_STACK(desc, tfm);
	int err;

	desc->tfm = tfm;
	err = crypto_shash_digest(desc, data, len, out);
	shash_desc_zero(desc);
	return err;
}
EXPORT_SYMBOL_GPL(crypto_shash_tfm_digest);

static int shash_default_export(struct shash_desc *desc, void *out)
{
	memcpy(out, shash_desc_ctx(desc), crypto_shash_descsize(desc->tfm));
	return 0;
}

static int shash_default_import(struct shash_desc *desc, const void *in)
{
	memcpy(shash_desc_ctx(desc), in, crypto_shash_descsize(desc->tfm));
	return 0;
}

static void crypto_shash_exit_tfm(struct crypto_tfm *tfm)
{
	struct crypto_shash *hash = container_of(tfm, struct crypto_shash, base);

	crypto_shash_alg(hash)->exit_tfm(hash);
}

static int crypto_shash_init_tfm(struct crypto_tfm *tfm)
{
	struct crypto_shash *hash = container_of(tfm, struct crypto_shash, base);
	struct shash_alg *alg = crypto_shash_alg(hash);
	int err;

	hash->descsize = alg->descsize;
	shash_set_needkey(hash, alg);
	if (alg->exit_tfm)
		tfm->exit = crypto_shash_exit_tfm;
	if (!alg->init_tfm)
		return 0;
	err = alg->init_tfm(hash);
	if (err)
		return err;
	/* the tfm may have grown its descriptor past what stacks allow */
	if (hash->descsize > HASH_MAX_DESCSIZE) {
		if (alg->exit_tfm)
			alg->exit_tfm(hash);
		return -EINVAL;
	}
	return 0;
}

static unsigned int crypto_shash_extsize(struct crypto_alg *alg)
{
	return alg->cra_ctxsize;
}

static void crypto_shash_show(struct seq_file *m, struct crypto_alg *alg)
{
	struct shash_alg *salg = __crypto_shash_alg(alg);

	seq_printf(m, "type         : shash\n");
	seq_printf(m, "blocksize    : %u\n", alg->cra_blocksize);
	seq_printf(m, "digestsize   : %u\n", salg->digestsize);
}

static const struct crypto_type crypto_shash_type = {
	.extsize = crypto_shash_extsize,
	.init_tfm = crypto_shash_init_tfm,
	.show = crypto_shash_show,
	.maskclear = ~CRYPTO_ALG_TYPE_MASK,
	.maskset = CRYPTO_ALG_TYPE_MASK,
	.type = CRYPTO_ALG_TYPE_SHASH,
	.tfmsize = offsetof(struct crypto_shash, base),
};

struct crypto_shash *crypto_alloc_shash(const char *alg_name, u32 type, u32 mask)
{
	return crypto_alloc_tfm(alg_name, &crypto_shash_type, type, mask);
}
EXPORT_SYMBOL_GPL(crypto_alloc_shash);

static int shash_prepare_alg(struct shash_alg *alg)
{
	struct crypto_alg *base = &alg->base;

	if (alg->digestsize > HASH_MAX_DIGESTSIZE || alg->descsize > HASH_MAX_DESCSIZE ||
	    alg->statesize > HASH_MAX_STATESIZE)
		return -EINVAL;
	if ((alg->export && !alg->import) || (alg->import && !alg->export))
		return -EINVAL;
	base->cra_type = &crypto_shash_type;
	base->cra_flags &= ~CRYPTO_ALG_TYPE_MASK;
	base->cra_flags |= CRYPTO_ALG_TYPE_SHASH;
	if (!alg->finup)
		alg->finup = shash_finup;
	if (!alg->digest)
		alg->digest = shash_digest;
	if (!alg->export) {
		alg->export = shash_default_export;
		alg->import = shash_default_import;
		alg->statesize = alg->descsize;
	}
	if (!alg->setkey)
		alg->setkey = shash_no_setkey;
	return 0;
}

int crypto_register_shash(struct shash_alg *alg)
{
	int err = shash_prepare_alg(alg);

	if (err)
		return err;
	return crypto_register_alg(&alg->base);
}
EXPORT_SYMBOL_GPL(crypto_register_shash);

void crypto_unregister_shash(struct shash_alg *alg)
{
	crypto_unregister_alg(&alg->base);
}
EXPORT_SYMBOL_GPL(crypto_unregister_shash);

int crypto_register_shashes(struct shash_alg *algs, int count)
{
	int i, ret;

	for (i = 0; i < count; i++) {
		ret = crypto_register_shash(&algs[i]);
		if (ret)
			goto unregister;
	}
	return 0;

unregister:
	for (--i; i >= 0; --i)
		crypto_unregister_shash(&algs[i]);
	return ret;
}
EXPORT_SYMBOL_GPL(crypto_register_shashes);

void crypto_unregister_shashes(struct shash_alg *algs, int count)
{
	int i;

	for (i = count - 1; i >= 0; --i)
		crypto_unregister_shash(&algs[i]);
}
EXPORT_SYMBOL_GPL(crypto_unregister_shashes);

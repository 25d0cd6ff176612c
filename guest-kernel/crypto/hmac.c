// SPDX-License-Identifier: GPL-2.0
/*
 * HMAC (RFC 2104) over any registered shash, as Linux's crypto/hmac.c:
 * the instance "hmac(NAME)" is made the first time it is asked for. The
 * key's inner and outer pads are hashed once, at setkey, and their
 * states kept in the tfm; a digest starts from them.
 */
#include <crypto/hash.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "internal.h"

struct hmac_inst {
	struct shash_alg alg;
	struct crypto_spawn spawn;
	struct crypto_alg *inner;
};

struct hmac_ctx {
	struct crypto_shash *hash;
	u8 pads[];		/* ipad state, then opad state */
};

static struct hmac_inst *hmac_inst(struct crypto_shash *tfm)
{
	return container_of(crypto_shash_alg(tfm), struct hmac_inst, alg);
}

static int hmac_setkey(struct crypto_shash *parent, const u8 *inkey, unsigned int keylen)
{
	struct hmac_ctx *ctx = crypto_shash_ctx(parent);
	struct crypto_shash *hash = ctx->hash;
	unsigned int bs = crypto_shash_blocksize(parent);
	unsigned int ss = crypto_shash_statesize(parent);
	u8 *ipad = ctx->pads, *opad = ctx->pads + ss;
	SHASH_DESC_ON_STACK(shash, hash);
	unsigned int i;
	int err;

	shash->tfm = hash;
	if (keylen > bs) {
		err = crypto_shash_digest(shash, inkey, keylen, ipad);
		if (err)
			return err;
		keylen = crypto_shash_digestsize(hash);
	} else {
		memcpy(ipad, inkey, keylen);
	}
	memset(ipad + keylen, 0, bs - keylen);
	memcpy(opad, ipad, bs);
	for (i = 0; i < bs; i++) {
		ipad[i] ^= 0x36;
		opad[i] ^= 0x5c;
	}
	err = crypto_shash_init(shash) ?:
	      crypto_shash_update(shash, ipad, bs) ?:
	      crypto_shash_export(shash, ipad) ?:
	      crypto_shash_init(shash) ?:
	      crypto_shash_update(shash, opad, bs) ?:
	      crypto_shash_export(shash, opad);
	shash_desc_zero(shash);
	return err;
}

static int hmac_export(struct shash_desc *pdesc, void *out)
{
	return crypto_shash_export(shash_desc_ctx(pdesc), out);
}

static int hmac_import(struct shash_desc *pdesc, const void *in)
{
	struct shash_desc *desc = shash_desc_ctx(pdesc);
	struct hmac_ctx *ctx = crypto_shash_ctx(pdesc->tfm);

	desc->tfm = ctx->hash;
	return crypto_shash_import(desc, in);
}

static int hmac_init(struct shash_desc *pdesc)
{
	struct hmac_ctx *ctx = crypto_shash_ctx(pdesc->tfm);

	return hmac_import(pdesc, ctx->pads);
}

static int hmac_update(struct shash_desc *pdesc, const u8 *data, unsigned int nbytes)
{
	return crypto_shash_update(shash_desc_ctx(pdesc), data, nbytes);
}

static int hmac_final(struct shash_desc *pdesc, u8 *out)
{
	struct crypto_shash *parent = pdesc->tfm;
	struct hmac_ctx *ctx = crypto_shash_ctx(parent);
	unsigned int ds = crypto_shash_digestsize(parent);
	struct shash_desc *desc = shash_desc_ctx(pdesc);

	return crypto_shash_final(desc, out) ?:
	       crypto_shash_import(desc, ctx->pads + crypto_shash_statesize(parent)) ?:
	       crypto_shash_finup(desc, out, ds, out);
}

static int hmac_init_tfm(struct crypto_shash *parent)
{
	struct hmac_ctx *ctx = crypto_shash_ctx(parent);
	struct crypto_alg *inner = hmac_inst(parent)->inner;
	struct crypto_shash *hash;

	if (!crypto_mod_get(inner))
		return -EAGAIN;
	hash = crypto_create_tfm(inner, inner->cra_type);
	if (IS_ERR(hash)) {
		crypto_mod_put(inner);
		return PTR_ERR(hash);
	}
	parent->descsize = sizeof(struct shash_desc) + crypto_shash_descsize(hash);
	ctx->hash = hash;
	return 0;
}

static void hmac_exit_tfm(struct crypto_shash *parent)
{
	struct hmac_ctx *ctx = crypto_shash_ctx(parent);

	crypto_free_shash(ctx->hash);
}

static void hmac_destroy(struct crypto_alg *alg)
{
	kfree(container_of(alg, struct hmac_inst, alg.base));
}

static void hmac_fill(struct shash_alg *alg, struct shash_alg *salg)
{
	struct crypto_alg *base = &salg->base;

	alg->base.cra_priority = base->cra_priority;
	alg->base.cra_blocksize = base->cra_blocksize;
	alg->base.cra_alignmask = base->cra_alignmask;
	alg->base.cra_ctxsize = sizeof(struct hmac_ctx) + 2 * salg->statesize;
	alg->base.cra_flags = CRYPTO_ALG_INSTANCE;
	alg->base.cra_destroy = hmac_destroy;
	alg->digestsize = salg->digestsize;
	alg->statesize = salg->statesize;
	alg->descsize = sizeof(struct shash_desc) + salg->descsize;
	alg->init = hmac_init;
	alg->update = hmac_update;
	alg->final = hmac_final;
	alg->export = hmac_export;
	alg->import = hmac_import;
	alg->setkey = hmac_setkey;
	alg->init_tfm = hmac_init_tfm;
	alg->exit_tfm = hmac_exit_tfm;
}

int hmac_create(const char *inner_name)
{
	struct crypto_alg *inner;
	struct shash_alg *salg;
	struct hmac_inst *inst;
	int err;

	inner = crypto_alg_mod_lookup(inner_name, CRYPTO_ALG_TYPE_SHASH, CRYPTO_ALG_TYPE_HASH_MASK);
	if (IS_ERR(inner))
		return PTR_ERR(inner);
	salg = __crypto_shash_alg(inner);
	/* a keyed hash cannot be the inner one; the pads must fit a state */
	err = -EINVAL;
	if (crypto_shash_alg_has_setkey(salg) || salg->digestsize > inner->cra_blocksize ||
	    salg->statesize < inner->cra_blocksize)
		goto put_inner;
	err = -ENOMEM;
	inst = kzalloc(sizeof(*inst), GFP_KERNEL);
	if (!inst)
		goto put_inner;
	err = -ENAMETOOLONG;
	if (snprintf(inst->alg.base.cra_name, CRYPTO_MAX_ALG_NAME, "hmac(%s)",
		     inner->cra_name) >= CRYPTO_MAX_ALG_NAME ||
	    snprintf(inst->alg.base.cra_driver_name, CRYPTO_MAX_ALG_NAME, "hmac(%s)",
		     inner->cra_driver_name) >= CRYPTO_MAX_ALG_NAME)
		goto free_inst;
	hmac_fill(&inst->alg, salg);
	inst->inner = inner;
	inst->spawn.inst = &inst->alg.base;
	err = crypto_register_shash(&inst->alg);
	if (err)
		goto free_inst;
	down_write(&crypto_alg_sem);
	list_add(&inst->spawn.list, &inner->cra_users);
	up_write(&crypto_alg_sem);
	crypto_mod_put(inner);
	return 0;

free_inst:
	kfree(inst);
put_inner:
	crypto_mod_put(inner);
	return err;
}

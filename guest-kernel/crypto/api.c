// SPDX-License-Identifier: GPL-2.0
/*
 * Finding algorithms and making transforms of them (Linux's crypto/api.c):
 * by algorithm or driver name, the highest priority winning, after
 * asking modprobe for "crypto-NAME" when nothing has the name yet.
 */
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/kmod.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "internal.h"

LIST_HEAD(crypto_alg_list);
DECLARE_RWSEM(crypto_alg_sem);

struct crypto_alg *crypto_mod_get(struct crypto_alg *alg)
{
	if (!try_module_get(alg->cra_module))
		return NULL;
	refcount_inc(&alg->cra_refcnt);
	return alg;
}

void crypto_mod_put(struct crypto_alg *alg)
{
	struct module *module = alg->cra_module;

	if (refcount_dec_and_test(&alg->cra_refcnt) && alg->cra_destroy)
		alg->cra_destroy(alg);
	module_put(module);
}

static struct crypto_alg *__crypto_alg_lookup(const char *name, u32 type, u32 mask)
{
	struct crypto_alg *q, *alg = NULL;
	int best = -2;
	bool exact, fuzzy;

	list_for_each_entry(q, &crypto_alg_list, cra_list) {
		if (q->cra_flags & (CRYPTO_ALG_DEAD | CRYPTO_ALG_DYING))
			continue;
		if ((q->cra_flags ^ type) & mask)
			continue;
		exact = !strcmp(q->cra_driver_name, name);
		fuzzy = !strcmp(q->cra_name, name);
		if (!exact && !(fuzzy && q->cra_priority > best))
			continue;
		if (!crypto_mod_get(q))
			continue;
		best = q->cra_priority;
		if (alg)
			crypto_mod_put(alg);
		alg = q;
		if (exact)
			break;
	}
	return alg;
}

static struct crypto_alg *crypto_alg_lookup(const char *name, u32 type, u32 mask)
{
	struct crypto_alg *alg;

	down_read(&crypto_alg_sem);
	alg = __crypto_alg_lookup(name, type, mask);
	up_read(&crypto_alg_sem);
	return alg;
}

/* Only algorithms that passed their self-test, and no internal ones. */
struct crypto_alg *crypto_alg_mod_lookup(const char *name, u32 type, u32 mask)
{
	struct crypto_alg *alg;

	if (!name)
		return ERR_PTR(-ENOENT);
	type &= ~CRYPTO_ALG_INTERNAL;
	mask |= CRYPTO_ALG_INTERNAL | CRYPTO_ALG_TESTED;
	type |= CRYPTO_ALG_TESTED;
	alg = crypto_alg_lookup(name, type, mask);
	if (!alg) {
		request_module("crypto-%s", name);
		request_module("crypto-%s-all", name);
		alg = crypto_alg_lookup(name, type, mask);
	}
	/* "hmac(sha256)": Linux's cryptomgr builds it from its template */
	if (!alg) {
		int err = crypto_create_instance(name);

		/* -EEXIST: another caller made it first */
		if (!err || err == -EEXIST)
			alg = crypto_alg_lookup(name, type, mask);
	}
	return alg ?: ERR_PTR(-ENOENT);
}

void *crypto_create_tfm(struct crypto_alg *alg, const struct crypto_type *frontend)
{
	struct crypto_tfm *tfm;
	char *mem;
	int err;

	mem = kzalloc(frontend->tfmsize + sizeof(*tfm) + frontend->extsize(alg), GFP_KERNEL);
	if (!mem)
		return ERR_PTR(-ENOMEM);
	tfm = (struct crypto_tfm *)(mem + frontend->tfmsize);
	tfm->__crt_alg = alg;
	refcount_set(&tfm->refcnt, 1);
	err = frontend->init_tfm(tfm);
	if (err)
		goto free_mem;
	if (!tfm->exit && alg->cra_init) {
		err = alg->cra_init(tfm);
		if (err)
			goto exit_tfm;
	}
	return mem;

exit_tfm:
	if (tfm->exit)
		tfm->exit(tfm);
free_mem:
	kfree(mem);
	return ERR_PTR(err);
}

void *crypto_alloc_tfm(const char *alg_name, const struct crypto_type *frontend,
		       u32 type, u32 mask)
{
	struct crypto_alg *alg;
	void *tfm;

	type &= frontend->maskclear;
	mask &= frontend->maskclear;
	type |= frontend->type;
	mask |= frontend->maskset;
	alg = crypto_alg_mod_lookup(alg_name, type, mask);
	if (IS_ERR(alg))
		return alg;
	tfm = crypto_create_tfm(alg, frontend);
	if (IS_ERR(tfm))
		crypto_mod_put(alg);
	return tfm;
}

void crypto_destroy_tfm(void *mem, struct crypto_tfm *tfm)
{
	struct crypto_alg *alg;

	if (IS_ERR_OR_NULL(mem))
		return;
	if (!refcount_dec_and_test(&tfm->refcnt))
		return;
	alg = tfm->__crt_alg;
	if (!tfm->exit && alg->cra_exit)
		alg->cra_exit(tfm);
	if (tfm->exit)
		tfm->exit(tfm);
	crypto_mod_put(alg);
	kfree_sensitive(mem);
}
EXPORT_SYMBOL_GPL(crypto_destroy_tfm);

int crypto_has_alg(const char *name, u32 type, u32 mask)
{
	struct crypto_alg *alg = crypto_alg_mod_lookup(name, type, mask);

	if (IS_ERR(alg))
		return 0;
	crypto_mod_put(alg);
	return 1;
}
EXPORT_SYMBOL_GPL(crypto_has_alg);

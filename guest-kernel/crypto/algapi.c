// SPDX-License-Identifier: GPL-2.0
/*
 * Registering algorithms (Linux's crypto/algapi.c): names checked
 * against those already there, the self-test run before the algorithm
 * can be found (Linux's cryptomgr runs it at registration too).
 */
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/string.h>
#include "internal.h"

static int crypto_check_alg(struct crypto_alg *alg)
{
	if (alg->cra_alignmask & (alg->cra_alignmask + 1))
		return -EINVAL;
	/* Linux's limits for alignmask and blocksize */
	if (alg->cra_alignmask > 63 || alg->cra_blocksize > PAGE_SIZE / 8)
		return -EINVAL;
	if (!alg->cra_name[0])
		return -EINVAL;
	if (!alg->cra_driver_name[0])
		memcpy(alg->cra_driver_name, alg->cra_name, CRYPTO_MAX_ALG_NAME);
	if (alg->cra_priority < 0)
		return -EINVAL;
	refcount_set(&alg->cra_refcnt, 1);
	return 0;
}

/* A name clash with a live algorithm (its name against our driver's...). */
static int __crypto_register_alg(struct crypto_alg *alg)
{
	struct crypto_alg *q;

	list_for_each_entry(q, &crypto_alg_list, cra_list) {
		if (q == alg)
			return -EEXIST;
		if (q->cra_flags & (CRYPTO_ALG_DEAD | CRYPTO_ALG_DYING))
			continue;
		if (!strcmp(q->cra_driver_name, alg->cra_name) ||
		    !strcmp(q->cra_driver_name, alg->cra_driver_name) ||
		    !strcmp(q->cra_name, alg->cra_driver_name))
			return -EEXIST;
	}
	INIT_LIST_HEAD(&alg->cra_users);
	alg->cra_flags &= ~CRYPTO_ALG_TESTED;
	list_add(&alg->cra_list, &crypto_alg_list);
	return 0;
}

int crypto_register_alg(struct crypto_alg *alg)
{
	int err;

	alg->cra_flags &= ~CRYPTO_ALG_DEAD;
	err = crypto_check_alg(alg);
	if (err)
		return err;
	down_write(&crypto_alg_sem);
	err = __crypto_register_alg(alg);
	up_write(&crypto_alg_sem);
	if (err)
		return err;
	/* one that fails its test stays registered but is never found */
	if (!alg_test_hash(alg))
		alg->cra_flags |= CRYPTO_ALG_TESTED;
	return 0;
}
EXPORT_SYMBOL_GPL(crypto_register_alg);

/* Instances are built on demand: the first name with a "(" that fits. */
int crypto_create_instance(const char *name)
{
	const char *open = strchr(name, '(');
	size_t len = strlen(name);
	char inner[CRYPTO_MAX_ALG_NAME];

	if (!open || len < 2 || name[len - 1] != ')' || len - (open - name) - 2 >= sizeof(inner))
		return -ENOENT;
	memcpy(inner, open + 1, len - (open - name) - 2);
	inner[len - (open - name) - 2] = '\0';
	if (open - name == 4 && !strncmp(name, "hmac", 4))
		return hmac_create(inner);
	return -ENOENT;
}

/* The instances built on an algorithm that is going (crypto_remove_spawns). */
static void crypto_remove_spawns(struct crypto_alg *alg, struct list_head *gone)
{
	struct crypto_spawn *spawn, *n;

	list_for_each_entry_safe(spawn, n, &alg->cra_users, list) {
		spawn->inst->cra_flags |= CRYPTO_ALG_DEAD;
		list_del_init(&spawn->inst->cra_list);
		list_move(&spawn->list, gone);
	}
}

void crypto_unregister_alg(struct crypto_alg *alg)
{
	struct crypto_spawn *spawn, *n;
	LIST_HEAD(gone);
	bool listed;

	down_write(&crypto_alg_sem);
	listed = !list_empty(&alg->cra_list) && alg->cra_list.next;
	if (listed) {
		alg->cra_flags |= CRYPTO_ALG_DEAD;
		list_del_init(&alg->cra_list);
		crypto_remove_spawns(alg, &gone);
	}
	up_write(&crypto_alg_sem);
	/* no tfm of theirs is left: it would hold the inner algorithm's module */
	list_for_each_entry_safe(spawn, n, &gone, list)
		crypto_mod_put(spawn->inst);
	if (WARN(!listed, "Algorithm %s is not registered", alg->cra_driver_name))
		return;
	/* a user still holds it only if its module was forced out */
	WARN_ON(refcount_read(&alg->cra_refcnt) != 1);
	if (alg->cra_destroy)
		alg->cra_destroy(alg);
}
EXPORT_SYMBOL_GPL(crypto_unregister_alg);

/* SPDX-License-Identifier: GPL-2.0 */
/* What the crypto API's own files share (Linux's crypto/internal.h). */
#ifndef _CRYPTO_INTERNAL_H
#define _CRYPTO_INTERNAL_H

#include <linux/crypto.h>
#include <linux/list.h>
#include <linux/rwsem.h>

struct seq_file;

/* What a kind of transform (shash...) adds around an algorithm. */
struct crypto_type {
	unsigned int (*extsize)(struct crypto_alg *alg);
	int (*init_tfm)(struct crypto_tfm *tfm);
	void (*show)(struct seq_file *m, struct crypto_alg *alg);
	unsigned int type;
	unsigned int maskclear;
	unsigned int maskset;
	unsigned int tfmsize;
};

extern struct list_head crypto_alg_list;
extern struct rw_semaphore crypto_alg_sem;

struct crypto_alg *crypto_mod_get(struct crypto_alg *alg);
void crypto_mod_put(struct crypto_alg *alg);
void *crypto_create_tfm(struct crypto_alg *alg, const struct crypto_type *frontend);
void *crypto_alloc_tfm(const char *alg_name, const struct crypto_type *frontend,
		       u32 type, u32 mask);
int alg_test_hash(struct crypto_alg *alg);
struct crypto_alg *crypto_alg_mod_lookup(const char *name, u32 type, u32 mask);

/*
 * An instance of a template ("hmac(sha256)") is listed on the cra_users
 * of the algorithm it is built on, and goes when that one does.
 */
struct crypto_spawn {
	struct list_head list;
	struct crypto_alg *inst;
};

int crypto_create_instance(const char *name);
int hmac_create(const char *inner_name);

#endif

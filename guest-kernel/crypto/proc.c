// SPDX-License-Identifier: GPL-2.0
/* /proc/crypto: the registered algorithms, newest first (crypto/proc.c). */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include "internal.h"

static void *c_start(struct seq_file *m, loff_t *pos)
{
	down_read(&crypto_alg_sem);
	return seq_list_start(&crypto_alg_list, *pos);
}

static void *c_next(struct seq_file *m, void *p, loff_t *pos)
{
	return seq_list_next(p, &crypto_alg_list, pos);
}

static void c_stop(struct seq_file *m, void *p)
{
	up_read(&crypto_alg_sem);
}

/* cra_module is the module's THIS_MODULE, Debian's struct module. */
static const char *crypto_module_name(struct crypto_alg *alg)
{
	struct module *mod = module_of_this(alg->cra_module);

	return mod ? mod->name : "kernel";
}

static int c_show(struct seq_file *m, void *p)
{
	struct crypto_alg *alg = list_entry(p, struct crypto_alg, cra_list);

	seq_printf(m, "name         : %s\n", alg->cra_name);
	seq_printf(m, "driver       : %s\n", alg->cra_driver_name);
	seq_printf(m, "module       : %s\n", crypto_module_name(alg));
	seq_printf(m, "priority     : %d\n", alg->cra_priority);
	seq_printf(m, "refcnt       : %u\n", refcount_read(&alg->cra_refcnt));
	seq_printf(m, "selftest     : %s\n",
		   (alg->cra_flags & CRYPTO_ALG_TESTED) ? "passed" : "unknown");
	seq_printf(m, "internal     : %s\n",
		   (alg->cra_flags & CRYPTO_ALG_INTERNAL) ? "yes" : "no");
	if (alg->cra_type && alg->cra_type->show)
		alg->cra_type->show(m, alg);
	seq_putc(m, '\n');
	return 0;
}

static const struct seq_operations crypto_seq_ops = {
	.start = c_start,
	.next = c_next,
	.stop = c_stop,
	.show = c_show,
};

static int __init crypto_proc_init(void)
{
	proc_create_seq("crypto", 0, NULL, &crypto_seq_ops);
	return 0;
}
fs_initcall(crypto_proc_init);

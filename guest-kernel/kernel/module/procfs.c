// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/modules: "name size refcount users state address (taints)",
 * newest first, as lsmod reads it.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include "internal.h"

/* modules that use this one, or "-" */
void print_unload_info(struct seq_file *m, struct module *mod)
{
	struct module_use *use;
	bool printed_something = false;

	seq_printf(m, " %i ", module_refcount(mod));
	list_for_each_entry(use, &mod->source_list, source_list) {
		printed_something = true;
		seq_printf(m, "%s,", use->source->name);
	}
	if (mod->init && !mod->exit) {
		printed_something = true;
		seq_puts(m, "[permanent],");
	}
	if (!printed_something)
		seq_puts(m, "-");
}

static void *m_start(struct seq_file *m, loff_t *pos)
{
	return seq_list_start(&modules, *pos);
}

static void *m_next(struct seq_file *m, void *p, loff_t *pos)
{
	return seq_list_next(p, &modules, pos);
}

static void m_stop(struct seq_file *m, void *p)
{
}

static int m_show(struct seq_file *m, void *p)
{
	struct module *mod = list_entry(p, struct module, list);
	char buf[MODULE_FLAGS_BUF_SIZE];

	if (mod->state == MODULE_STATE_UNFORMED)
		return 0;
	seq_printf(m, "%s %u", mod->name,
		   mod->init_layout.size + mod->core_layout.size);
	print_unload_info(m, mod);
	seq_printf(m, " %s", mod->state == MODULE_STATE_GOING ? "Unloading" :
			     mod->state == MODULE_STATE_COMING ? "Loading" :
			     "Live");
	seq_printf(m, " 0x%px", mod->core_layout.base);
	if (mod->taints)
		seq_printf(m, " %s", module_flags(mod, buf, true));
	seq_puts(m, "\n");
	return 0;
}

static const struct seq_operations modules_op = {
	.start	= m_start,
	.next	= m_next,
	.stop	= m_stop,
	.show	= m_show,
};

static int __init proc_modules_init(void)
{
	proc_create_seq("modules", 0, NULL, &modules_op);
	return 0;
}
module_init(proc_modules_init);

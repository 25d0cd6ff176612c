// SPDX-License-Identifier: GPL-2.0
/* /proc/interrupts: each interrupt number, then the architecture's lines. */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/irq.h>
#include "internal.h"

static void *int_seq_start(struct seq_file *f, loff_t *pos)
{
	return (*pos <= nr_irqs) ? pos : NULL;
}

static void *int_seq_next(struct seq_file *f, void *v, loff_t *pos)
{
	(*pos)++;
	if (*pos > nr_irqs)
		return NULL;
	return pos;
}

static void int_seq_stop(struct seq_file *f, void *v)
{
}

static const struct seq_operations int_seq_ops = {
	.start = int_seq_start,
	.next  = int_seq_next,
	.stop  = int_seq_stop,
	.show  = show_interrupts
};

static int __init proc_interrupts_init(void)
{
	proc_create_seq("interrupts", 0, NULL, &int_seq_ops);
	return 0;
}
fs_initcall(proc_interrupts_init);

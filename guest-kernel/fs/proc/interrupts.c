// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/interrupts: the header line, and no interrupt lines, as no
 * device raises interrupts (the board is polled).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include "internal.h"

static int interrupts_proc_show(struct seq_file *m, void *v)
{
	seq_printf(m, "%*s", 3 + 8, "");	/* Linux's width for < 1000 irqs */
	seq_printf(m, "CPU%-8d", 0);
	seq_putc(m, '\n');
	return 0;
}

static int __init proc_interrupts_init(void)
{
	proc_create_single("interrupts", 0, NULL, interrupts_proc_show);
	return 0;
}
fs_initcall(proc_interrupts_init);

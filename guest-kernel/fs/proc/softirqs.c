// SPDX-License-Identifier: GPL-2.0
/* /proc/softirqs: how often each softirq has run, per CPU, in Linux's format. */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include "internal.h"

static int show_softirqs(struct seq_file *p, void *v)
{
	int i;

	seq_puts(p, "                    ");
	seq_printf(p, "CPU%-8d", 0);
	seq_putc(p, '\n');
	for (i = 0; i < NR_SOFTIRQS; i++) {
		seq_printf(p, "%12s:", softirq_to_name[i]);
		seq_printf(p, " %10lu", kstat_softirqs_cpu(i, 0));
		seq_putc(p, '\n');
	}
	return 0;
}

static int __init proc_softirqs_init(void)
{
	proc_create_single("softirqs", 0, NULL, show_softirqs);
	return 0;
}
fs_initcall(proc_softirqs_init);

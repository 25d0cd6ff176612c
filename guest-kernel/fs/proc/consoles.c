// SPDX-License-Identifier: GPL-2.0
/* /proc/consoles: the registered consoles and their flags. */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/console.h>
#include "internal.h"

static int consoles_proc_show(struct seq_file *m, void *v)
{
	return console_proc_show(m);
}

static int __init proc_consoles_init(void)
{
	proc_create_single("consoles", 0, NULL, consoles_proc_show);
	return 0;
}
fs_initcall(proc_consoles_init);

// SPDX-License-Identifier: GPL-2.0
/* /proc/version: the banner, as the boot log's first line has it. */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/utsname.h>
#include "internal.h"

static int version_proc_show(struct seq_file *m, void *v)
{
	seq_puts(m, linux_banner);
	return 0;
}

static int __init proc_version_init(void)
{
	proc_create_single("version", 0, NULL, version_proc_show);
	return 0;
}
fs_initcall(proc_version_init);

// SPDX-License-Identifier: GPL-2.0
/* /proc/filesystems (Linux makes it in fs/filesystems.c). */
#include <linux/kernel.h>
#include <linux/init.h>
#include "internal.h"

static int __init proc_filesystems_init(void)
{
	proc_create_single("filesystems", 0, NULL, filesystems_proc_show);
	return 0;
}
fs_initcall(proc_filesystems_init);

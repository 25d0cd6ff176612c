// SPDX-License-Identifier: GPL-2.0
/* /proc/devices: the character device majors (there are no block devices). */
#include <linux/kernel.h>
#include <linux/init.h>
#include "internal.h"

static int devinfo_show(struct seq_file *f, void *v)
{
	int i = *(loff_t *)v;

	if (i == 0)
		seq_puts(f, "Character devices:\n");
	chrdev_show(f, i);
	return 0;
}

static void *devinfo_start(struct seq_file *f, loff_t *pos)
{
	return *pos < CHRDEV_MAJOR_MAX ? pos : NULL;
}

static void *devinfo_next(struct seq_file *f, void *v, loff_t *pos)
{
	(*pos)++;
	return *pos < CHRDEV_MAJOR_MAX ? pos : NULL;
}

static void devinfo_stop(struct seq_file *f, void *v)
{
}

static const struct seq_operations devinfo_ops = {
	.start = devinfo_start,
	.next  = devinfo_next,
	.stop  = devinfo_stop,
	.show  = devinfo_show,
};

static int __init proc_devices_init(void)
{
	proc_create_seq("devices", 0, NULL, &devinfo_ops);
	return 0;
}
fs_initcall(proc_devices_init);

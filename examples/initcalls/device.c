// SPDX-License-Identifier: GPL-2.0
/*
 * Demo initcalls for the device and late levels (see boot.c), including
 * a driver whose device is not on the board: it returns -ENODEV, which
 * initcall_debug shows as "returned -19".
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/of_fdt.h>

static int __init demo_device_init(void)
{
	pr_info("device_initcall: demo widget driver registered\n");
	return 0;
}
device_initcall(demo_device_init);

/* A real probe: look for our device in the device tree. */
static int __init demo_frob_probe(void)
{
	if (of_flat_dt_find_compatible("kobox,demo-frobnicator") < 0) {
		pr_info("device_initcall: no kobox,demo-frobnicator in the device tree\n");
		return -ENODEV;
	}
	pr_info("device_initcall: frobnicator found\n");
	return 0;
}
device_initcall(demo_frob_probe);

static int __init demo_device_sync(void)
{
	pr_info("device_initcall_sync: device level settled\n");
	return 0;
}
device_initcall_sync(demo_device_sync);

static int __init demo_late_init(void)
{
	pr_info("late_initcall: all drivers have had their turn\n");
	return 0;
}
late_initcall(demo_late_init);

static int __init demo_late_sync(void)
{
	pr_info("late_initcall_sync: last level, init is next\n");
	return 0;
}
late_initcall_sync(demo_late_sync);

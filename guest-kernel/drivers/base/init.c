// SPDX-License-Identifier: GPL-2.0
/*
 * The driver model at boot, as Linux's driver_init(): /sys/devices and
 * /sys/dev, /sys/bus, /sys/class, the other top directories (firmware,
 * hypervisor, fs, power, block; kernel and module come from
 * kernel/ksysfs.c and kernel/params.c), the device tree in
 * /sys/firmware/devicetree and the platform bus. Character devices'
 * map comes first (Linux makes it in vfs_caches_init()).
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kobject.h>
#include <linux/of.h>
#include "base.h"

struct kobject *firmware_kobj;
EXPORT_SYMBOL_GPL(firmware_kobj);
struct kobject *hypervisor_kobj;
EXPORT_SYMBOL_GPL(hypervisor_kobj);
struct kobject *fs_kobj;
EXPORT_SYMBOL_GPL(fs_kobj);
struct kobject *power_kobj;
static struct kobject *block_depr;

static int __init driver_init(void)
{
	chrdev_init();
	unflatten_device_tree();
	if (devices_init() || buses_init() || classes_init())
		goto fail;
	firmware_kobj = kobject_create_and_add("firmware", NULL);
	hypervisor_kobj = kobject_create_and_add("hypervisor", NULL);
	fs_kobj = kobject_create_and_add("fs", NULL);
	power_kobj = kobject_create_and_add("power", NULL);
	block_depr = kobject_create_and_add("block", NULL);
	if (!firmware_kobj || !hypervisor_kobj || !fs_kobj || !power_kobj ||
	    !block_depr)
		goto fail;
	of_core_init();
	if (platform_bus_init())
		goto fail;
	return 0;
fail:
	pr_err("driver core: cannot make the /sys directories\n");
	return -ENOMEM;
}
core_initcall(driver_init);

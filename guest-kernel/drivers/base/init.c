// SPDX-License-Identifier: GPL-2.0
/*
 * The top of /sys: the directories Linux's driver core, VFS, power and
 * block code make at boot (block bus class dev devices firmware fs
 * hypervisor kernel module power; kernel and module come from
 * kernel/ksysfs.c and kernel/params.c).
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/kobject.h>
#include "base.h"

struct kset *devices_kset;
struct kobject *dev_kobj;
struct kobject *sysfs_dev_char_kobj;
struct kobject *sysfs_dev_block_kobj;
struct kset *bus_kset;
struct kset *class_kset;
struct kobject *firmware_kobj;
EXPORT_SYMBOL_GPL(firmware_kobj);
struct kobject *hypervisor_kobj;
EXPORT_SYMBOL_GPL(hypervisor_kobj);
struct kobject *fs_kobj;
EXPORT_SYMBOL_GPL(fs_kobj);
struct kobject *power_kobj;
static struct kobject *block_depr;

static int dev_uevent_filter(struct kobject *kobj)
{
	return kobj->ktype == &device_ktype;
}

static const struct kset_uevent_ops device_uevent_ops = {
	.filter = dev_uevent_filter,
};

static int __init driver_sysfs_init(void)
{
	devices_kset = kset_create_and_add("devices", &device_uevent_ops, NULL);
	dev_kobj = kobject_create_and_add("dev", NULL);
	if (!devices_kset || !dev_kobj)
		goto fail;
	sysfs_dev_block_kobj = kobject_create_and_add("block", dev_kobj);
	sysfs_dev_char_kobj = kobject_create_and_add("char", dev_kobj);
	bus_kset = kset_create_and_add("bus", NULL, NULL);
	class_kset = kset_create_and_add("class", NULL, NULL);
	firmware_kobj = kobject_create_and_add("firmware", NULL);
	hypervisor_kobj = kobject_create_and_add("hypervisor", NULL);
	fs_kobj = kobject_create_and_add("fs", NULL);
	power_kobj = kobject_create_and_add("power", NULL);
	block_depr = kobject_create_and_add("block", NULL);
	if (!sysfs_dev_block_kobj || !sysfs_dev_char_kobj || !bus_kset ||
	    !class_kset || !firmware_kobj || !hypervisor_kobj || !fs_kobj ||
	    !power_kobj || !block_depr)
		goto fail;
	return 0;
fail:
	pr_err("driver core: cannot make the /sys directories\n");
	return -ENOMEM;
}
core_initcall(driver_sysfs_init);

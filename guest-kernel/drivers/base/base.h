/* SPDX-License-Identifier: GPL-2.0 */
/* What the driver core's sysfs files share. */
#ifndef _DRIVERS_BASE_BASE_H
#define _DRIVERS_BASE_BASE_H

#include <linux/kobject.h>

extern struct kset *devices_kset;
extern struct kobject *dev_kobj;
extern struct kobject *sysfs_dev_char_kobj;
extern struct kobject *sysfs_dev_block_kobj;
extern struct kset *class_kset;
extern const struct kobj_type device_ktype;

struct device;

/* device_sysfs.c: for the driver core, when a device is made and destroyed */
int device_sysfs_add(struct device *dev);
void device_sysfs_remove(struct device *dev);

#endif

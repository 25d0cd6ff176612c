// SPDX-License-Identifier: GPL-2.0
/*
 * Devices, reduced to device nodes: a name, a dev_t and the node's
 * permissions. devtmpfs (when there is one) is told about each new
 * device, and walks device_list for those made before it mounted.
 */
#include <linux/kernel.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/stat.h>
#include <linux/string.h>
#include "base.h"

LIST_HEAD(device_list);

int __weak devtmpfs_create_node(struct device *dev)
{
	return 0;
}

int __weak devtmpfs_delete_node(struct device *dev)
{
	return 0;
}

/* sysfs entries for the device (drivers/base/device_sysfs.c, when built in) */
int __weak device_sysfs_add(struct device *dev)
{
	return 0;
}

void __weak device_sysfs_remove(struct device *dev)
{
}

struct device *device_create(struct class *cls, struct device *parent,
			     dev_t devt, void *drvdata, const char *fmt, ...)
{
	struct device *dev = kzalloc(sizeof(*dev), GFP_KERNEL);
	va_list args;

	if (!dev)
		return ERR_PTR(-ENOMEM);
	va_start(args, fmt);
	vsnprintf(dev->name, sizeof(dev->name), fmt, args);
	va_end(args);
	dev->devt = devt;
	dev->mode = 0600;
	dev->class = cls;
	dev->parent = parent;
	dev->driver_data = drvdata;
	if (cls && cls->devnode) {
		umode_t mode = 0;

		cls->devnode(dev, &mode);
		if (mode)
			dev->mode = mode & 07777;
	}
	list_add_tail(&dev->node, &device_list);
	device_sysfs_add(dev);
	devtmpfs_create_node(dev);
	return dev;
}

void device_destroy(struct class *cls, dev_t devt)
{
	struct device *dev;

	list_for_each_entry(dev, &device_list, node) {
		if (dev->devt == devt && dev->class == cls) {
			devtmpfs_delete_node(dev);
			device_sysfs_remove(dev);
			list_del(&dev->node);
			kfree(dev);
			return;
		}
	}
}

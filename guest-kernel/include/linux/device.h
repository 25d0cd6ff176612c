/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Just enough of the driver model for device nodes: a device has a name
 * and a dev_t; devtmpfs (when there is one) makes /dev/<name> from it.
 */
#ifndef _LINUX_DEVICE_H
#define _LINUX_DEVICE_H

#include <linux/types.h>
#include <linux/list.h>

struct device;

struct class {
	const char *name;
	char *(*devnode)(struct device *dev, umode_t *mode);
};

struct device {
	char name[32];
	dev_t devt;
	umode_t mode;			/* node permissions, 0600 unless the class says */
	struct class *class;
	struct device *parent;
	void *driver_data;
	struct list_head node;		/* on device_list */
};

extern struct list_head device_list;

struct device *device_create(struct class *cls, struct device *parent,
			     dev_t devt, void *drvdata, const char *fmt, ...);
void device_destroy(struct class *cls, dev_t devt);
int devtmpfs_create_node(struct device *dev);
int devtmpfs_delete_node(struct device *dev);

static inline const char *dev_name(const struct device *dev)
{
	return dev->name;
}

static inline void *dev_get_drvdata(const struct device *dev)
{
	return dev->driver_data;
}

#endif

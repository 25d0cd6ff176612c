/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A character device: file operations answering for a range of dev_t.
 * Laid out as Debian's headers lay it out (modules embed it and set
 * owner and ops themselves), checked in fs/char_dev.c.
 */
#ifndef _LINUX_CDEV_H
#define _LINUX_CDEV_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/kobject.h>

struct file_operations;
struct inode;
struct module;
struct device;

struct cdev {
	struct kobject kobj;
	struct module *owner;
	const struct file_operations *ops;
	struct list_head list;		/* inodes opened through it (i_devices) */
	dev_t dev;
	unsigned int count;
};

void cdev_init(struct cdev *cdev, const struct file_operations *fops);
struct cdev *cdev_alloc(void);
void cdev_put(struct cdev *p);
int cdev_add(struct cdev *p, dev_t dev, unsigned count);
void cdev_set_parent(struct cdev *p, struct kobject *kobj);
int cdev_device_add(struct cdev *cdev, struct device *dev);
void cdev_device_del(struct cdev *cdev, struct device *dev);
void cdev_del(struct cdev *p);
void cd_forget(struct inode *inode);

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/* Misc character devices: major 10, one minor each (Debian's layout). */
#ifndef _LINUX_MISCDEVICE_H
#define _LINUX_MISCDEVICE_H

#include <linux/types.h>
#include <linux/list.h>

#define MISC_MAJOR		10
#define MISC_DYNAMIC_MINOR	255

struct device;
struct file_operations;
struct attribute_group;

struct miscdevice {
	int minor;
	const char *name;
	const struct file_operations *fops;
	struct list_head list;
	struct device *parent;
	struct device *this_device;
	const struct attribute_group **groups;
	const char *nodename;
	umode_t mode;
};

int misc_register(struct miscdevice *misc);
void misc_deregister(struct miscdevice *misc);

#endif

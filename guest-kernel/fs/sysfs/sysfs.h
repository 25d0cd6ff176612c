/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __SYSFS_INTERNAL_H
#define __SYSFS_INTERNAL_H

#include <linux/kobject.h>
#include <linux/kernfs.h>

extern struct kernfs_node *sysfs_root_kn;

int sysfs_init(void);	/* called by mnt_init() */
void sysfs_warn_dup(struct kernfs_node *parent, const char *name);

int sysfs_add_file_mode_ns(struct kernfs_node *parent,
			   const struct attribute *attr, umode_t amode);
int sysfs_add_bin_file_mode_ns(struct kernfs_node *parent,
			       const struct bin_attribute *battr,
			       umode_t amode);

#endif

// SPDX-License-Identifier: GPL-2.0
/* sysfs symlinks between kobjects' directories. */
#include <linux/kernel.h>
#include <linux/errno.h>
#include "sysfs.h"

int sysfs_create_link(struct kobject *kobj, struct kobject *target,
		      const char *name)
{
	struct kernfs_node *parent = kobj ? kobj->sd : sysfs_root_kn, *kn;

	if (!parent || !target->sd)
		return -ENOENT;
	kn = kernfs_create_link(parent, name, target->sd);
	return IS_ERR(kn) ? PTR_ERR(kn) : 0;
}

void sysfs_remove_link(struct kobject *kobj, const char *name)
{
	struct kernfs_node *parent = kobj ? kobj->sd : sysfs_root_kn;

	if (parent)
		kernfs_remove_by_name(parent, name);
}

// SPDX-License-Identifier: GPL-2.0
/* sysfs symlinks between kobjects' directories. */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/errno.h>
#include "sysfs.h"

static int sysfs_do_create_link(struct kobject *kobj, struct kobject *target,
				const char *name, bool warn)
{
	struct kernfs_node *parent = kobj ? kobj->sd : sysfs_root_kn, *kn;

	if (!parent || !target->sd)
		return -ENOENT;
	kn = kernfs_create_link(parent, name, target->sd);
	if (IS_ERR(kn)) {
		if (warn && PTR_ERR(kn) == -EEXIST)
			sysfs_warn_dup(parent, name);
		return PTR_ERR(kn);
	}
	return 0;
}

int sysfs_create_link(struct kobject *kobj, struct kobject *target,
		      const char *name)
{
	return sysfs_do_create_link(kobj, target, name, true);
}
EXPORT_SYMBOL_GPL(sysfs_create_link);

int sysfs_create_link_nowarn(struct kobject *kobj, struct kobject *target,
			     const char *name)
{
	return sysfs_do_create_link(kobj, target, name, false);
}
EXPORT_SYMBOL_GPL(sysfs_create_link_nowarn);

void sysfs_remove_link(struct kobject *kobj, const char *name)
{
	struct kernfs_node *parent = kobj ? kobj->sd : sysfs_root_kn;

	if (parent)
		kernfs_remove_by_name(parent, name);
}
EXPORT_SYMBOL_GPL(sysfs_remove_link);

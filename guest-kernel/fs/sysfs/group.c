// SPDX-License-Identifier: GPL-2.0
/* Attribute groups: several attributes at once, in a subdirectory if named. */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/stat.h>
#include "sysfs.h"

static void remove_files(struct kernfs_node *parent,
			 const struct attribute_group *grp)
{
	struct attribute *const *attr;
	struct bin_attribute *const *bin_attr;

	if (grp->attrs)
		for (attr = grp->attrs; *attr; attr++)
			kernfs_remove_by_name(parent, (*attr)->name);
	if (grp->bin_attrs)
		for (bin_attr = grp->bin_attrs; *bin_attr; bin_attr++)
			kernfs_remove_by_name(parent, (*bin_attr)->attr.name);
}

static int create_files(struct kernfs_node *parent, struct kobject *kobj,
			const struct attribute_group *grp)
{
	int error = 0, i;

	for (i = 0; grp->attrs && grp->attrs[i] && !error; i++) {
		umode_t mode = grp->attrs[i]->mode;

		if (grp->is_visible) {
			mode = grp->is_visible(kobj, grp->attrs[i], i);
			if (!mode)
				continue;
		}
		error = sysfs_add_file_mode_ns(parent, grp->attrs[i], mode);
	}
	for (i = 0; grp->bin_attrs && grp->bin_attrs[i] && !error; i++) {
		umode_t mode = grp->bin_attrs[i]->attr.mode;

		if (grp->is_bin_visible) {
			mode = grp->is_bin_visible(kobj, grp->bin_attrs[i], i);
			if (!mode)
				continue;
		}
		error = sysfs_add_bin_file_mode_ns(parent, grp->bin_attrs[i],
						   mode);
	}
	if (error)
		remove_files(parent, grp);
	return error;
}

int sysfs_create_group(struct kobject *kobj, const struct attribute_group *grp)
{
	struct kernfs_node *kn;
	int error;

	if (!kobj->sd)
		return -EINVAL;
	if (!grp->attrs && !grp->bin_attrs) {
		pr_debug("sysfs: (bin_)attrs not set by subsystem for group: %s/%s\n",
			 kobject_name(kobj), grp->name ?: "");
		return -EINVAL;
	}
	kn = kobj->sd;
	if (grp->name) {
		kn = kernfs_create_dir(kobj->sd, grp->name,
				       S_IRWXU | S_IRUGO | S_IXUGO, kobj);
		if (IS_ERR(kn))
			return PTR_ERR(kn);
	}
	error = create_files(kn, kobj, grp);
	if (error && grp->name)
		kernfs_remove(kn);
	return error;
}

int sysfs_create_groups(struct kobject *kobj,
			const struct attribute_group **groups)
{
	int error = 0, i;

	if (!groups)
		return 0;
	for (i = 0; groups[i]; i++) {
		error = sysfs_create_group(kobj, groups[i]);
		if (error) {
			while (--i >= 0)
				sysfs_remove_group(kobj, groups[i]);
			break;
		}
	}
	return error;
}

void sysfs_remove_group(struct kobject *kobj, const struct attribute_group *grp)
{
	struct kernfs_node *kn;

	if (!kobj->sd)
		return;
	if (grp->name) {
		kn = kernfs_find_and_get(kobj->sd, grp->name);
		if (!kn)
			return;
		kernfs_remove(kn);
		kernfs_put(kn);
		return;
	}
	remove_files(kobj->sd, grp);
}

void sysfs_remove_groups(struct kobject *kobj,
			 const struct attribute_group **groups)
{
	int i;

	if (!groups)
		return;
	for (i = 0; groups[i]; i++)
		sysfs_remove_group(kobj, groups[i]);
}

// SPDX-License-Identifier: GPL-2.0
/*
 * Attribute groups: several attributes at once, in a subdirectory if
 * named. is_visible() may hide an attribute (0) or give it another
 * mode; sysfs_update_group() asks it again.
 */
#include <linux/kernel.h>
#include <linux/export.h>
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

/* is_visible() may hand back a mode; only these bits of it count. */
static umode_t visible_mode(umode_t mode, const char *name)
{
	WARN(mode & ~0664, "Attribute %s: Invalid permissions 0%o\n", name,
	     mode);
	return mode & 0664;
}

static int create_files(struct kernfs_node *parent, struct kobject *kobj,
			const struct attribute_group *grp, int update)
{
	int error = 0, i;

	for (i = 0; grp->attrs && grp->attrs[i] && !error; i++) {
		struct attribute *attr = grp->attrs[i];
		umode_t mode = attr->mode;

		if (update)
			kernfs_remove_by_name(parent, attr->name);
		if (grp->is_visible) {
			mode = grp->is_visible(kobj, attr, i);
			if (!mode)
				continue;
			mode = visible_mode(mode, attr->name);
		}
		error = sysfs_add_file_mode_ns(parent, attr, mode);
	}
	for (i = 0; grp->bin_attrs && grp->bin_attrs[i] && !error; i++) {
		struct bin_attribute *battr = grp->bin_attrs[i];
		umode_t mode = battr->attr.mode;

		if (update)
			kernfs_remove_by_name(parent, battr->attr.name);
		if (grp->is_bin_visible) {
			mode = grp->is_bin_visible(kobj, battr, i);
			if (!mode)
				continue;
			mode = visible_mode(mode, battr->attr.name);
		}
		error = sysfs_add_bin_file_mode_ns(parent, battr, mode);
	}
	if (error)
		remove_files(parent, grp);
	return error;
}

static int internal_create_group(struct kobject *kobj, int update,
				 const struct attribute_group *grp)
{
	struct kernfs_node *kn;
	int error;

	if (WARN_ON(!kobj || (!update && !kobj->sd)))
		return -EINVAL;
	if (update && !kobj->sd)
		return -EINVAL;
	if (!grp->attrs && !grp->bin_attrs) {
		WARN(1, "sysfs: (bin_)attrs not set by subsystem for group: %s/%s\n",
		     kobject_name(kobj), grp->name ?: "");
		return -EINVAL;
	}
	if (grp->name) {
		if (update) {
			kn = kernfs_find_and_get(kobj->sd, grp->name);
			if (!kn) {
				pr_warn("Can't update unknown attr grp name: %s/%s\n",
					kobject_name(kobj), grp->name);
				return -EINVAL;
			}
		} else {
			kn = kernfs_create_dir(kobj->sd, grp->name,
					       S_IRWXU | S_IRUGO | S_IXUGO,
					       kobj);
			if (IS_ERR(kn)) {
				if (PTR_ERR(kn) == -EEXIST)
					sysfs_warn_dup(kobj->sd, grp->name);
				return PTR_ERR(kn);
			}
			kernfs_get(kn);
		}
	} else {
		kn = kobj->sd;
		kernfs_get(kn);
	}
	error = create_files(kn, kobj, grp, update);
	if (error && grp->name)
		kernfs_remove(kn);
	kernfs_put(kn);
	return error;
}

int sysfs_create_group(struct kobject *kobj, const struct attribute_group *grp)
{
	return internal_create_group(kobj, 0, grp);
}
EXPORT_SYMBOL_GPL(sysfs_create_group);

int sysfs_update_group(struct kobject *kobj, const struct attribute_group *grp)
{
	return internal_create_group(kobj, 1, grp);
}
EXPORT_SYMBOL_GPL(sysfs_update_group);

static int internal_create_groups(struct kobject *kobj, int update,
				  const struct attribute_group **groups)
{
	int error = 0, i;

	if (!groups)
		return 0;
	for (i = 0; groups[i]; i++) {
		error = internal_create_group(kobj, update, groups[i]);
		if (error) {
			while (--i >= 0)
				sysfs_remove_group(kobj, groups[i]);
			break;
		}
	}
	return error;
}

int sysfs_create_groups(struct kobject *kobj,
			const struct attribute_group **groups)
{
	return internal_create_groups(kobj, 0, groups);
}
EXPORT_SYMBOL_GPL(sysfs_create_groups);

int sysfs_update_groups(struct kobject *kobj,
			const struct attribute_group **groups)
{
	return internal_create_groups(kobj, 1, groups);
}
EXPORT_SYMBOL_GPL(sysfs_update_groups);

void sysfs_remove_group(struct kobject *kobj, const struct attribute_group *grp)
{
	struct kernfs_node *kn;

	if (!kobj->sd)
		return;
	if (grp->name) {
		kn = kernfs_find_and_get(kobj->sd, grp->name);
		if (!kn) {
			WARN(1, KERN_WARNING "sysfs group '%s' not found for kobject '%s'\n",
			     grp->name, kobject_name(kobj));
			return;
		}
		kernfs_remove(kn);
		kernfs_put(kn);
		return;
	}
	remove_files(kobj->sd, grp);
}
EXPORT_SYMBOL_GPL(sysfs_remove_group);

void sysfs_remove_groups(struct kobject *kobj,
			 const struct attribute_group **groups)
{
	int i;

	if (!groups)
		return;
	for (i = 0; groups[i]; i++)
		sysfs_remove_group(kobj, groups[i]);
}
EXPORT_SYMBOL_GPL(sysfs_remove_groups);

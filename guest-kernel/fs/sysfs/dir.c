// SPDX-License-Identifier: GPL-2.0
/* sysfs directories: one per kobject in sysfs. */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/stat.h>
#include "sysfs.h"

/* A name taken twice in one directory: a bug of the caller, said loudly. */
void sysfs_warn_dup(struct kernfs_node *parent, const char *name)
{
	char *buf = kzalloc(PATH_MAX, GFP_KERNEL);

	if (buf)
		kernfs_path(parent, buf, PATH_MAX);
	pr_warn("sysfs: cannot create duplicate filename '%s/%s'\n", buf, name);
	dump_stack();
	kfree(buf);
}

int sysfs_create_dir_ns(struct kobject *kobj, const void *ns)
{
	struct kernfs_node *parent, *kn;

	parent = kobj->parent ? kobj->parent->sd : sysfs_root_kn;
	if (!parent)
		return -ENOENT;
	kn = kernfs_create_dir(parent, kobject_name(kobj),
			       S_IRWXU | S_IRUGO | S_IXUGO, kobj);
	if (IS_ERR(kn)) {
		if (PTR_ERR(kn) == -EEXIST)
			sysfs_warn_dup(parent, kobject_name(kobj));
		return PTR_ERR(kn);
	}
	kobj->sd = kn;
	return 0;
}

/* An empty directory to mount a filesystem on (/sys/kernel/debug). */
int sysfs_create_mount_point(struct kobject *parent_kobj, const char *name)
{
	struct kernfs_node *kn, *parent = parent_kobj->sd;

	kn = kernfs_create_dir(parent, name, S_IRUGO | S_IXUGO, NULL);
	if (IS_ERR(kn)) {
		if (PTR_ERR(kn) == -EEXIST)
			sysfs_warn_dup(parent, name);
		return PTR_ERR(kn);
	}
	return 0;
}
EXPORT_SYMBOL_GPL(sysfs_create_mount_point);

void sysfs_remove_mount_point(struct kobject *parent_kobj, const char *name)
{
	kernfs_remove_by_name(parent_kobj->sd, name);
}
EXPORT_SYMBOL_GPL(sysfs_remove_mount_point);

void sysfs_remove_dir(struct kobject *kobj)
{
	struct kernfs_node *kn = kobj->sd;

	kobj->sd = NULL;
	if (kn)
		kernfs_remove(kn);
}

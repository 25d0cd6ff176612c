// SPDX-License-Identifier: GPL-2.0
/* sysfs directories: one per kobject in sysfs. */
#include <linux/kernel.h>
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

void sysfs_remove_dir(struct kobject *kobj)
{
	struct kernfs_node *kn = kobj->sd;

	kobj->sd = NULL;
	if (kn)
		kernfs_remove(kn);
}

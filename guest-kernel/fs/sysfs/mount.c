// SPDX-License-Identifier: GPL-2.0
/*
 * The sysfs filesystem type. All mounts share one superblock showing
 * the kernfs tree rooted at sysfs_root_kn.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include "sysfs.h"

#define SYSFS_MAGIC	0x62656572

struct kernfs_node *sysfs_root_kn;

static int sysfs_fill_super(struct super_block *sb, void *data, int silent)
{
	return kernfs_fill_super(sb, sysfs_root_kn, SYSFS_MAGIC);
}

static struct dentry *sysfs_mount(struct file_system_type *fs_type, int flags,
				  const char *dev_name, void *data)
{
	return mount_single(fs_type, flags, data, sysfs_fill_super);
}

static struct file_system_type sysfs_fs_type = {
	.name		= "sysfs",
	.mount		= sysfs_mount,
	.kill_sb	= kill_anon_super,
};

/* From mnt_init(), as in Linux: the first filesystem type registered. */
int __init sysfs_init(void)
{
	sysfs_root_kn = kernfs_create_root(NULL);
	if (!sysfs_root_kn)
		return -ENOMEM;
	return register_filesystem(&sysfs_fs_type);
}

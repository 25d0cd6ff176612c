/* SPDX-License-Identifier: GPL-2.0 */
/* The mount tree (VFS internal, also read by /proc/mounts). */
#ifndef _FS_MOUNT_H
#define _FS_MOUNT_H

#include <linux/list.h>
#include <linux/mount.h>

struct mount {
	struct mount *mnt_parent;
	struct dentry *mnt_mountpoint;
	struct vfsmount mnt;
	const char *mnt_devname;
	int mnt_id;
	int mnt_count;			/* references: the tree's, open files', cwds' */
	struct list_head mnt_list;	/* on mount_list, in mount order */
};

extern struct list_head mount_list;

static inline struct mount *real_mount(struct vfsmount *mnt)
{
	return container_of(mnt, struct mount, mnt);
}

struct vfsmount *lookup_mnt(const struct path *path);
int mnt_has_parent(struct mount *mnt);

#endif

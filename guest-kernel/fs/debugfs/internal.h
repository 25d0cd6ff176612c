/* SPDX-License-Identifier: GPL-2.0 */
/* debugfs internals: what inode.c and file.c share. */
#ifndef _DEBUGFS_INTERNAL_H_
#define _DEBUGFS_INTERNAL_H_

#include <linux/fs.h>

/* A removed directory: nothing may be created in it any more. */
#ifndef S_DEAD
#define S_DEAD			(1 << 4)
#define IS_DEADDIR(inode)	((inode)->i_flags & S_DEAD)
#endif

/* A file's dentry->d_fsdata: whose fops, and whether it is gone. */
struct debugfs_fsdata {
	const struct file_operations *real_fops;
	int active_users;	/* in a debugfs_file_get() section */
	bool full;		/* the proxy guards every call */
	bool removed;
};

extern const struct file_operations debugfs_noop_file_operations;
extern const struct file_operations debugfs_proxy_file_operations;

void __debugfs_file_removed(struct dentry *dentry);

#endif

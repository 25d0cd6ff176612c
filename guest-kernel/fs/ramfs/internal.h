/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _FS_RAMFS_INTERNAL_H
#define _FS_RAMFS_INTERNAL_H

#include <linux/fs.h>

#define RAMFS_MAGIC	0x858458f6
#define TMPFS_MAGIC	0x01021994

struct ramfs_fs_info {
	umode_t mode;
	bool tmpfs;		/* tmpfs or rootfs: tmpfs-like sizes and statfs */
	bool rootfs;
	/* tmpfs's limits (size=, nr_inodes=; 0: none) and what is used */
	unsigned long max_blocks, used_blocks;
	unsigned long max_inodes, free_inodes;
};

extern const struct file_operations ramfs_file_operations;
extern const struct inode_operations ramfs_file_inode_operations;

#endif

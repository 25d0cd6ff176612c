// SPDX-License-Identifier: GPL-2.0
/* A superblock showing a kernfs tree. */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include "kernfs-internal.h"

static const struct super_operations kernfs_sops = {
	.statfs		= simple_statfs,
	.evict_inode	= kernfs_evict_inode,
};

int kernfs_fill_super(struct super_block *sb, struct kernfs_node *root,
		      unsigned long magic)
{
	struct inode *inode;

	sb->s_blocksize = PAGE_SIZE;
	sb->s_blocksize_bits = PAGE_SHIFT;
	sb->s_magic = magic;
	sb->s_op = &kernfs_sops;
	sb->s_d_op = &kernfs_dops;
	sb->s_time_gran = 1;

	inode = kernfs_get_inode(sb, root);
	if (!inode)
		return -ENOMEM;
	sb->s_root = d_make_root(inode);
	return sb->s_root ? 0 : -ENOMEM;
}

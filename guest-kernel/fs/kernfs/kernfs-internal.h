/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __KERNFS_INTERNAL_H
#define __KERNFS_INTERNAL_H

#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/kernfs.h>

static inline struct kernfs_node *kernfs_dentry_node(struct dentry *dentry)
{
	return d_inode(dentry)->i_private;
}

/* dir.c */
struct kernfs_node *kernfs_find(struct kernfs_node *parent, const char *name,
				size_t len);
struct kernfs_node *kernfs_nth_child(struct kernfs_node *parent, loff_t n);

/* inode.c */
struct inode *kernfs_get_inode(struct super_block *sb, struct kernfs_node *kn);
void kernfs_evict_inode(struct inode *inode);
extern const struct inode_operations kernfs_dir_iops;
extern const struct file_operations kernfs_dir_fops;
extern const struct dentry_operations kernfs_dops;

/* file.c */
extern const struct file_operations kernfs_file_fops;

/* symlink.c */
extern const struct inode_operations kernfs_symlink_iops;

#endif

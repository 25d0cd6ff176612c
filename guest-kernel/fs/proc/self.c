// SPDX-License-Identifier: GPL-2.0
/* /proc/self: a symlink to the reader's own /proc/<tgid>. */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "internal.h"

unsigned int self_inum;

static const char *proc_self_get_link(struct dentry *dentry,
				      struct inode *inode,
				      struct delayed_call *done)
{
	pid_t tgid = task_tgid_nr(current);
	char *name;

	if (!tgid)
		return ERR_PTR(-ENOENT);
	name = kmalloc(10 + 1, GFP_KERNEL);
	if (!name)
		return ERR_PTR(-ENOMEM);
	sprintf(name, "%u", tgid);
	set_delayed_call(done, kfree_link, name);
	return name;
}

static const struct inode_operations proc_self_inode_operations = {
	.get_link	= proc_self_get_link,
};

struct dentry *proc_self_lookup(struct inode *dir, struct dentry *dentry)
{
	struct inode *inode;

	if (strcmp((const char *)dentry->d_name.name, "self"))
		return ERR_PTR(-ENOENT);
	inode = proc_new_inode(dir->i_sb);
	if (!inode)
		return ERR_PTR(-ENOMEM);
	inode->i_ino = self_inum;
	inode->i_mode = S_IFLNK | S_IRWXUGO;
	inode->i_op = &proc_self_inode_operations;
	d_add(dentry, inode);
	return NULL;
}

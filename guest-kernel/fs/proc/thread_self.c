// SPDX-License-Identifier: GPL-2.0
/* /proc/thread-self: a symlink to the reader's /proc/<tgid>/task/<tid>. */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "internal.h"

unsigned int thread_self_inum;

static const char *proc_thread_self_get_link(struct dentry *dentry,
					     struct inode *inode,
					     struct delayed_call *done)
{
	pid_t tgid = task_tgid_nr(current);
	pid_t pid = task_pid_nr(current);
	char *name;

	if (!pid)
		return ERR_PTR(-ENOENT);
	name = kmalloc(10 + 6 + 10 + 1, GFP_KERNEL);
	if (!name)
		return ERR_PTR(-ENOMEM);
	sprintf(name, "%u/task/%u", tgid, pid);
	set_delayed_call(done, kfree_link, name);
	return name;
}

static const struct inode_operations proc_thread_self_inode_operations = {
	.get_link	= proc_thread_self_get_link,
};

struct dentry *proc_thread_self_lookup(struct inode *dir, struct dentry *dentry)
{
	struct inode *inode;

	if (strcmp((const char *)dentry->d_name.name, "thread-self"))
		return ERR_PTR(-ENOENT);
	inode = proc_new_inode(dir->i_sb);
	if (!inode)
		return ERR_PTR(-ENOMEM);
	inode->i_ino = thread_self_inum;
	inode->i_mode = S_IFLNK | S_IRWXUGO;
	inode->i_op = &proc_thread_self_inode_operations;
	d_add(dentry, inode);
	return NULL;
}

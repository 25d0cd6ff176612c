// SPDX-License-Identifier: GPL-2.0
/*
 * The proc filesystem type and its root directory: the registered
 * entries (in Linux's order), then "self", "thread-self" and one
 * directory per process. Every mount gets its own superblock, as in
 * Linux 6.1.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include "internal.h"

#define FIRST_PROCESS_ENTRY	256

static struct dentry *proc_root_lookup(struct inode *dir, struct dentry *dentry,
				       unsigned int flags)
{
	struct dentry *ret;

	ret = proc_pid_lookup(dentry, flags);
	if (ret != ERR_PTR(-ENOENT))
		return ret;
	ret = proc_self_lookup(dir, dentry);
	if (ret != ERR_PTR(-ENOENT))
		return ret;
	ret = proc_thread_self_lookup(dir, dentry);
	if (ret != ERR_PTR(-ENOENT))
		return ret;
	return proc_lookup(dir, dentry, flags);
}

static int proc_root_getattr(struct user_namespace *mnt_userns,
			     const struct path *path, struct kstat *stat,
			     u32 request_mask, unsigned int query_flags)
{
	generic_fillattr(&init_user_ns, d_inode(path->dentry), stat);
	stat->nlink = proc_root.nlink + nr_processes();
	return 0;
}

static int proc_root_readdir(struct file *file, struct dir_context *ctx)
{
	if (ctx->pos < FIRST_PROCESS_ENTRY) {
		int error = proc_readdir(file, ctx);

		if (error <= 0)
			return error;
		ctx->pos = FIRST_PROCESS_ENTRY;
	}
	return proc_pid_readdir(file, ctx);
}

static const struct file_operations proc_root_operations = {
	.read		= generic_read_dir,
	.iterate_shared	= proc_root_readdir,
	.llseek		= generic_file_llseek,
};

static const struct inode_operations proc_root_inode_operations = {
	.lookup		= proc_root_lookup,
	.getattr	= proc_root_getattr,
};

struct proc_dir_entry proc_root = {
	.low_ino	= PROC_ROOT_INO,
	.namelen	= 5,
	.mode		= S_IFDIR | S_IRUGO | S_IXUGO,
	.nlink		= 2,
	.refcnt		= 1,
	.proc_iops	= &proc_root_inode_operations,
	.proc_dir_ops	= &proc_root_operations,
	.parent		= &proc_root,
	.subdir		= LIST_HEAD_INIT(proc_root.subdir),
	.pde_openers	= LIST_HEAD_INIT(proc_root.pde_openers),
	.name		= "/proc",
};

/* Per-pid dentries go stale with their process; entries when removed. */
static int proc_d_revalidate(struct dentry *dentry, unsigned int flags)
{
	struct inode *inode = d_inode(dentry);

	if (!inode)
		return 0;
	if (PROC_I(inode)->pid)
		return pid_revalidate(dentry, flags);
	if (PROC_I(inode)->pde)
		return !(PDE(inode)->flags & PROC_ENTRY_REMOVED);
	return !sysctl_is_unregistered(inode);
}

const struct dentry_operations proc_dentry_operations = {
	.d_revalidate	= proc_d_revalidate,
	.d_delete	= always_delete_dentry,
};

static struct dentry *proc_mount(struct file_system_type *fs_type, int flags,
				 const char *dev_name, void *data)
{
	return mount_nodev(fs_type, flags, data, proc_fill_super);
}

static struct file_system_type proc_fs_type = {
	.name		= "proc",
	.mount		= proc_mount,
	.kill_sb	= kill_anon_super,
};

/* From start_kernel(), right after the VFS is up, as in Linux. */
void __init proc_root_init(void)
{
	self_inum = proc_alloc_inum();
	thread_self_inum = proc_alloc_inum();
	proc_symlink("mounts", NULL, "self/mounts");
	proc_mkdir("bus", NULL);
	proc_sys_init();
	register_filesystem(&proc_fs_type);
}

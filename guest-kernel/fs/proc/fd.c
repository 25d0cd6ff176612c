// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/<pid>/fd/<n>: magic links to the open files, their mode saying
 * how the file is open (lrwx------ for read-write); fdinfo/<n>: the
 * position, flags, mount and inode of each.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/mount.h>
#include <linux/sched/signal.h>
#include "internal.h"
#include "../mount.h"

/* The open file fd of the inode's process, referenced, or NULL. */
static struct file *proc_fd_get_file(struct inode *inode, unsigned int fd)
{
	struct task_struct *task = get_proc_task(inode);
	struct file *file = NULL;

	if (!task)
		return NULL;
	if (task->files) {
		file = files_lookup_fd_raw(task->files, fd);
		if (file)
			get_file(file);
	}
	put_task_struct(task);
	return file;
}

static int proc_fd_link(struct dentry *dentry, struct path *path)
{
	struct inode *inode = d_inode(dentry);
	struct file *file = proc_fd_get_file(inode, PROC_I(inode)->fd);

	if (!file)
		return -ENOENT;
	*path = file->f_path;
	path_get(path);
	fput(file);
	return 0;
}

static unsigned int proc_fd_max(struct task_struct *task)
{
	return task->files ? files_fdtable(task->files)->max_fds : 0;
}

typedef struct dentry *instantiate_t(struct dentry *, struct task_struct *,
				     struct file *, unsigned int fd);

static struct dentry *proc_fd_instantiate(struct dentry *dentry,
					  struct task_struct *task,
					  struct file *file, unsigned int fd)
{
	struct inode *inode;
	umode_t mode = S_IFLNK;

	if (file->f_mode & FMODE_READ)
		mode |= S_IRUSR | S_IXUSR;
	if (file->f_mode & FMODE_WRITE)
		mode |= S_IWUSR | S_IXUSR;
	inode = proc_pid_make_inode(dentry->d_sb, task, mode);
	if (!inode)
		return ERR_PTR(-ENOENT);
	PROC_I(inode)->fd = fd;
	PROC_I(inode)->op.proc_get_link = proc_fd_link;
	inode->i_op = &proc_pid_link_inode_operations;
	inode->i_size = 64;
	return d_splice_alias(inode, dentry);
}

static const struct file_operations proc_fdinfo_file_operations;

static struct dentry *proc_fdinfo_instantiate(struct dentry *dentry,
					      struct task_struct *task,
					      struct file *file,
					      unsigned int fd)
{
	struct inode *inode;

	inode = proc_pid_make_inode(dentry->d_sb, task, S_IFREG | S_IRUGO);
	if (!inode)
		return ERR_PTR(-ENOENT);
	PROC_I(inode)->fd = fd;
	inode->i_fop = &proc_fdinfo_file_operations;
	return d_splice_alias(inode, dentry);
}

static struct dentry *proc_lookupfd_common(struct inode *dir,
					   struct dentry *dentry,
					   instantiate_t instantiate)
{
	struct task_struct *task = get_proc_task(dir);
	struct dentry *result = ERR_PTR(-ENOENT);
	unsigned int fd = 0, i;
	struct file *file;

	for (i = 0; i < dentry->d_name.len; i++) {
		unsigned int c = dentry->d_name.name[i] - '0';

		if (c > 9 || (i && !fd) || fd > 100000000)
			goto out;
		fd = fd * 10 + c;
	}
	if (!task || !dentry->d_name.len)
		goto out;
	file = proc_fd_get_file(dir, fd);
	if (file) {
		result = instantiate(dentry, task, file, fd);
		fput(file);
	}
out:
	if (task)
		put_task_struct(task);
	return result;
}

/* The open descriptors in order; ctx->pos is fd + 2. */
static int proc_readfd_common(struct file *file, struct dir_context *ctx,
			      unsigned char type)
{
	struct task_struct *task = get_proc_task(file_inode(file));
	unsigned int fd;
	char name[11];

	if (!task)
		return -ENOENT;
	if (!dir_emit_dots(file, ctx))
		goto out;
	for (fd = ctx->pos - 2; fd < proc_fd_max(task); fd++, ctx->pos++) {
		int len;

		if (!files_lookup_fd_raw(task->files, fd))
			continue;
		len = snprintf(name, sizeof(name), "%u", fd);
		if (!dir_emit(ctx, name, len, 1, type))
			break;
	}
out:
	put_task_struct(task);
	return 0;
}

static int proc_readfd(struct file *file, struct dir_context *ctx)
{
	return proc_readfd_common(file, ctx, DT_LNK);
}

static struct dentry *proc_lookupfd(struct inode *dir, struct dentry *dentry,
				    unsigned int flags)
{
	return proc_lookupfd_common(dir, dentry, proc_fd_instantiate);
}

const struct file_operations proc_fd_operations = {
	.read		= generic_read_dir,
	.iterate_shared	= proc_readfd,
	.llseek		= generic_file_llseek,
};

const struct inode_operations proc_fd_inode_operations = {
	.lookup		= proc_lookupfd,
};

static int proc_readfdinfo(struct file *file, struct dir_context *ctx)
{
	return proc_readfd_common(file, ctx, DT_REG);
}

static struct dentry *proc_lookupfdinfo(struct inode *dir,
					struct dentry *dentry,
					unsigned int flags)
{
	return proc_lookupfd_common(dir, dentry, proc_fdinfo_instantiate);
}

const struct file_operations proc_fdinfo_operations = {
	.read		= generic_read_dir,
	.iterate_shared	= proc_readfdinfo,
	.llseek		= generic_file_llseek,
};

const struct inode_operations proc_fdinfo_inode_operations = {
	.lookup		= proc_lookupfdinfo,
};

static int seq_show(struct seq_file *m, void *v)
{
	struct inode *inode = m->private;
	struct task_struct *task = get_proc_task(inode);
	unsigned int fd = PROC_I(inode)->fd;
	unsigned int f_flags;
	struct file *file;

	if (!task)
		return -ENOENT;
	file = task->files ? files_lookup_fd_raw(task->files, fd) : NULL;
	if (!file) {
		put_task_struct(task);
		return -ENOENT;
	}
	f_flags = file->f_flags;
	if (close_on_exec(fd, files_fdtable(task->files)))
		f_flags |= O_CLOEXEC;
	seq_printf(m, "pos:\t%lli\nflags:\t0%o\nmnt_id:\t%i\nino:\t%lu\n",
		   (long long)file->f_pos, f_flags,
		   real_mount(file->f_path.mnt)->mnt_id,
		   file_inode(file)->i_ino);
	put_task_struct(task);
	return 0;
}

static int seq_fdinfo_open(struct inode *inode, struct file *file)
{
	return single_open(file, seq_show, inode);
}

static const struct file_operations proc_fdinfo_file_operations = {
	.open		= seq_fdinfo_open,
	.read		= seq_read,
	.llseek		= seq_lseek,
	.release	= single_release,
};

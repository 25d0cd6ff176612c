// SPDX-License-Identifier: GPL-2.0
/* stat(), fstat(), fstatat() in the arm64 struct stat, and readlinkat(). */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <uapi/asm-generic/stat.h>
#include "mount.h"

int vfs_getattr(const struct path *path, struct kstat *stat, u32 request_mask,
		unsigned int query_flags)
{
	struct inode *inode = d_inode(path->dentry);

	memset(stat, 0, sizeof(*stat));
	stat->result_mask = 0x7ff;
	stat->mnt_id = real_mount(path->mnt)->mnt_id;
	if (inode->i_op && inode->i_op->getattr)
		return inode->i_op->getattr(&init_user_ns, path, stat,
					    request_mask, query_flags);
	generic_fillattr(&init_user_ns, inode, stat);
	return 0;
}

static int cp_new_stat(struct kstat *stat, struct stat __user *statbuf)
{
	struct stat tmp;

	memset(&tmp, 0, sizeof(tmp));
	tmp.st_dev = new_encode_dev(stat->dev);
	tmp.st_ino = stat->ino;
	tmp.st_mode = stat->mode;
	tmp.st_nlink = stat->nlink;
	tmp.st_uid = stat->uid;
	tmp.st_gid = stat->gid;
	tmp.st_rdev = new_encode_dev(stat->rdev);
	tmp.st_size = stat->size;
	tmp.st_atime = stat->atime.tv_sec;
	tmp.st_mtime = stat->mtime.tv_sec;
	tmp.st_ctime = stat->ctime.tv_sec;
	tmp.st_atime_nsec = stat->atime.tv_nsec;
	tmp.st_mtime_nsec = stat->mtime.tv_nsec;
	tmp.st_ctime_nsec = stat->ctime.tv_nsec;
	tmp.st_blocks = stat->blocks;
	tmp.st_blksize = stat->blksize;
	return copy_to_user(statbuf, &tmp, sizeof(tmp)) ? -EFAULT : 0;
}

static int vfs_fstat(int fd, struct kstat *stat)
{
	struct file *f = fget_raw(fd);
	int error;

	if (!f)
		return -EBADF;
	error = vfs_getattr(&f->f_path, stat, 0x7ff, 0);
	fput(f);
	return error;
}

static int vfs_statx(int dfd, const char __user *filename, int flags,
		     struct kstat *stat)
{
	unsigned int lookup_flags = LOOKUP_FOLLOW;
	struct path path;
	int empty = 0, error;

	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH |
		      AT_STATX_SYNC_TYPE))
		return -EINVAL;
	if (flags & AT_SYMLINK_NOFOLLOW)
		lookup_flags &= ~LOOKUP_FOLLOW;
	if (flags & AT_EMPTY_PATH)
		lookup_flags |= LOOKUP_EMPTY;
	error = user_path_at_empty(dfd, filename, lookup_flags, &path, &empty);
	if (error)
		return error;
	error = vfs_getattr(&path, stat, 0x7ff, flags);
	path_put(&path);
	return error;
}

SYSCALL_DEFINE4(newfstatat, int, dfd, const char __user *, filename,
		struct stat __user *, statbuf, int, flag)
{
	struct kstat stat;
	int error = vfs_statx(dfd, filename, flag, &stat);

	if (error)
		return error;
	return cp_new_stat(&stat, statbuf);
}

SYSCALL_DEFINE2(newfstat, unsigned int, fd, struct stat __user *, statbuf)
{
	struct kstat stat;
	int error = vfs_fstat(fd, &stat);

	if (!error)
		error = cp_new_stat(&stat, statbuf);
	return error;
}

SYSCALL_DEFINE4(readlinkat, int, dfd, const char __user *, pathname,
		char __user *, buf, int, bufsiz)
{
	struct path path;
	struct inode *inode;
	int error, empty = 0;

	if (bufsiz <= 0)
		return -EINVAL;
	error = user_path_at_empty(dfd, pathname, LOOKUP_EMPTY, &path, &empty);
	if (error)
		return error;
	inode = d_inode(path.dentry);
	error = empty ? -ENOENT : -EINVAL;
	if (inode->i_op && (inode->i_op->readlink || inode->i_op->get_link) &&
	    S_ISLNK(inode->i_mode))
		error = vfs_readlink(path.dentry, buf, bufsiz);
	path_put(&path);
	return error;
}

// SPDX-License-Identifier: GPL-2.0
/*
 * stat(), fstat(), fstatat() in the generic 64-bit struct stat (arm64),
 * stat64() and friends in a 32-bit architecture's struct stat64 (arm),
 * statx(), and readlinkat().
 */
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
#if BITS_PER_LONG == 32
#include <asm/stat.h>
#endif
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

static __always_inline int vfs_statx(int dfd, const char __user *filename,
				    int flags, struct kstat *stat)
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

/* statx(2): struct statx, the same on every architecture */
struct statx_timestamp {
	s64 tv_sec;
	u32 tv_nsec;
	s32 __reserved;
};

struct statx {
	u32 stx_mask;
	u32 stx_blksize;
	u64 stx_attributes;
	u32 stx_nlink;
	u32 stx_uid;
	u32 stx_gid;
	u16 stx_mode;
	u16 __spare0[1];
	u64 stx_ino;
	u64 stx_size;
	u64 stx_blocks;
	u64 stx_attributes_mask;
	struct statx_timestamp stx_atime, stx_btime, stx_ctime, stx_mtime;
	u32 stx_rdev_major;
	u32 stx_rdev_minor;
	u32 stx_dev_major;
	u32 stx_dev_minor;
	u64 stx_mnt_id;
	u64 __spare2;
	u64 __spare3[12];
};

#define STATX_BASIC_STATS	0x000007ffU
#define STATX_MNT_ID		0x00001000U
#define STATX__RESERVED		0x80000000U

static void statx_time(struct statx_timestamp *to, const struct timespec64 *from)
{
	to->tv_sec = from->tv_sec;
	to->tv_nsec = from->tv_nsec;
}

static int cp_statx(const struct kstat *stat, struct statx __user *buffer)
{
	struct statx tmp;

	memset(&tmp, 0, sizeof(tmp));
	tmp.stx_mask = (stat->result_mask & STATX_BASIC_STATS) | STATX_MNT_ID;
	tmp.stx_blksize = stat->blksize;
	tmp.stx_attributes = stat->attributes;
	tmp.stx_nlink = stat->nlink;
	tmp.stx_uid = stat->uid;
	tmp.stx_gid = stat->gid;
	tmp.stx_mode = stat->mode;
	tmp.stx_ino = stat->ino;
	tmp.stx_size = stat->size;
	tmp.stx_blocks = stat->blocks;
	tmp.stx_attributes_mask = stat->attributes_mask;
	statx_time(&tmp.stx_atime, &stat->atime);
	statx_time(&tmp.stx_btime, &stat->btime);
	statx_time(&tmp.stx_ctime, &stat->ctime);
	statx_time(&tmp.stx_mtime, &stat->mtime);
	tmp.stx_rdev_major = MAJOR(stat->rdev);
	tmp.stx_rdev_minor = MINOR(stat->rdev);
	tmp.stx_dev_major = MAJOR(stat->dev);
	tmp.stx_dev_minor = MINOR(stat->dev);
	tmp.stx_mnt_id = stat->mnt_id;
	return copy_to_user(buffer, &tmp, sizeof(tmp)) ? -EFAULT : 0;
}

SYSCALL_DEFINE5(statx, int, dfd, const char __user *, filename,
		unsigned int, flags, unsigned int, mask,
		struct statx __user *, buffer)
{
	struct kstat stat;
	int error;

	if (mask & STATX__RESERVED)
		return -EINVAL;
	if ((flags & AT_STATX_SYNC_TYPE) == AT_STATX_SYNC_TYPE)
		return -EINVAL;
	error = vfs_statx(dfd, filename, flags, &stat);
	if (error)
		return error;
	return cp_statx(&stat, buffer);
}

#ifdef __ARCH_WANT_STAT64
static long cp_new_stat64(struct kstat *stat, struct stat64 __user *statbuf)
{
	struct stat64 tmp;

	memset(&tmp, 0, sizeof(tmp));
	tmp.st_dev = new_encode_dev(stat->dev);
	tmp.st_rdev = new_encode_dev(stat->rdev);
	tmp.st_ino = stat->ino;
	tmp.__st_ino = stat->ino;
	tmp.st_mode = stat->mode;
	tmp.st_nlink = stat->nlink;
	tmp.st_uid = stat->uid;
	tmp.st_gid = stat->gid;
	tmp.st_atime = stat->atime.tv_sec;
	tmp.st_atime_nsec = stat->atime.tv_nsec;
	tmp.st_mtime = stat->mtime.tv_sec;
	tmp.st_mtime_nsec = stat->mtime.tv_nsec;
	tmp.st_ctime = stat->ctime.tv_sec;
	tmp.st_ctime_nsec = stat->ctime.tv_nsec;
	tmp.st_size = stat->size;
	tmp.st_blocks = stat->blocks;
	tmp.st_blksize = stat->blksize;
	return copy_to_user(statbuf, &tmp, sizeof(tmp)) ? -EFAULT : 0;
}

SYSCALL_DEFINE2(stat64, const char __user *, filename,
		struct stat64 __user *, statbuf)
{
	struct kstat stat;
	int error = vfs_statx(AT_FDCWD, filename, 0, &stat);

	return error ? error : cp_new_stat64(&stat, statbuf);
}

SYSCALL_DEFINE2(lstat64, const char __user *, filename,
		struct stat64 __user *, statbuf)
{
	struct kstat stat;
	int error = vfs_statx(AT_FDCWD, filename, AT_SYMLINK_NOFOLLOW, &stat);

	return error ? error : cp_new_stat64(&stat, statbuf);
}

SYSCALL_DEFINE2(fstat64, unsigned long, fd, struct stat64 __user *, statbuf)
{
	struct kstat stat;
	int error = vfs_fstat(fd, &stat);

	return error ? error : cp_new_stat64(&stat, statbuf);
}

SYSCALL_DEFINE4(fstatat64, int, dfd, const char __user *, filename,
		struct stat64 __user *, statbuf, int, flag)
{
	struct kstat stat;
	int error = vfs_statx(dfd, filename, flag, &stat);

	return error ? error : cp_new_stat64(&stat, statbuf);
}
#endif

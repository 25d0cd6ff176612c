// SPDX-License-Identifier: GPL-2.0
/*
 * open(), close(), and the calls that change a file or the process's
 * place in the tree: truncate, access, chdir, chroot, chmod, chown.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/errno.h>
#include <linux/dcache.h>
#include <linux/fdtable.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include "internal.h"

int do_truncate(struct dentry *dentry, loff_t length, unsigned int time_attrs,
		struct file *filp)
{
	struct iattr newattrs;

	if (length < 0)
		return -EINVAL;
	newattrs.ia_size = length;
	newattrs.ia_valid = ATTR_SIZE | time_attrs;
	return notify_change(dentry, &newattrs);
}

int vfs_truncate(const struct path *path, loff_t length)
{
	struct inode *inode = path->dentry->d_inode;
	int err;

	if (S_ISDIR(inode->i_mode))
		return -EISDIR;
	if (!S_ISREG(inode->i_mode))
		return -EINVAL;
	if (path->mnt->mnt_flags & MNT_READONLY)
		return -EROFS;
	err = inode_permission(&init_user_ns, inode, MAY_WRITE);
	if (err)
		return err;
	return do_truncate(path->dentry, length, ATTR_MTIME | ATTR_CTIME, NULL);
}

SYSCALL_DEFINE2(truncate, const char __user *, path, long, length)
{
	struct path p;
	int err = user_path_at(AT_FDCWD, path, LOOKUP_FOLLOW, &p);

	if (err)
		return err;
	err = vfs_truncate(&p, length);
	path_put(&p);
	return err;
}

long do_sys_ftruncate(unsigned int fd, loff_t length)
{
	struct file *f;
	struct inode *inode;
	long err;

	if (length < 0)
		return -EINVAL;
	f = fget(fd);
	if (!f)
		return -EBADF;
	inode = file_inode(f);
	err = -EINVAL;
	if (!S_ISREG(inode->i_mode) || !(f->f_mode & FMODE_WRITE))
		goto out;
	err = -EPERM;
	if (f->f_flags & O_APPEND)
		goto out;
	err = do_truncate(f->f_path.dentry, length, ATTR_MTIME | ATTR_CTIME, f);
out:
	fput(f);
	return err;
}

SYSCALL_DEFINE2(ftruncate, unsigned int, fd, unsigned long, length)
{
	return do_sys_ftruncate(fd, length);
}

SYSCALL_DEFINE4(fallocate, int, fd, int, mode, loff_t, offset, loff_t, len)
{
	struct file *f = fget(fd);
	struct inode *inode;
	long err = 0;

	if (!f)
		return -EBADF;
	inode = file_inode(f);
	if (offset < 0 || len <= 0)
		err = -EINVAL;
	else if (!(f->f_mode & FMODE_WRITE))
		err = -EBADF;
	else if (!S_ISREG(inode->i_mode))
		err = S_ISDIR(inode->i_mode) ? -EISDIR : -ENODEV;
	else if (mode)
		err = -EOPNOTSUPP;
	else if (offset + len > inode->i_size)
		err = do_truncate(f->f_path.dentry, offset + len, 0, f);
	fput(f);
	return err;
}

/* R_OK, W_OK and X_OK are MAY_READ, MAY_WRITE and MAY_EXEC; F_OK (0) only looks the name up. */
static long do_faccessat(int dfd, const char __user *filename, int mode, int flags)
{
	unsigned int lookup_flags = LOOKUP_FOLLOW;
	struct path path;
	int err;

	if (mode & ~7)
		return -EINVAL;
	if (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	if (flags & AT_SYMLINK_NOFOLLOW)
		lookup_flags &= ~LOOKUP_FOLLOW;
	if (flags & AT_EMPTY_PATH)
		lookup_flags |= LOOKUP_EMPTY;
	err = user_path_at(dfd, filename, lookup_flags, &path);
	if (err)
		return err;
	err = mode ? inode_permission(&init_user_ns, path.dentry->d_inode, mode) : 0;
	path_put(&path);
	return err;
}

/* faccessat(2) has no flags argument: glibc's access() leaves x3 as it finds it. */
SYSCALL_DEFINE3(faccessat, int, dfd, const char __user *, filename, int, mode)
{
	return do_faccessat(dfd, filename, mode, 0);
}

SYSCALL_DEFINE4(faccessat2, int, dfd, const char __user *, filename, int, mode,
		int, flags)
{
	return do_faccessat(dfd, filename, mode, flags);
}

static int set_cwd(const struct path *path)
{
	int err;

	if (!d_is_dir(path->dentry))
		return -ENOTDIR;
	err = inode_permission(&init_user_ns, path->dentry->d_inode,
			       MAY_EXEC | MAY_CHDIR);
	if (!err)
		set_fs_pwd(current->fs, path);
	return err;
}

long ksys_chdir(const char *filename)
{
	struct path path;
	int err = kern_path(filename, LOOKUP_FOLLOW | LOOKUP_DIRECTORY, &path);

	if (err)
		return err;
	err = set_cwd(&path);
	path_put(&path);
	return err;
}

SYSCALL_DEFINE1(chdir, const char __user *, filename)
{
	struct path path;
	int err = user_path_at(AT_FDCWD, filename,
			       LOOKUP_FOLLOW | LOOKUP_DIRECTORY, &path);

	if (err)
		return err;
	err = set_cwd(&path);
	path_put(&path);
	return err;
}

SYSCALL_DEFINE1(fchdir, unsigned int, fd)
{
	struct file *f = fget_raw(fd);
	int err;

	if (!f)
		return -EBADF;
	err = set_cwd(&f->f_path);
	fput(f);
	return err;
}

SYSCALL_DEFINE1(chroot, const char __user *, filename)
{
	struct path path;
	int err = user_path_at(AT_FDCWD, filename,
			       LOOKUP_FOLLOW | LOOKUP_DIRECTORY, &path);

	if (err)
		return err;
	if (d_is_dir(path.dentry))
		set_fs_root(current->fs, &path);
	else
		err = -ENOTDIR;
	path_put(&path);
	return err;
}

static int chmod_common(const struct path *path, umode_t mode)
{
	struct iattr newattrs;

	if (path->mnt->mnt_flags & MNT_READONLY)
		return -EROFS;
	newattrs.ia_mode = (mode & S_IALLUGO) |
			   (path->dentry->d_inode->i_mode & ~S_IALLUGO);
	newattrs.ia_valid = ATTR_MODE | ATTR_CTIME;
	return notify_change(path->dentry, &newattrs);
}

SYSCALL_DEFINE2(fchmod, unsigned int, fd, umode_t, mode)
{
	struct file *f = fget(fd);
	int err;

	if (!f)
		return -EBADF;
	err = chmod_common(&f->f_path, mode);
	fput(f);
	return err;
}

SYSCALL_DEFINE3(fchmodat, int, dfd, const char __user *, filename,
		umode_t, mode)
{
	struct path path;
	int err = user_path_at(dfd, filename, LOOKUP_FOLLOW, &path);

	if (err)
		return err;
	err = chmod_common(&path, mode);
	path_put(&path);
	return err;
}

static int chown_common(const struct path *path, uid_t user, gid_t group)
{
	struct inode *inode = path->dentry->d_inode;
	struct iattr newattrs;

	if (path->mnt->mnt_flags & MNT_READONLY)
		return -EROFS;
	newattrs.ia_valid = ATTR_CTIME;
	if (user != (uid_t)-1) {
		newattrs.ia_valid |= ATTR_UID;
		newattrs.ia_uid = user;
	}
	if (group != (gid_t)-1) {
		newattrs.ia_valid |= ATTR_GID;
		newattrs.ia_gid = group;
	}
	/* chown clears set-user-ID (and set-group-ID when group-executable) */
	if (!S_ISDIR(inode->i_mode) && (newattrs.ia_valid & (ATTR_UID | ATTR_GID)) &&
	    is_sxid(inode->i_mode)) {
		newattrs.ia_valid |= ATTR_MODE;
		newattrs.ia_mode = inode->i_mode & ~S_ISUID;
		if (inode->i_mode & S_IXGRP)
			newattrs.ia_mode &= ~S_ISGID;
	}
	return notify_change(path->dentry, &newattrs);
}

SYSCALL_DEFINE5(fchownat, int, dfd, const char __user *, filename, uid_t, user,
		gid_t, group, int, flag)
{
	struct path path;
	int err;

	if (flag & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	err = user_path_at(dfd, filename,
			   (flag & AT_SYMLINK_NOFOLLOW ? 0 : LOOKUP_FOLLOW) |
			   (flag & AT_EMPTY_PATH ? LOOKUP_EMPTY : 0), &path);
	if (err)
		return err;
	err = chown_common(&path, user, group);
	path_put(&path);
	return err;
}

SYSCALL_DEFINE3(fchown, unsigned int, fd, uid_t, user, gid_t, group)
{
	struct file *f = fget(fd);
	int err;

	if (!f)
		return -EBADF;
	err = chown_common(&f->f_path, user, group);
	fput(f);
	return err;
}

#define VALID_OPEN_FLAGS \
	(O_RDONLY | O_WRONLY | O_RDWR | O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | \
	 O_APPEND | O_NDELAY | O_NONBLOCK | __O_SYNC | O_DSYNC | FASYNC | \
	 O_DIRECT | O_LARGEFILE | O_DIRECTORY | O_NOFOLLOW | O_NOATIME | \
	 O_CLOEXEC | O_PATH | __O_TMPFILE)

struct file *filp_open(const char *filename, int flags, umode_t mode)
{
	return do_filp_open(AT_FDCWD, filename, flags, mode);
}

long do_sys_open(int dfd, const char __user *filename, int flags, umode_t mode)
{
	char *name;
	struct file *f;
	int fd;

	flags &= VALID_OPEN_FLAGS;
	if (flags & __O_TMPFILE)
		return -EOPNOTSUPP;
	if (flags & O_PATH)
		flags &= O_DIRECTORY | O_NOFOLLOW | O_PATH | O_CLOEXEC;
	if (!(flags & O_CREAT))
		mode = 0;
	name = getname(filename);
	if (IS_ERR(name))
		return PTR_ERR(name);
	fd = get_unused_fd_flags(flags);
	if (fd >= 0) {
		f = do_filp_open(dfd, name, flags, mode);
		if (IS_ERR(f)) {
			put_unused_fd(fd);
			fd = PTR_ERR(f);
		} else {
			fd_install(fd, f);
		}
	}
	putname(name);
	return fd;
}

SYSCALL_DEFINE4(openat, int, dfd, const char __user *, filename, int, flags,
		umode_t, mode)
{
	return do_sys_open(dfd, filename, flags | O_LARGEFILE, mode);
}

SYSCALL_DEFINE1(close, unsigned int, fd)
{
	int retval = close_fd(fd);

	/* an interrupted close has closed the file all the same */
	if (retval == -ERESTARTSYS || retval == -ERESTARTNOINTR ||
	    retval == -ERESTARTNOHAND || retval == -ERESTART_RESTARTBLOCK)
		retval = -EINTR;
	return retval;
}

int generic_file_open(struct inode *inode, struct file *filp)
{
	return 0;
}

int nonseekable_open(struct inode *inode, struct file *filp)
{
	filp->f_mode &= ~(FMODE_LSEEK | FMODE_PREAD | FMODE_PWRITE);
	return 0;
}
EXPORT_SYMBOL(nonseekable_open);

int stream_open(struct inode *inode, struct file *filp)
{
	filp->f_mode &= ~(FMODE_LSEEK | FMODE_PREAD | FMODE_PWRITE |
			  FMODE_ATOMIC_POS);
	filp->f_mode |= FMODE_STREAM;
	return 0;
}
EXPORT_SYMBOL(stream_open);

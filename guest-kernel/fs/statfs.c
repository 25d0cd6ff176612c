// SPDX-License-Identifier: GPL-2.0
/*
 * statfs(), fstatfs() (and the 32-bit ABIs' statfs64(), fstatfs64()):
 * what the filesystem says, with the mount's flags.
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

struct statfs64 {
	long f_type;
	long f_bsize;
	u64 f_blocks;
	u64 f_bfree;
	u64 f_bavail;
	u64 f_files;
	u64 f_ffree;
	struct { int val[2]; } f_fsid;
	long f_namelen;
	long f_frsize;
	long f_flags;
	long f_spare[4];
};

static int calculate_f_flags(struct vfsmount *mnt)
{
	int flags = ST_VALID;
	int m = mnt->mnt_flags;
	unsigned long s = mnt->mnt_sb->s_flags;

	if ((m & MNT_READONLY) || (s & SB_RDONLY))
		flags |= ST_RDONLY;
	if (m & MNT_NOSUID)
		flags |= ST_NOSUID;
	if (m & MNT_NODEV)
		flags |= ST_NODEV;
	if (m & MNT_NOEXEC)
		flags |= ST_NOEXEC;
	if (m & MNT_NOATIME)
		flags |= ST_NOATIME;
	if (m & MNT_NODIRATIME)
		flags |= ST_NODIRATIME;
	if (m & MNT_RELATIME)
		flags |= ST_RELATIME;
	if (s & SB_SYNCHRONOUS)
		flags |= ST_SYNCHRONOUS;
	return flags;
}

int vfs_statfs(const struct path *path, struct kstatfs *buf)
{
	struct super_block *sb = path->dentry->d_sb;
	int err;

	memset(buf, 0, sizeof(*buf));
	if (!sb->s_op || !sb->s_op->statfs)
		return -ENOSYS;
	err = sb->s_op->statfs(path->dentry, buf);
	if (err)
		return err;
	if (!buf->f_frsize)
		buf->f_frsize = buf->f_bsize;
	buf->f_flags = calculate_f_flags(path->mnt);
	return 0;
}

static int put_statfs(struct kstatfs *st, struct statfs64 __user *p, size_t size)
{
	struct statfs64 buf;

	memset(&buf, 0, sizeof(buf));
	buf.f_type = st->f_type;
	buf.f_bsize = st->f_bsize;
	buf.f_blocks = st->f_blocks;
	buf.f_bfree = st->f_bfree;
	buf.f_bavail = st->f_bavail;
	buf.f_files = st->f_files;
	buf.f_ffree = st->f_ffree;
	buf.f_fsid.val[0] = st->f_fsid.val[0];
	buf.f_fsid.val[1] = st->f_fsid.val[1];
	buf.f_namelen = st->f_namelen;
	buf.f_frsize = st->f_frsize;
	buf.f_flags = st->f_flags;
	return copy_to_user(p, &buf, size) ? -EFAULT : 0;
}

static long do_statfs(const char __user *pathname, struct statfs64 __user *buf, size_t size)
{
	struct kstatfs st;
	struct path path;
	int error = user_path_at(AT_FDCWD, pathname, LOOKUP_FOLLOW, &path);

	if (error)
		return error;
	error = vfs_statfs(&path, &st);
	path_put(&path);
	return error ? error : put_statfs(&st, buf, size);
}

static long do_fstatfs(unsigned int fd, struct statfs64 __user *buf, size_t size)
{
	struct kstatfs st;
	struct file *f = fget_raw(fd);
	int error;

	if (!f)
		return -EBADF;
	error = vfs_statfs(&f->f_path, &st);
	fput(f);
	return error ? error : put_statfs(&st, buf, size);
}

SYSCALL_DEFINE2(statfs, const char __user *, pathname, struct statfs64 __user *, buf)
{
	return do_statfs(pathname, buf, sizeof(*buf));
}

SYSCALL_DEFINE2(fstatfs, unsigned int, fd, struct statfs64 __user *, buf)
{
	return do_fstatfs(fd, buf, sizeof(*buf));
}

#if BITS_PER_LONG == 32
/* The ABI's struct statfs64 ends at f_spare: no tail padding (ARM's is packed). */
#define STATFS64_SIZE	(offsetof(struct statfs64, f_spare) + \
			 sizeof(((struct statfs64 *)0)->f_spare))

SYSCALL_DEFINE3(statfs64, const char __user *, pathname, size_t, sz,
		struct statfs64 __user *, buf)
{
	if (sz != STATFS64_SIZE)
		return -EINVAL;
	return do_statfs(pathname, buf, sz);
}

SYSCALL_DEFINE3(fstatfs64, unsigned int, fd, size_t, sz,
		struct statfs64 __user *, buf)
{
	if (sz != STATFS64_SIZE)
		return -EINVAL;
	return do_fstatfs(fd, buf, sz);
}
#endif

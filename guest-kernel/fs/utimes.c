// SPDX-License-Identifier: GPL-2.0
/* utimensat(): set access and modification times (UTIME_NOW, UTIME_OMIT). */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>

#define UTIME_NOW	((1l << 30) - 1l)
#define UTIME_OMIT	((1l << 30) - 2l)

static bool nsec_valid(long nsec)
{
	return nsec == UTIME_OMIT || nsec == UTIME_NOW ||
	       (nsec >= 0 && nsec <= 999999999);
}

static int utimes_common(const struct path *path, struct timespec64 *times)
{
	struct iattr newattrs;

	if (path->mnt->mnt_flags & MNT_READONLY)
		return -EROFS;
	newattrs.ia_valid = ATTR_CTIME | ATTR_MTIME | ATTR_ATIME;
	if (times) {
		if (times[0].tv_nsec == UTIME_OMIT)
			newattrs.ia_valid &= ~ATTR_ATIME;
		else if (times[0].tv_nsec != UTIME_NOW) {
			newattrs.ia_atime = times[0];
			newattrs.ia_valid |= ATTR_ATIME_SET;
		}
		if (times[1].tv_nsec == UTIME_OMIT)
			newattrs.ia_valid &= ~ATTR_MTIME;
		else if (times[1].tv_nsec != UTIME_NOW) {
			newattrs.ia_mtime = times[1];
			newattrs.ia_valid |= ATTR_MTIME_SET;
		}
	}
	newattrs.ia_valid |= ATTR_TOUCH;
	return notify_change(path->dentry, &newattrs);
}

/* utimensat() with the times read already (or none: now), as Linux's do_utimes(). */
static long do_utimes(int dfd, const char __user *filename, struct timespec64 *times, int flags)
{
	struct path path;
	int error;

	if (times) {
		if (!nsec_valid(times[0].tv_nsec) || !nsec_valid(times[1].tv_nsec))
			return -EINVAL;
		if (times[0].tv_nsec == UTIME_OMIT && times[1].tv_nsec == UTIME_OMIT)
			return 0;
	}
	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	if (!filename) {
		struct file *f = fget(dfd);

		if (!f)
			return -EBADF;
		error = utimes_common(&f->f_path, times);
		fput(f);
		return error;
	}
	error = user_path_at(dfd, filename,
			     (flags & AT_SYMLINK_NOFOLLOW ? 0 : LOOKUP_FOLLOW) |
			     (flags & AT_EMPTY_PATH ? LOOKUP_EMPTY : 0), &path);
	if (error)
		return error;
	error = utimes_common(&path, times);
	path_put(&path);
	return error;
}

SYSCALL_DEFINE4(utimensat, int, dfd, const char __user *, filename,
		struct __kernel_timespec __user *, utimes, int, flags)
{
	struct timespec64 tstimes[2];

	if (utimes && (get_timespec64(&tstimes[0], &utimes[0]) ||
		       get_timespec64(&tstimes[1], &utimes[1])))
		return -EFAULT;
	return do_utimes(dfd, filename, utimes ? tstimes : NULL, flags);
}

#ifdef CONFIG_COMPAT_32BIT_TIME
/* The 32-bit time one, which glibc calls on 32-bit ARM while the times fit. */
SYSCALL_DEFINE4(utimensat_time32, unsigned int, dfd, const char __user *, filename,
		struct old_timespec32 __user *, t, int, flags)
{
	struct timespec64 tv[2];

	if (t && (get_old_timespec32(&tv[0], &t[0]) ||
		  get_old_timespec32(&tv[1], &t[1])))
		return -EFAULT;
	return do_utimes(dfd, filename, t ? tv : NULL, flags);
}
#endif

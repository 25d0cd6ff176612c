// SPDX-License-Identifier: GPL-2.0
/* ioctl(): the generic file ioctls here, the rest to the file's driver. */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <uapi/asm-generic/ioctls.h>

static int ioctl_fionbio(struct file *filp, int __user *argp)
{
	int on;

	if (get_user(on, argp))
		return -EFAULT;
	if (on)
		filp->f_flags |= O_NONBLOCK;
	else
		filp->f_flags &= ~O_NONBLOCK;
	return 0;
}

/* FIOASYNC: O_ASYNC on or off, through the driver's ->fasync(). */
static int ioctl_fioasync(unsigned int fd, struct file *filp,
			  int __user *argp)
{
	unsigned int flag;
	int on, error;

	error = get_user(on, argp);
	if (error)
		return error;
	flag = on ? FASYNC : 0;
	if ((flag ^ filp->f_flags) & FASYNC) {
		if (filp->f_op && filp->f_op->fasync)
			error = filp->f_op->fasync(fd, filp, on);
		else
			error = -ENOTTY;
	}
	return error < 0 ? error : 0;
}

static long vfs_ioctl(struct file *filp, unsigned int cmd, unsigned long arg)
{
	long error;

	if (!filp->f_op || !filp->f_op->unlocked_ioctl)
		return -ENOTTY;
	error = filp->f_op->unlocked_ioctl(filp, cmd, arg);
	if (error == -ENOIOCTLCMD)
		error = -ENOTTY;
	return error;
}

static long do_vfs_ioctl(struct file *filp, unsigned int fd, unsigned int cmd,
			 unsigned long arg)
{
	struct inode *inode = file_inode(filp);

	switch (cmd) {
	case FIOCLEX:
		set_close_on_exec(fd, 1);
		return 0;
	case FIONCLEX:
		set_close_on_exec(fd, 0);
		return 0;
	case FIONBIO:
		return ioctl_fionbio(filp, (int __user *)arg);
	case FIOASYNC:
		return ioctl_fioasync(fd, filp, (int __user *)arg);
	case FIOQSIZE:
		if (S_ISDIR(inode->i_mode) || S_ISREG(inode->i_mode) ||
		    S_ISLNK(inode->i_mode))
			return copy_to_user((loff_t __user *)arg, &inode->i_size,
					    sizeof(loff_t)) ? -EFAULT : 0;
		return -ENOTTY;
	case FIONREAD:
		if (S_ISREG(inode->i_mode)) {
			int n = i_size_read(inode) - filp->f_pos;

			return put_user(n < 0 ? 0 : n, (int __user *)arg);
		}
		break;
	}
	return -ENOIOCTLCMD;
}

SYSCALL_DEFINE3(ioctl, unsigned int, fd, unsigned int, cmd, unsigned long, arg)
{
	struct file *f = fget(fd);
	long error;

	if (!f)
		return -EBADF;
	error = do_vfs_ioctl(f, fd, cmd, arg);
	if (error == -ENOIOCTLCMD)
		error = vfs_ioctl(f, cmd, arg);
	fput(f);
	return error;
}

/*
 * For drivers whose ioctls take a pointer or nothing: a compat task's
 * 32-bit pointer widened (CONFIG_COMPAT, as Debian's arm64 kernel). The
 * board runs no AArch32 tasks, so only a module calls this.
 */
#ifdef CONFIG_COMPAT
long compat_ptr_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	if (!file->f_op->unlocked_ioctl)
		return -ENOIOCTLCMD;
	return file->f_op->unlocked_ioctl(file, cmd, (unsigned long)(u32)arg);
}
EXPORT_SYMBOL(compat_ptr_ioctl);
#endif

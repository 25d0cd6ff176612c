// SPDX-License-Identifier: GPL-2.0
/* fcntl(): descriptor flags, status flags, duplication; locks accepted. */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/pipe_fs_i.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#define SETFL_MASK (O_APPEND | O_NONBLOCK | O_NDELAY | FASYNC | O_DIRECT | O_NOATIME)

static int setfl(int fd, struct file *filp, unsigned int arg)
{
	filp->f_flags = (arg & SETFL_MASK) | (filp->f_flags & ~SETFL_MASK);
	return 0;
}

/* F_GETLK on a file nobody locks: always "unlocked". */
static int getlk(struct file *filp, struct flock __user *l)
{
	struct flock fl;

	if (copy_from_user(&fl, l, sizeof(fl)))
		return -EFAULT;
	if (fl.l_type != F_RDLCK && fl.l_type != F_WRLCK)
		return -EINVAL;
	fl.l_type = F_UNLCK;
	return copy_to_user(l, &fl, sizeof(fl)) ? -EFAULT : 0;
}

static long do_fcntl(int fd, unsigned int cmd, unsigned long arg,
		     struct file *filp)
{
	switch (cmd) {
	case F_DUPFD:
		return f_dupfd(arg, filp, 0);
	case F_DUPFD_CLOEXEC:
		return f_dupfd(arg, filp, O_CLOEXEC);
	case F_GETFD:
		return get_close_on_exec(fd) ? FD_CLOEXEC : 0;
	case F_SETFD:
		set_close_on_exec(fd, arg & FD_CLOEXEC);
		return 0;
	case F_GETFL:
		return filp->f_flags;
	case F_SETFL:
		return setfl(fd, filp, arg);
	case F_GETLK:
	case F_OFD_GETLK:
		return getlk(filp, (struct flock __user *)arg);
	case F_SETLK:
	case F_SETLKW:
	case F_OFD_SETLK:
	case F_OFD_SETLKW:
		return 0;
	case F_GETOWN:
		return 0;
	case F_SETOWN:
		return 0;
	case F_GETSIG:
	case F_SETSIG:
		return 0;
	case F_GETPIPE_SZ:
	case F_SETPIPE_SZ:
		return S_ISFIFO(file_inode(filp)->i_mode) ?
		       PIPE_DEF_BUFFERS * PAGE_SIZE : -EBADF;
	default:
		return -EINVAL;
	}
}

SYSCALL_DEFINE3(fcntl, unsigned int, fd, unsigned int, cmd, unsigned long, arg)
{
	struct file *filp = fget_raw(fd);
	long err;

	if (!filp)
		return -EBADF;
	if ((filp->f_mode & FMODE_PATH) && cmd != F_DUPFD && cmd != F_DUPFD_CLOEXEC &&
	    cmd != F_GETFD && cmd != F_SETFD && cmd != F_GETFL)
		err = -EBADF;
	else
		err = do_fcntl(fd, cmd, arg, filp);
	fput(filp);
	return err;
}

SYSCALL_DEFINE2(flock, unsigned int, fd, unsigned int, cmd)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	fput(f);
	return (cmd & ~(1 | 2 | 4 | 8)) ? -EINVAL : 0;
}

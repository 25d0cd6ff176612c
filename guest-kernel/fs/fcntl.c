// SPDX-License-Identifier: GPL-2.0
/* fcntl(): descriptor flags, status flags, duplication; locks accepted. */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/poll.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/fdtable.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/pipe_fs_i.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#define SETFL_MASK (O_APPEND | O_NONBLOCK | O_NDELAY | FASYNC | O_DIRECT | O_NOATIME)

/* A change of O_ASYNC goes through the driver's ->fasync(), which sets FASYNC. */
static int setfl(int fd, struct file *filp, unsigned int arg)
{
	int error = 0;

	if (((arg ^ filp->f_flags) & FASYNC) && filp->f_op && filp->f_op->fasync) {
		error = filp->f_op->fasync(fd, filp, (arg & FASYNC) != 0);
		if (error < 0)
			return error;
		error = 0;
	}
	filp->f_flags = (arg & SETFL_MASK) | (filp->f_flags & ~SETFL_MASK);
	return error;
}

/* F_SETOWN: a process (pid > 0) or a process group (pid < 0) gets SIGIO. */
static void f_setown(struct file *filp, long who)
{
	filp->f_owner.pid = (struct pid *)who;
	filp->f_owner.pid_type = who < 0 ? PIDTYPE_PGID : PIDTYPE_TGID;
}

static long f_getown(struct file *filp)
{
	return (long)filp->f_owner.pid;
}

static int f_setsig(struct file *filp, unsigned long arg)
{
	if (!valid_signal(arg))
		return -EINVAL;
	filp->f_owner.signum = arg;
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
		return f_getown(filp);
	case F_SETOWN:
		f_setown(filp, (int)arg);
		return 0;
	case F_GETSIG:
		return filp->f_owner.signum;
	case F_SETSIG:
		return f_setsig(filp, arg);
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

/*
 * Asynchronous notification, as Linux's: a driver keeps a list of the
 * files that asked for it (O_ASYNC through ->fasync() and
 * fasync_helper()), and kill_fasync() sends each file's owner SIGIO (or
 * the signal F_SETSIG chose, with why and which fd in its siginfo).
 */
#define FASYNC_MAGIC	0x4601

static const __poll_t band_table[NSIGPOLL] = {
	EPOLLIN | EPOLLRDNORM,			/* POLL_IN */
	EPOLLOUT | EPOLLWRNORM | EPOLLWRBAND,	/* POLL_OUT */
	EPOLLIN | EPOLLRDNORM | EPOLLMSG,	/* POLL_MSG */
	EPOLLERR,				/* POLL_ERR */
	EPOLLPRI | EPOLLRDBAND,			/* POLL_PRI */
	EPOLLHUP | EPOLLERR			/* POLL_HUP */
};

static void send_sigio_to_task(struct task_struct *p, struct fown_struct *fown,
			       int fd, int reason)
{
	int signum = fown->signum;
	siginfo_t si;

	if (signum) {
		memset(&si, 0, sizeof(si));
		si.si_signo = signum;
		si.si_code = reason;
		if (reason < POLL_IN || reason - POLL_IN >= NSIGPOLL)
			si.si_band = ~0L;
		else
			si.si_band = band_table[reason - POLL_IN];
		si.si_fd = fd;
		if (!do_send_sig_info(signum, &si, p))
			return;
	}
	send_sig(SIGIO, p, 1);
}

static void send_sigio(struct fown_struct *fown, int fd, int band)
{
	long who = (long)fown->pid;
	struct task_struct *p;

	if (who > 0) {
		p = find_task_by_vpid(who);
		if (p)
			send_sigio_to_task(p, fown, fd, band);
	} else if (who < 0) {
		for_each_process(p)
			if (p->signal && p->signal->pgrp == -who && !p->exit_state)
				send_sigio_to_task(p, fown, fd, band);
	}
}

struct fasync_struct *fasync_insert_entry(int fd, struct file *filp,
					  struct fasync_struct **fapp,
					  struct fasync_struct *new)
{
	struct fasync_struct *fa;

	for (fa = *fapp; fa; fa = fa->fa_next) {
		if (fa->fa_file != filp)
			continue;
		fa->fa_fd = fd;
		return fa;
	}
	new->magic = FASYNC_MAGIC;
	new->fa_file = filp;
	new->fa_fd = fd;
	new->fa_next = *fapp;
	*fapp = new;
	filp->f_flags |= FASYNC;
	return NULL;
}

int fasync_remove_entry(struct file *filp, struct fasync_struct **fapp)
{
	struct fasync_struct *fa, **fp;

	for (fp = fapp; (fa = *fp) != NULL; fp = &fa->fa_next) {
		if (fa->fa_file != filp)
			continue;
		*fp = fa->fa_next;
		kfree(fa);
		filp->f_flags &= ~FASYNC;
		return 1;
	}
	return 0;
}

/* 1 if an entry was added (or removed), 0 if there was nothing to do. */
int fasync_helper(int fd, struct file *filp, int on,
		  struct fasync_struct **fapp)
{
	struct fasync_struct *new;

	if (!on)
		return fasync_remove_entry(filp, fapp);
	new = kzalloc(sizeof(*new), GFP_KERNEL);
	if (!new)
		return -ENOMEM;
	if (fasync_insert_entry(fd, filp, fapp, new)) {
		kfree(new);
		return 0;
	}
	return 1;
}
EXPORT_SYMBOL(fasync_helper);

void kill_fasync(struct fasync_struct **fp, int sig, int band)
{
	struct fasync_struct *fa;

	for (fa = *fp; fa; fa = fa->fa_next) {
		if (fa->magic != FASYNC_MAGIC) {
			printk(KERN_ERR "kill_fasync: bad magic number in fasync_struct!\n");
			return;
		}
		/* SIGURG goes only to owners that asked for a signal */
		if (fa->fa_file && !(sig == SIGURG && fa->fa_file->f_owner.signum == 0))
			send_sigio(&fa->fa_file->f_owner, fa->fa_fd, band);
	}
}
EXPORT_SYMBOL(kill_fasync);

// SPDX-License-Identifier: GPL-2.0
/* sync and fsync: everything lives in memory, so there is nothing to write back. */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/syscalls.h>

void ksys_sync(void)
{
}

SYSCALL_DEFINE0(sync)
{
	ksys_sync();
	return 0;
}

static long do_fsync(unsigned int fd)
{
	struct file *f = fget(fd);
	long ret = 0;

	if (!f)
		return -EBADF;
	if (f->f_op && f->f_op->fsync)
		ret = f->f_op->fsync(f, 0, LLONG_MAX, 0);
	else
		ret = -EINVAL;
	fput(f);
	return ret;
}

SYSCALL_DEFINE1(fsync, unsigned int, fd)
{
	return do_fsync(fd);
}

SYSCALL_DEFINE1(fdatasync, unsigned int, fd)
{
	return do_fsync(fd);
}

SYSCALL_DEFINE1(syncfs, int, fd)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	fput(f);
	return 0;
}

SYSCALL_DEFINE4(fadvise64_64, int, fd, loff_t, offset, loff_t, len, int, advice)
{
	struct file *f = fget(fd);
	long ret = 0;

	if (!f)
		return -EBADF;
	if (S_ISFIFO(file_inode(f)->i_mode))
		ret = -ESPIPE;
	else if (advice < 0 || advice > 5 || len < 0)
		ret = -EINVAL;
	fput(f);
	return ret;
}

int noop_fsync(struct file *file, loff_t start, loff_t end, int datasync)
{
	return 0;
}

// SPDX-License-Identifier: GPL-2.0
/*
 * read(), write() and friends, lseek(), sendfile(). The kernel's own
 * reads and writes (kernel_read/kernel_write) go through the same file
 * operations with the task's "kernel address" flag set, which lets
 * copy_to_user() reach kernel buffers.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include "internal.h"

#define MAX_RW_COUNT	(INT_MAX & PAGE_MASK)
#define UIO_MAXIOV	1024

loff_t vfs_setpos(struct file *file, loff_t offset, loff_t maxsize)
{
	if (offset < 0 || offset > maxsize)
		return -EINVAL;
	if (offset != file->f_pos) {
		file->f_pos = offset;
		file->f_version = 0;
	}
	return offset;
}

loff_t generic_file_llseek_size(struct file *file, loff_t offset, int whence,
				loff_t maxsize, loff_t eof)
{
	switch (whence) {
	case SEEK_END:
		offset += eof;
		break;
	case SEEK_CUR:
		if (offset == 0)
			return file->f_pos;
		offset += file->f_pos;
		break;
	case SEEK_DATA:
		if ((unsigned long long)offset >= eof)
			return -ENXIO;
		break;
	case SEEK_HOLE:
		if ((unsigned long long)offset >= eof)
			return -ENXIO;
		offset = eof;
		break;
	}
	return vfs_setpos(file, offset, maxsize);
}
EXPORT_SYMBOL(generic_file_llseek_size);

loff_t generic_file_llseek(struct file *file, loff_t offset, int whence)
{
	struct inode *inode = file->f_mapping->host;

	return generic_file_llseek_size(file, offset, whence,
					inode->i_sb ? inode->i_sb->s_maxbytes :
					MAX_LFS_FILESIZE, i_size_read(inode));
}
EXPORT_SYMBOL(generic_file_llseek);

/* For a device whose contents have a fixed size (no holes). */
loff_t fixed_size_llseek(struct file *file, loff_t offset, int whence,
			 loff_t size)
{
	switch (whence) {
	case SEEK_SET:
	case SEEK_CUR:
	case SEEK_END:
		return generic_file_llseek_size(file, offset, whence, size, size);
	default:
		return -EINVAL;
	}
}
EXPORT_SYMBOL(fixed_size_llseek);

loff_t no_llseek(struct file *file, loff_t offset, int whence)
{
	return -ESPIPE;
}

/* The position does not move: seeking "succeeds" and changes nothing. */
loff_t noop_llseek(struct file *file, loff_t offset, int whence)
{
	return file->f_pos;
}
EXPORT_SYMBOL(noop_llseek);

/* Any position is fine (negative ones only with FMODE_UNSIGNED_OFFSET). */
loff_t default_llseek(struct file *file, loff_t offset, int whence)
{
	struct inode *inode = file_inode(file);

	switch (whence) {
	case SEEK_END:
		offset += i_size_read(inode);
		break;
	case SEEK_CUR:
		if (offset == 0)
			return file->f_pos;
		offset += file->f_pos;
		break;
	case SEEK_DATA:
		if (offset >= i_size_read(inode))
			return -ENXIO;
		break;
	case SEEK_HOLE:
		if (offset >= i_size_read(inode))
			return -ENXIO;
		offset = i_size_read(inode);
		break;
	}
	if (offset < 0 && !(file->f_mode & FMODE_UNSIGNED_OFFSET))
		return -EINVAL;
	if (offset != file->f_pos) {
		file->f_pos = offset;
		file->f_version = 0;
	}
	return offset;
}
EXPORT_SYMBOL(default_llseek);

loff_t vfs_llseek(struct file *file, loff_t offset, int whence)
{
	if (!(file->f_mode & FMODE_LSEEK) || !file->f_op || !file->f_op->llseek)
		return -ESPIPE;
	return file->f_op->llseek(file, offset, whence);
}
EXPORT_SYMBOL(vfs_llseek);

SYSCALL_DEFINE3(lseek, unsigned int, fd, off_t, offset, unsigned int, whence)
{
	struct file *f = fget(fd);
	off_t retval;

	if (!f)
		return -EBADF;
	retval = -EINVAL;
	if (whence <= SEEK_MAX)
		retval = vfs_llseek(f, offset, whence);
	fput(f);
	return retval;
}

int rw_verify_area(int read_write, struct file *file, const loff_t *ppos,
		   size_t count)
{
	if ((ssize_t)count < 0)
		return -EINVAL;
	if (ppos && *ppos < 0 && !(file->f_mode & FMODE_STREAM))
		return S_ISREG(file_inode(file)->i_mode) ? -EINVAL : 0;
	return 0;
}

/* What vfs_read and vfs_write check before calling the file's op. */
static int rw_check(struct file *file, const void __user *buf, size_t count,
		    loff_t *pos, bool write)
{
	const struct file_operations *fop = file->f_op;

	if (!(file->f_mode & (write ? FMODE_WRITE : FMODE_READ)))
		return -EBADF;
	if (!fop || !(write ? !!fop->write : !!fop->read))
		return -EINVAL;
	if (!access_ok(buf, count) && !uaccess_kernel())
		return -EFAULT;
	return rw_verify_area(write, file, pos, count);
}

ssize_t vfs_read(struct file *file, char __user *buf, size_t count, loff_t *pos)
{
	int ret = rw_check(file, buf, count, pos, false);

	if (ret)
		return ret;
	if (count > MAX_RW_COUNT)
		count = MAX_RW_COUNT;
	return file->f_op->read(file, buf, count, pos);
}

ssize_t vfs_write(struct file *file, const char __user *buf, size_t count,
		  loff_t *pos)
{
	int ret = rw_check(file, buf, count, pos, true);

	if (ret)
		return ret;
	if (count > MAX_RW_COUNT)
		count = MAX_RW_COUNT;
	return file->f_op->write(file, buf, count, pos);
}

ssize_t kernel_read(struct file *file, void *buf, size_t count, loff_t *pos)
{
	bool old = set_uaccess_kernel(true);
	ssize_t ret = vfs_read(file, (char __user *)buf, count, pos);

	set_uaccess_kernel(old);
	return ret;
}

ssize_t kernel_write(struct file *file, const void *buf, size_t count,
		     loff_t *pos)
{
	bool old = set_uaccess_kernel(true);
	ssize_t ret = vfs_write(file, (const char __user *)buf, count, pos);

	set_uaccess_kernel(old);
	return ret;
}

/* Streams (pipes, ttys) have no position. */
static loff_t *file_ppos(struct file *file)
{
	return file->f_mode & FMODE_STREAM ? NULL : &file->f_pos;
}

/* read/write at the file position, copied so a failure leaves it alone. */
static long ksys_rw(unsigned int fd, char __user *buf, size_t count, bool write)
{
	struct file *f = fget(fd);
	loff_t pos, *ppos;
	ssize_t ret;

	if (!f)
		return -EBADF;
	ppos = file_ppos(f);
	if (ppos) {
		pos = *ppos;
		ppos = &pos;
	}
	ret = write ? vfs_write(f, buf, count, ppos) :
		      vfs_read(f, buf, count, ppos);
	if (ret >= 0 && ppos)
		f->f_pos = pos;
	fput(f);
	return ret;
}

long ksys_read(unsigned int fd, char __user *buf, size_t count)
{
	return ksys_rw(fd, buf, count, false);
}

SYSCALL_DEFINE3(read, unsigned int, fd, char __user *, buf, size_t, count)
{
	return ksys_read(fd, buf, count);
}

long ksys_write(unsigned int fd, const char __user *buf, size_t count)
{
	return ksys_rw(fd, (char __user *)buf, count, true);
}

SYSCALL_DEFINE3(write, unsigned int, fd, const char __user *, buf, size_t, count)
{
	return ksys_write(fd, buf, count);
}

static long pread_or_write(unsigned int fd, char __user *buf, size_t count,
			   loff_t pos, bool write)
{
	struct file *f;
	long ret;

	if (pos < 0)
		return -EINVAL;
	f = fget(fd);
	if (!f)
		return -EBADF;
	ret = -ESPIPE;
	if (f->f_mode & (write ? FMODE_PWRITE : FMODE_PREAD))
		ret = write ? vfs_write(f, buf, count, &pos) :
			      vfs_read(f, buf, count, &pos);
	fput(f);
	return ret;
}

SYSCALL_DEFINE4(pread64, unsigned int, fd, char __user *, buf, size_t, count,
		loff_t, pos)
{
	return pread_or_write(fd, buf, count, pos, false);
}

SYSCALL_DEFINE4(pwrite64, unsigned int, fd, const char __user *, buf,
		size_t, count, loff_t, pos)
{
	return pread_or_write(fd, (char __user *)buf, count, pos, true);
}

struct iovec {
	void __user *iov_base;
	size_t iov_len;
};

/* readv/writev: one buffer after another, stopping at a short transfer. */
static ssize_t do_iter(struct file *f, const struct iovec __user *vec,
		       unsigned long vlen, loff_t *ppos, bool write)
{
	ssize_t total = 0, ret;
	unsigned long i;
	struct iovec iov;

	if (vlen > UIO_MAXIOV)
		return -EINVAL;
	if (!(f->f_mode & (write ? FMODE_WRITE : FMODE_READ)))
		return -EBADF;
	for (i = 0; i < vlen; i++) {
		if (copy_from_user(&iov, &vec[i], sizeof(iov)))
			return total ? total : -EFAULT;
		if ((ssize_t)iov.iov_len < 0)
			return -EINVAL;
		if (!iov.iov_len)
			continue;
		ret = write ? vfs_write(f, iov.iov_base, iov.iov_len, ppos) :
			      vfs_read(f, iov.iov_base, iov.iov_len, ppos);
		if (ret < 0)
			return total ? total : ret;
		total += ret;
		if ((size_t)ret < iov.iov_len)
			break;
	}
	return total;
}

static long vector_rw(unsigned long fd, const struct iovec __user *vec,
		      unsigned long vlen, loff_t *posp, bool write)
{
	struct file *f = fget(fd);
	loff_t pos, *ppos;
	ssize_t ret;

	if (!f)
		return -EBADF;
	if (posp) {
		ret = -ESPIPE;
		if (!(f->f_mode & (write ? FMODE_PWRITE : FMODE_PREAD)))
			goto out;
		ppos = posp;
	} else {
		ppos = file_ppos(f);
		if (ppos) {
			pos = *ppos;
			ppos = &pos;
		}
	}
	ret = do_iter(f, vec, vlen, ppos, write);
	if (!posp && ret >= 0 && ppos)
		f->f_pos = pos;
out:
	fput(f);
	return ret;
}

SYSCALL_DEFINE3(readv, unsigned long, fd, const struct iovec __user *, vec,
		unsigned long, vlen)
{
	return vector_rw(fd, vec, vlen, NULL, false);
}

SYSCALL_DEFINE3(writev, unsigned long, fd, const struct iovec __user *, vec,
		unsigned long, vlen)
{
	return vector_rw(fd, vec, vlen, NULL, true);
}

SYSCALL_DEFINE4(preadv, unsigned long, fd, const struct iovec __user *, vec,
		unsigned long, vlen, loff_t, pos)
{
	if (pos < 0)
		return -EINVAL;
	return vector_rw(fd, vec, vlen, &pos, false);
}

SYSCALL_DEFINE4(pwritev, unsigned long, fd, const struct iovec __user *, vec,
		unsigned long, vlen, loff_t, pos)
{
	if (pos < 0)
		return -EINVAL;
	return vector_rw(fd, vec, vlen, &pos, true);
}

/* Markers: a file that splices like Linux's generic code (sendfile checks them). */
ssize_t generic_file_splice_read(struct file *in, loff_t *ppos,
				 struct pipe_inode_info *pipe, size_t len,
				 unsigned int flags)
{
	return -EINVAL;
}

ssize_t iter_file_splice_write(struct pipe_inode_info *pipe, struct file *out,
			       loff_t *ppos, size_t len, unsigned int flags)
{
	return -EINVAL;
}

/*
 * sendfile: the source must be able to splice (else -EINVAL, as for
 * most procfs files, so that cat falls back to read/write); the data
 * goes through a kernel page with ->read and ->write.
 */
static long do_sendfile(int out_fd, int in_fd, loff_t *ppos, size_t count)
{
	struct file *in, *out;
	loff_t pos, out_pos;
	char *buf = NULL;
	long ret, total = 0;

	in = fget(in_fd);
	if (!in)
		return -EBADF;
	ret = -EBADF;
	if (!(in->f_mode & FMODE_READ))
		goto put_in;
	out = fget(out_fd);
	if (!out)
		goto put_in;
	if (!(out->f_mode & FMODE_WRITE))
		goto put_out;
	ret = -EINVAL;
	if (!in->f_op || !in->f_op->splice_read)
		goto put_out;
	if (!S_ISFIFO(file_inode(out)->i_mode) &&
	    (!out->f_op || !out->f_op->splice_write))
		goto put_out;
	if (out->f_flags & O_APPEND)
		goto put_out;
	if (ppos) {
		pos = *ppos;
		if (!(in->f_mode & FMODE_PREAD)) {
			ret = -ESPIPE;
			goto put_out;
		}
	} else {
		pos = in->f_pos;
	}
	ret = -ENOMEM;
	buf = kmalloc(PAGE_SIZE, GFP_KERNEL);
	if (!buf)
		goto put_out;
	if (count > MAX_RW_COUNT)
		count = MAX_RW_COUNT;
	out_pos = out->f_pos;
	ret = 0;
	while (count) {
		ssize_t n = kernel_read(in, buf, min(count, PAGE_SIZE), &pos);
		ssize_t w;

		if (n <= 0) {
			ret = n;
			break;
		}
		w = kernel_write(out, buf, n, (out->f_mode & FMODE_STREAM) ?
				 NULL : &out_pos);
		if (w < 0) {
			ret = w;
			break;
		}
		total += w;
		count -= w;
		if (w < n) {
			pos -= n - w;
			break;
		}
		if (signal_pending(current))
			break;
	}
	if (!(out->f_mode & FMODE_STREAM))
		out->f_pos = out_pos;
	if (ppos)
		*ppos = pos;
	else
		in->f_pos = pos;
	if (total)
		ret = total;
put_out:
	kfree(buf);
	fput(out);
put_in:
	fput(in);
	return ret;
}

SYSCALL_DEFINE4(sendfile64, int, out_fd, int, in_fd, loff_t __user *, offset,
		size_t, count)
{
	loff_t pos;
	long ret;

	if (!offset)
		return do_sendfile(out_fd, in_fd, NULL, count);
	if (copy_from_user(&pos, offset, sizeof(loff_t)))
		return -EFAULT;
	ret = do_sendfile(out_fd, in_fd, &pos, count);
	if (put_user(pos, offset))
		return -EFAULT;
	return ret;
}

// SPDX-License-Identifier: GPL-2.0
/* getdents64(): directory entries as struct linux_dirent64 records. */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

struct linux_dirent64 {
	u64 d_ino;
	s64 d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

int iterate_dir(struct file *file, struct dir_context *ctx)
{
	struct inode *inode = file_inode(file);
	int res = -ENOTDIR;

	if (!file->f_op || (!file->f_op->iterate_shared && !file->f_op->iterate))
		return res;
	res = -ENOENT;
	if (inode->i_flags & I_FREEING || (!inode->i_nlink && S_ISDIR(inode->i_mode)))
		return res;
	ctx->pos = file->f_pos;
	if (file->f_op->iterate_shared)
		res = file->f_op->iterate_shared(file, ctx);
	else
		res = file->f_op->iterate(file, ctx);
	file->f_pos = ctx->pos;
	return res;
}

struct getdents_callback64 {
	struct dir_context ctx;
	struct linux_dirent64 __user *current_dir;
	int prev_reclen;
	int count;
	int error;
};

static bool filldir64(struct dir_context *ctx, const char *name, int namlen,
		      loff_t offset, u64 ino, unsigned int d_type)
{
	struct getdents_callback64 *buf =
		container_of(ctx, struct getdents_callback64, ctx);
	int reclen = ALIGN(offsetof(struct linux_dirent64, d_name) + namlen + 1,
			   sizeof(u64));
	struct linux_dirent64 __user *dirent;
	struct linux_dirent64 *k;
	int prev_reclen;

	buf->error = -EINVAL;	/* only used if we fail.. */
	if (reclen > buf->count)
		return false;
	prev_reclen = buf->prev_reclen;
	dirent = buf->current_dir;
	k = kmalloc(reclen, GFP_KERNEL);
	if (!k) {
		buf->error = -ENOMEM;
		return false;
	}
	memset(k, 0, reclen);
	k->d_ino = ino;
	k->d_off = 0;
	k->d_reclen = reclen;
	k->d_type = d_type;
	memcpy(k->d_name, name, namlen);
	/* the previous record's d_off is this entry's position */
	if (prev_reclen && put_user(offset, &((struct linux_dirent64 __user *)
				    ((char __user *)dirent - prev_reclen))->d_off))
		goto efault;
	if (copy_to_user(dirent, k, reclen))
		goto efault;
	kfree(k);
	buf->prev_reclen = reclen;
	buf->current_dir = (void __user *)dirent + reclen;
	buf->count -= reclen;
	return true;
efault:
	kfree(k);
	buf->error = -EFAULT;
	return false;
}

SYSCALL_DEFINE3(getdents64, unsigned int, fd,
		struct linux_dirent64 __user *, dirent, unsigned int, count)
{
	struct getdents_callback64 buf = {
		.ctx.actor = filldir64,
		.count = count,
		.current_dir = dirent,
	};
	struct file *f = fget(fd);
	int error;

	if (!f)
		return -EBADF;
	error = iterate_dir(f, &buf.ctx);
	if (error >= 0)
		error = buf.error;
	if (buf.prev_reclen) {
		struct linux_dirent64 __user *lastdirent =
			(void __user *)buf.current_dir - buf.prev_reclen;

		if (put_user(buf.ctx.pos, &lastdirent->d_off))
			error = -EFAULT;
		else
			error = count - buf.count;
	}
	fput(f);
	return error;
}

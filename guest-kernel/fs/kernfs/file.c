// SPDX-License-Identifier: GPL-2.0
/*
 * kernfs attribute files. Text attributes are read through a seq_file
 * whose one record is what ->seq_show writes; binary ones through ->read
 * at an offset. A write is copied in whole, NUL-terminated, and handed
 * to ->write. As sysfs does in Linux, opening for a direction the file's
 * mode or ops do not allow fails with -EACCES, even for root. poll()
 * reports EPOLLERR|EPOLLPRI once kernfs_notify() (sysfs_notify()) has
 * been called since the file was opened or last read.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/poll.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include "kernfs-internal.h"

/* Text attributes keep the seq_file in private_data, as seq_read wants. */
static struct kernfs_open_file *kernfs_of(struct file *file)
{
	struct kernfs_node *kn = file_inode(file)->i_private;

	if (kn->attr.ops->seq_show)
		return ((struct seq_file *)file->private_data)->private;
	return file->private_data;
}

static bool kernfs_active(struct kernfs_node *kn)
{
	return !(kn->flags & KERNFS_REMOVED);
}

/* One queue for every pollable file: each poller checks its own event. */
static DECLARE_WAIT_QUEUE_HEAD(kernfs_poll_wait);

static int kernfs_seq_show(struct seq_file *sf, void *v)
{
	struct kernfs_open_file *of = sf->private;

	if (!kernfs_active(of->kn))
		return -ENODEV;
	of->event = of->kn->attr.event;
	return of->kn->attr.ops->seq_show(sf, v);
}

static ssize_t kernfs_file_read(struct file *file, char __user *user_buf,
				size_t count, loff_t *ppos)
{
	struct kernfs_open_file *of = kernfs_of(file);
	struct kernfs_node *kn = of->kn;
	ssize_t len;
	char *buf;

	if (of->seq_file)
		return seq_read(file, user_buf, count, ppos);
	if (!kernfs_active(kn))
		return -ENODEV;
	count = min(count, (size_t)PAGE_SIZE);
	buf = kmalloc(count, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	len = kn->attr.ops->read(of, buf, count, *ppos);
	if (len > 0) {
		if (copy_to_user(user_buf, buf, len))
			len = -EFAULT;
		else
			*ppos += len;
	}
	kfree(buf);
	return len;
}

static ssize_t kernfs_file_write(struct file *file, const char __user *user_buf,
				 size_t count, loff_t *ppos)
{
	struct kernfs_open_file *of = kernfs_of(file);
	const struct kernfs_ops *ops = of->kn->attr.ops;
	ssize_t len;
	char *buf;

	if (ops->atomic_write_len) {
		if (count > ops->atomic_write_len)
			return -E2BIG;
	} else {
		count = min(count, (size_t)PAGE_SIZE);
	}
	buf = kmalloc(count + 1, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	len = -EFAULT;
	if (copy_from_user(buf, user_buf, count))
		goto out;
	buf[count] = '\0';
	len = -ENODEV;
	if (!kernfs_active(of->kn))
		goto out;
	len = ops->write(of, buf, count, *ppos);
	if (len > 0)
		*ppos += len;
out:
	kfree(buf);
	return len;
}

static __poll_t kernfs_file_poll(struct file *file, poll_table *wait)
{
	struct kernfs_open_file *of = kernfs_of(file);

	if (!kernfs_active(of->kn))
		return DEFAULT_POLLMASK | EPOLLERR | EPOLLPRI;
	poll_wait(file, &kernfs_poll_wait, wait);
	if (of->event != of->kn->attr.event)
		return DEFAULT_POLLMASK | EPOLLERR | EPOLLPRI;
	return DEFAULT_POLLMASK;
}

void kernfs_notify(struct kernfs_node *kn)
{
	if (kernfs_type(kn) != KERNFS_FILE)
		return;
	kn->attr.event++;
	wake_up_interruptible(&kernfs_poll_wait);
}

static loff_t kernfs_file_llseek(struct file *file, loff_t offset, int whence)
{
	struct kernfs_open_file *of = kernfs_of(file);

	if (of->seq_file)
		return seq_lseek(file, offset, whence);
	return generic_file_llseek(file, offset, whence);
}

static int kernfs_file_open(struct inode *inode, struct file *file)
{
	struct kernfs_node *kn = inode->i_private;
	const struct kernfs_ops *ops = kn->attr.ops;
	struct kernfs_open_file *of;
	int error;

	if (!kernfs_active(kn))
		return -ENODEV;
	if ((file->f_mode & FMODE_WRITE) &&
	    (!(inode->i_mode & S_IWUGO) || !ops->write))
		return -EACCES;
	if ((file->f_mode & FMODE_READ) &&
	    (!(inode->i_mode & S_IRUGO) || !(ops->seq_show || ops->read)))
		return -EACCES;

	of = kzalloc(sizeof(*of), GFP_KERNEL);
	if (!of)
		return -ENOMEM;
	of->kn = kn;
	of->file = file;
	of->event = kn->attr.event;
	kernfs_get(kn);
	if (ops->seq_show) {
		error = single_open(file, kernfs_seq_show, of);
		if (error) {
			kernfs_put(kn);
			kfree(of);
			return error;
		}
		of->seq_file = file->private_data;
	} else {
		file->private_data = of;
	}
	return 0;
}

static int kernfs_file_release(struct inode *inode, struct file *file)
{
	struct kernfs_open_file *of = kernfs_of(file);

	if (of->seq_file)
		single_release(inode, file);
	kernfs_put(of->kn);
	kfree(of);
	return 0;
}

const struct file_operations kernfs_file_fops = {
	.read		= kernfs_file_read,
	.write		= kernfs_file_write,
	.llseek		= kernfs_file_llseek,
	.poll		= kernfs_file_poll,
	.open		= kernfs_file_open,
	.release	= kernfs_file_release,
	.splice_read	= generic_file_splice_read,
	.splice_write	= iter_file_splice_write,
};

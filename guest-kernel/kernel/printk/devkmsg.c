// SPDX-License-Identifier: GPL-2.0
/*
 * /dev/kmsg: one record per read(), as
 *
 *	"<facility << 3 | level>,<seq>,<usec>,<flag>;<text>\n"
 *
 * with unprintable bytes (and '\') written \xNN; flag 'c' marks a
 * continuation fragment. A reader whose next record has been overwritten
 * gets -EPIPE once and goes on from the oldest. A write logs one message;
 * "<N>" in front picks its level and facility (LOG_USER if none).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/syslog.h>
#include <linux/uaccess.h>
#include <linux/wait.h>
#include "internal.h"

#define CONSOLE_EXT_LOG_MAX	8192
#define LOG_USER_FACILITY	1

struct devkmsg_user {
	u64 seq;
	char buf[CONSOLE_EXT_LOG_MAX];
	char text[LOG_LINE_MAX];
};

static size_t append_ext_text(char *buf, size_t size, const char *text,
			      size_t text_len)
{
	size_t len = 0, i;

	for (i = 0; i < text_len; i++) {
		unsigned char c = text[i];

		if (c < ' ' || c >= 127 || c == '\\')
			len += scnprintf(buf + len, size - len, "\\x%02x", c);
		else if (len < size)
			buf[len++] = c;
	}
	if (len < size)
		buf[len++] = '\n';
	return len;
}

static size_t devkmsg_format(struct devkmsg_user *user,
			     const struct printk_info *info)
{
	size_t len;

	len = scnprintf(user->buf, sizeof(user->buf), "%u,%llu,%llu,%c;",
			(info->facility << 3) | info->level, info->seq,
			info->ts_nsec / 1000,
			(info->flags & LOG_CONT) ? 'c' : '-');
	return len + append_ext_text(user->buf + len, sizeof(user->buf) - len,
				     user->text, info->text_len);
}

static ssize_t devkmsg_read(struct file *file, char __user *buf,
			    size_t count, loff_t *ppos)
{
	struct devkmsg_user *user = file->private_data;
	struct printk_info info;
	size_t len;
	int ret;

	if (!user)
		return -EBADF;
	if (!prb_read_valid(user->seq, &info, user->text, LOG_LINE_MAX)) {
		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		ret = wait_event_interruptible(log_wait,
				prb_read_valid(user->seq, &info, user->text,
					       LOG_LINE_MAX));
		if (ret)
			return ret;
	}
	if (info.seq != user->seq) {	/* overwritten: say so, go on */
		user->seq = info.seq;
		return -EPIPE;
	}
	len = devkmsg_format(user, &info);
	user->seq = info.seq + 1;
	if (len > count)
		return -EINVAL;
	if (copy_to_user(buf, user->buf, len))
		return -EFAULT;
	return len;
}

static void devkmsg_emit(int facility, int level, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	vprintk_emit(facility, level, fmt, args);
	va_end(args);
}

static ssize_t devkmsg_write(struct file *file, const char __user *ubuf,
			     size_t len, loff_t *ppos)
{
	int level = default_message_loglevel;
	int facility = LOG_USER_FACILITY;
	char *buf, *line;

	if (len > LOG_LINE_MAX)
		return -EINVAL;
	buf = kmalloc(len + 1, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	if (copy_from_user(buf, ubuf, len)) {
		kfree(buf);
		return -EFAULT;
	}
	buf[len] = '\0';

	line = buf;
	if (line[0] == '<') {
		char *endp = NULL;
		unsigned int u = simple_strtoul(line + 1, &endp, 10);

		if (endp && endp[0] == '>') {
			level = u & 7;
			if (u >> 3)
				facility = u >> 3;
			line = endp + 1;
		}
	}
	devkmsg_emit(facility, level, "%s", line);
	kfree(buf);
	return len;
}

/* Only whole records: offset 0 from the start, the last clear or the end. */
static loff_t devkmsg_llseek(struct file *file, loff_t offset, int whence)
{
	struct devkmsg_user *user = file->private_data;

	if (!user)
		return -EBADF;
	if (offset)
		return -ESPIPE;
	switch (whence) {
	case SEEK_SET:
		user->seq = prb_first_valid_seq();
		return 0;
	case SEEK_DATA:
		user->seq = syslog_clear_seq();
		return 0;
	case SEEK_END:
		user->seq = prb_next_seq();
		return 0;
	default:
		return -EINVAL;
	}
}

static __poll_t devkmsg_poll(struct file *file, poll_table *wait)
{
	struct devkmsg_user *user = file->private_data;
	struct printk_info info;

	if (!user)
		return EPOLLERR | EPOLLNVAL;
	poll_wait(file, &log_wait, wait);
	if (!prb_read_valid(user->seq, &info, NULL, 0))
		return 0;
	if (info.seq != user->seq)
		return EPOLLIN | EPOLLRDNORM | EPOLLERR | EPOLLPRI;
	return EPOLLIN | EPOLLRDNORM;
}

static int devkmsg_open(struct inode *inode, struct file *file)
{
	struct devkmsg_user *user;

	user = kmalloc(sizeof(*user), GFP_KERNEL);
	if (!user)
		return -ENOMEM;
	user->seq = prb_first_valid_seq();
	file->private_data = user;
	return 0;
}

static int devkmsg_release(struct inode *inode, struct file *file)
{
	kfree(file->private_data);
	return 0;
}

const struct file_operations kmsg_fops = {
	.open = devkmsg_open,
	.read = devkmsg_read,
	.write = devkmsg_write,
	.llseek = devkmsg_llseek,
	.poll = devkmsg_poll,
	.release = devkmsg_release,
};

// SPDX-License-Identifier: GPL-2.0
/*
 * syslog(2): the log as text for dmesg and klogd.
 *
 * Every record becomes "<N>[    1.234567] text\n", N = facility << 3 |
 * level, each line of a multi-line record carrying the same prefix.
 * READ consumes (and blocks for) records after syslog_seq; READ_ALL
 * returns the newest records that fit, from clear_seq on, which CLEAR
 * and READ_CLEAR move to the end. Everyone is root here, so no action
 * is refused for lack of CAP_SYSLOG.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include <linux/syslog.h>
#include <linux/uaccess.h>
#include <linux/wait.h>
#include "internal.h"

DECLARE_WAIT_QUEUE_HEAD(log_wait);

static u64 syslog_seq;		/* next record for SYSLOG_ACTION_READ */
static size_t syslog_partial;	/* bytes of it already read */
static bool syslog_time;	/* printk_time when that record was started */
static u64 clear_seq;		/* first record READ_ALL shows */

void wake_up_klogd(void)
{
	if (waitqueue_active(&log_wait))
		wake_up_interruptible(&log_wait);
}

u64 syslog_clear_seq(void)
{
	return clear_seq;
}

/* The first record from start_seq such that it and the rest fit in size. */
static u64 find_first_fitting_seq(u64 start_seq, size_t size, bool time,
				  char *text)
{
	struct printk_info info;
	size_t len = 0;
	u64 seq;

	for (seq = start_seq; prb_read_valid(seq, &info, text, LOG_LINE_MAX);
	     seq = info.seq + 1)
		len += get_record_print_text_size(&info, text, true, time);

	for (seq = start_seq; len > size &&
	     prb_read_valid(seq, &info, text, LOG_LINE_MAX); seq = info.seq + 1)
		len -= get_record_print_text_size(&info, text, true, time);
	return seq;
}

static int syslog_print_all(char __user *buf, int size, bool clear)
{
	struct printk_info info;
	char *text, *line;
	bool time = printk_time;
	int len = 0;
	u64 seq;

	text = kmalloc(LOG_LINE_MAX + CONSOLE_LOG_MAX, GFP_KERNEL);
	if (!text)
		return -ENOMEM;
	line = text + LOG_LINE_MAX;

	seq = find_first_fitting_seq(clear_seq, size, time, text);
	for (; prb_read_valid(seq, &info, text, LOG_LINE_MAX);
	     seq = info.seq + 1) {
		size_t n = record_print_text(&info, text, line, CONSOLE_LOG_MAX,
					     true, time);

		if (len + n > size) {
			seq--;	/* as Linux: READ_CLEAR keeps the last one shown */
			break;
		}
		if (copy_to_user(buf + len, line, n)) {
			len = -EFAULT;
			break;
		}
		len += n;
	}
	if (clear)
		clear_seq = seq;
	kfree(text);
	return len;
}

/* Wait for a record after syslog_seq; 0, or -ERESTARTSYS on a signal. */
static int syslog_wait(void)
{
	struct printk_info info;

	return wait_event_interruptible(log_wait,
			prb_read_valid(syslog_seq, &info, NULL, 0));
}

/* Copy records from syslog_seq; one too big for buf is read in pieces. */
static int syslog_print(char __user *buf, int size)
{
	struct printk_info info;
	char *text, *line;
	int len = 0, err;

	text = kmalloc(LOG_LINE_MAX + CONSOLE_LOG_MAX, GFP_KERNEL);
	if (!text)
		return -ENOMEM;
	line = text + LOG_LINE_MAX;

	err = syslog_wait();
	if (err) {
		len = err;
		goto out;
	}
	while (size && prb_read_valid(syslog_seq, &info, text, LOG_LINE_MAX)) {
		size_t skip, n;

		if (info.seq != syslog_seq) {	/* lost some: go on from here */
			syslog_seq = info.seq;
			syslog_partial = 0;
		}
		if (!syslog_partial)
			syslog_time = printk_time;
		skip = syslog_partial;
		n = record_print_text(&info, text, line, CONSOLE_LOG_MAX, true,
				      syslog_time);
		if (n - syslog_partial <= size) {
			syslog_seq++;
			n -= syslog_partial;
			syslog_partial = 0;
		} else if (!len) {
			n = size;
			syslog_partial += n;
		} else {
			break;
		}
		if (copy_to_user(buf, line + skip, n)) {
			if (!len)
				len = -EFAULT;
			break;
		}
		len += n;
		size -= n;
		buf += n;
	}
out:
	kfree(text);
	return len;
}

/* Bytes (or, for /proc/kmsg's poll, records) not yet read by READ. */
static int syslog_size_unread(int source)
{
	struct printk_info info;
	bool time = syslog_partial ? syslog_time : printk_time;
	char *text;
	int size = 0;
	u64 seq;

	if (!prb_read_valid(syslog_seq, &info, NULL, 0))
		return 0;
	if (info.seq != syslog_seq) {
		syslog_seq = info.seq;
		syslog_partial = 0;
	}
	if (source == SYSLOG_FROM_PROC)
		return prb_next_seq() - syslog_seq;

	text = kmalloc(LOG_LINE_MAX, GFP_KERNEL);
	if (!text)
		return -ENOMEM;
	for (seq = syslog_seq; prb_read_valid(seq, &info, text, LOG_LINE_MAX);
	     seq = info.seq + 1) {
		size += get_record_print_text_size(&info, text, true, time);
		time = printk_time;
	}
	kfree(text);
	return size - syslog_partial;
}

static int syslog_console_level(int level, int *saved)
{
	if (level < 1 || level > 8)
		return -EINVAL;
	console_loglevel = max(level, minimum_console_loglevel);
	*saved = LOGLEVEL_DEFAULT;	/* setting a level turns the console on */
	return 0;
}

int do_syslog(int type, char __user *buf, int len, int source)
{
	static int saved_console_loglevel = LOGLEVEL_DEFAULT;

	switch (type) {
	case SYSLOG_ACTION_CLOSE:
	case SYSLOG_ACTION_OPEN:
		return 0;
	case SYSLOG_ACTION_READ:
		if (!buf || len < 0)
			return -EINVAL;
		return len ? syslog_print(buf, len) : 0;
	case SYSLOG_ACTION_READ_CLEAR:
	case SYSLOG_ACTION_READ_ALL:
		if (!buf || len < 0)
			return -EINVAL;
		if (!len)
			return 0;
		return syslog_print_all(buf, len,
					type == SYSLOG_ACTION_READ_CLEAR);
	case SYSLOG_ACTION_CLEAR:
		clear_seq = prb_next_seq();
		return 0;
	case SYSLOG_ACTION_CONSOLE_OFF:
		if (saved_console_loglevel == LOGLEVEL_DEFAULT)
			saved_console_loglevel = console_loglevel;
		console_loglevel = minimum_console_loglevel;
		return 0;
	case SYSLOG_ACTION_CONSOLE_ON:
		if (saved_console_loglevel != LOGLEVEL_DEFAULT) {
			console_loglevel = saved_console_loglevel;
			saved_console_loglevel = LOGLEVEL_DEFAULT;
		}
		return 0;
	case SYSLOG_ACTION_CONSOLE_LEVEL:
		return syslog_console_level(len, &saved_console_loglevel);
	case SYSLOG_ACTION_SIZE_UNREAD:
		return syslog_size_unread(source);
	case SYSLOG_ACTION_SIZE_BUFFER:
		return log_buf_len_get();
	default:
		return -EINVAL;
	}
}

SYSCALL_DEFINE3(syslog, int, type, char __user *, buf, int, len)
{
	return do_syslog(type, buf, len, SYSLOG_FROM_READER);
}

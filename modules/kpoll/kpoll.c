// SPDX-License-Identifier: GPL-2.0
/*
 * A misc device that is a small pipe: what is written can be read once.
 * Readers sleep until there is something (O_NONBLOCK: -EAGAIN); ->poll()
 * says whether there is, through poll_wait() on the module's own wait
 * queue; writers wake the readers and the pollers and send SIGIO to the
 * files that asked for it (fasync_helper()/kill_fasync()).
 */
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/uaccess.h>
#include <linux/wait.h>

static DECLARE_WAIT_QUEUE_HEAD(kpoll_wait);
static DEFINE_MUTEX(kpoll_lock);
static struct fasync_struct *kpoll_async;
static char buffer[64];
static size_t used;

static ssize_t kpoll_read(struct file *file, char __user *buf, size_t count,
			  loff_t *ppos)
{
	ssize_t ret;

	while (!used) {
		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		if (wait_event_interruptible(kpoll_wait, used))
			return -ERESTARTSYS;
	}
	mutex_lock(&kpoll_lock);
	ret = min(count, used);
	if (copy_to_user(buf, buffer, ret)) {
		ret = -EFAULT;
	} else {
		memmove(buffer, buffer + ret, used - ret);
		used -= ret;
	}
	mutex_unlock(&kpoll_lock);
	return ret;
}

static ssize_t kpoll_write(struct file *file, const char __user *buf,
			   size_t count, loff_t *ppos)
{
	ssize_t ret;

	mutex_lock(&kpoll_lock);
	ret = min(count, sizeof(buffer) - used);
	if (!ret) {
		ret = -ENOSPC;
	} else if (copy_from_user(buffer + used, buf, ret)) {
		ret = -EFAULT;
	} else {
		used += ret;
		wake_up_interruptible(&kpoll_wait);
		kill_fasync(&kpoll_async, SIGIO, POLL_IN);
	}
	mutex_unlock(&kpoll_lock);
	return ret;
}

static __poll_t kpoll_poll(struct file *file, poll_table *wait)
{
	__poll_t mask = 0;

	poll_wait(file, &kpoll_wait, wait);
	if (used)
		mask |= EPOLLIN | EPOLLRDNORM;
	if (used < sizeof(buffer))
		mask |= EPOLLOUT | EPOLLWRNORM;
	return mask;
}

static int kpoll_fasync(int fd, struct file *file, int on)
{
	int ret = fasync_helper(fd, file, on, &kpoll_async);

	pr_info("kpoll: fasync %s: %d\n", on ? "on" : "off", ret);
	return ret;
}

static const struct file_operations kpoll_fops = {
	.owner		= THIS_MODULE,
	.read		= kpoll_read,
	.write		= kpoll_write,
	.poll		= kpoll_poll,
	.fasync		= kpoll_fasync,
	.llseek		= noop_llseek,
};

static struct miscdevice kpoll_dev = {
	.minor	= MISC_DYNAMIC_MINOR,
	.name	= "kpoll",
	.fops	= &kpoll_fops,
};

static int __init kpoll_init(void)
{
	return misc_register(&kpoll_dev);
}

static void __exit kpoll_exit(void)
{
	misc_deregister(&kpoll_dev);
}

module_init(kpoll_init);
module_exit(kpoll_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kobox test: poll, blocking reads and SIGIO from a module");

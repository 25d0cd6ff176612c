// SPDX-License-Identifier: GPL-2.0
/*
 * The tty layer: the character devices (/dev/ttyAMA0, /dev/console,
 * /dev/tty), opening and controlling terminals, and received input.
 * The port's interrupt handler puts received bytes in the tty's flip
 * buffer and wakes readers; the line discipline takes them from there
 * in process context, where Linux's flush_to_ldisc() work item would
 * run (this kernel has no workqueues yet): at the next look by a reader
 * or poller, a return to user space, the scheduler or the idle loop.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/module_abi.h>
#include <linux/cdev.h>
#include <linux/console.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/tty.h>
#include <linux/uaccess.h>
#include <uapi/asm-generic/ioctls.h>

const struct ktermios tty_std_termios = {
	.c_iflag = ICRNL | IXON,
	.c_oflag = OPOST | ONLCR,
	.c_cflag = B38400 | CS8 | CREAD | HUPCL,
	.c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN,
	.c_cc = "\003\034\177\025\004\0\1\0\021\023\032\0\022\017\027\026\0",
	.c_ispeed = 38400,
	.c_ospeed = 38400,
};

static struct tty_driver *console_driver;	/* the first (and only) port */

/* The line discipline takes what the interrupt handler received (flush_to_ldisc()). */
void tty_poll_input(void)
{
	struct tty_struct *tty;

	if (!console_driver || !console_driver->tty)
		return;
	tty = console_driver->tty;
	while (tty->flip_tail != READ_ONCE(tty->flip_head)) {
		unsigned char c = tty->flip_buf[tty->flip_tail % TTY_FLIP_SIZE];

		WRITE_ONCE(tty->flip_tail, tty->flip_tail + 1);
		n_tty_receive_char(tty, c);
	}
}

/* From the driver's interrupt handler: one received byte (0 if the buffer is full). */
int tty_insert_flip_char(struct tty_struct *tty, unsigned char ch)
{
	if (tty->flip_head - READ_ONCE(tty->flip_tail) >= TTY_FLIP_SIZE)
		return 0;
	tty->flip_buf[tty->flip_head % TTY_FLIP_SIZE] = ch;
	barrier();
	WRITE_ONCE(tty->flip_head, tty->flip_head + 1);
	return 1;
}

/* Received bytes are ready: wake the readers and pollers, which take them. */
void tty_flip_buffer_push(struct tty_struct *tty)
{
	wake_up_interruptible(&tty->read_wait);
}

static struct tty_struct *tty_of_dev(dev_t dev)
{
	if (!console_driver || !console_driver->tty)
		return NULL;
	if (dev == MKDEV(TTYAUX_MAJOR, 1) ||
	    dev == MKDEV(console_driver->major, console_driver->minor_start))
		return console_driver->tty;
	return NULL;
}

dev_t tty_devnum(struct tty_struct *tty)
{
	return MKDEV(tty->driver->major, tty->driver->minor_start);
}

pid_t tty_get_pgrp_nr(struct tty_struct *tty)
{
	return tty->pgrp ? tty->pgrp : -1;
}

abi_check_field(tty_struct, kref);
abi_check_field(tty_struct, dev);
abi_check_field(tty_struct, driver);
abi_check_field(tty_struct, ops);
abi_check_field(tty_struct, index);
abi_check_field(tty_driver, name);
abi_check_field(tty_driver, major);
abi_check_field(tty_driver, minor_start);
abi_check_field(tty_driver, init_termios);
abi_check_field(tty_driver, ops);
abi_check_field(tty_driver, tty_drivers);
abi_check_field(tty_operations, write);

/* The caller's controlling terminal, with a reference, or NULL. */
struct tty_struct *get_current_tty(void)
{
	struct tty_struct *tty = current->signal->tty;

	if (tty)
		kref_get(&tty->kref);
	return tty;
}
EXPORT_SYMBOL_GPL(get_current_tty);

/* Terminals here are never freed: the count only goes back down. */
static void tty_release_struct(struct kref *kref)
{
	WARN(1, "tty: last reference to a tty that is never freed\n");
}

void tty_kref_put(struct tty_struct *tty)
{
	if (tty)
		kref_put(&tty->kref, tty_release_struct);
}
EXPORT_SYMBOL(tty_kref_put);

const char *tty_name(const struct tty_struct *tty)
{
	if (!tty)
		return "NULL tty";
	return tty->name;
}
EXPORT_SYMBOL(tty_name);

/* This tty becomes the controlling terminal of the caller's session. */
static void proc_set_tty(struct tty_struct *tty)
{
	tty->session = current->signal->session;
	tty->pgrp = current->signal->pgrp;
	current->signal->tty = tty;
}

static int tty_open(struct inode *inode, struct file *filp)
{
	dev_t device = inode->i_rdev;
	struct tty_struct *tty;
	bool noctty;

	if (device == MKDEV(TTYAUX_MAJOR, 0)) {
		tty = current->signal->tty;
		if (!tty)
			return -ENXIO;
		noctty = true;
	} else {
		tty = tty_of_dev(device);
		if (!tty)
			return -ENODEV;
		/* /dev/console never becomes anyone's controlling tty */
		noctty = (filp->f_flags & O_NOCTTY) ||
			 device == MKDEV(TTYAUX_MAJOR, 1);
	}
	filp->private_data = tty;
	tty->count++;
	stream_open(inode, filp);
	if (!noctty && current->signal->leader && !current->signal->tty &&
	    !tty->session)
		proc_set_tty(tty);
	return 0;
}

static int tty_release(struct inode *inode, struct file *filp)
{
	struct tty_struct *tty = filp->private_data;

	tty->count--;
	return 0;
}

static ssize_t tty_read(struct file *file, char __user *buf, size_t count,
			loff_t *ppos)
{
	return n_tty_read(file->private_data, file, (unsigned char __user *)buf,
			  count);
}

static ssize_t tty_write(struct file *file, const char __user *buf,
			 size_t count, loff_t *ppos)
{
	return n_tty_write(file->private_data, file,
			   (const unsigned char __user *)buf, count);
}

static __poll_t tty_poll(struct file *filp, poll_table *wait)
{
	return n_tty_poll(filp->private_data, filp, wait);
}

/* Background reads from the controlling tty get SIGTTIN, as on Linux. */
int tty_read_wait_job_control(struct tty_struct *tty)
{
	struct signal_struct *sig = current->signal;
	struct k_sigaction *ka = &current->sighand->action[SIGTTIN - 1];

	if (sig->tty != tty || !tty->pgrp || sig->pgrp == tty->pgrp)
		return 0;
	if (ka->sa.sa_handler == SIG_IGN || sigismember(&current->blocked, SIGTTIN))
		return -EIO;
	kill_pgrp_nr(sig->pgrp, SIGTTIN, 1);
	return -ERESTARTSYS;
}

/* Changing the tty's settings from the background: SIGTTOU. */
int tty_check_change(struct tty_struct *tty)
{
	struct signal_struct *sig = current->signal;
	struct k_sigaction *ka = &current->sighand->action[SIGTTOU - 1];

	if (sig->tty != tty || !tty->pgrp || sig->pgrp == tty->pgrp)
		return 0;
	if (ka->sa.sa_handler == SIG_IGN || sigismember(&current->blocked, SIGTTOU))
		return 0;
	kill_pgrp_nr(sig->pgrp, SIGTTOU, 1);
	return -ERESTARTSYS;
}

/* The session leader gives up its terminal: the foreground gets SIGHUP. */
void disassociate_ctty(int on_exit)
{
	struct tty_struct *tty = current->signal->tty;
	pid_t session = current->signal->session;
	struct task_struct *p;

	if (!tty)
		return;
	if (tty->pgrp) {
		kill_pgrp_nr(tty->pgrp, SIGHUP, on_exit);
		if (!on_exit)
			kill_pgrp_nr(tty->pgrp, SIGCONT, on_exit);
	}
	tty->session = 0;
	tty->pgrp = 0;
	for_each_process(p)
		if (p->signal && p->signal->session == session)
			p->signal->tty = NULL;
}

static int tiocsctty(struct tty_struct *tty, struct file *file, int arg)
{
	struct signal_struct *sig = current->signal;
	struct task_struct *p;

	if (sig->leader && sig->session == tty->session)
		return 0;
	if (!sig->leader || sig->tty)
		return -EPERM;
	if (tty->session) {
		if (arg != 1)
			return -EPERM;
		/* root steals it */
		for_each_process(p)
			if (p->signal && p->signal->tty == tty)
				p->signal->tty = NULL;
	}
	proc_set_tty(tty);
	return 0;
}

static int tiocgpgrp(struct tty_struct *tty, pid_t __user *p)
{
	if (current->signal->tty != tty)
		return -ENOTTY;
	return put_user(tty->pgrp, p);
}

static int tiocspgrp(struct tty_struct *tty, pid_t __user *p)
{
	struct task_struct *t;
	pid_t pgrp;
	int retval = tty_check_change(tty);
	bool found = false;

	if (retval == -EIO)
		return -ENOTTY;
	if (retval)
		return retval;
	if (current->signal->tty != tty ||
	    tty->session != current->signal->session)
		return -ENOTTY;
	if (get_user(pgrp, p))
		return -EFAULT;
	if (pgrp < 0)
		return -EINVAL;
	for_each_process(t) {
		if (t->signal && t->signal->pgrp == pgrp) {
			found = true;
			if (t->signal->session != current->signal->session)
				return -EPERM;
		}
	}
	if (!found)
		return -ESRCH;
	tty->pgrp = pgrp;
	return 0;
}

static int tiocgsid(struct tty_struct *tty, pid_t __user *p)
{
	if (current->signal->tty != tty || !tty->session)
		return -ENOTTY;
	return put_user(tty->session, p);
}

static int tiocnotty(struct tty_struct *tty)
{
	if (current->signal->tty != tty)
		return -ENOTTY;
	if (current->signal->leader)
		disassociate_ctty(0);
	current->signal->tty = NULL;
	return 0;
}

static int tiocswinsz(struct tty_struct *tty, struct winsize __user *arg)
{
	struct winsize ws;

	if (copy_from_user(&ws, arg, sizeof(ws)))
		return -EFAULT;
	if (memcmp(&ws, &tty->winsize, sizeof(ws)) && tty->pgrp)
		kill_pgrp_nr(tty->pgrp, SIGWINCH, 1);
	tty->winsize = ws;
	return 0;
}

static long tty_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct tty_struct *tty = file->private_data;
	void __user *p = (void __user *)arg;
	unsigned char ch;
	int excl = 0;

	switch (cmd) {
	case TIOCSTI:
		if (get_user(ch, (char __user *)p))
			return -EFAULT;
		n_tty_receive_char(tty, ch);
		return 0;
	case TIOCGWINSZ:
		return copy_to_user(p, &tty->winsize, sizeof(tty->winsize)) ?
		       -EFAULT : 0;
	case TIOCSWINSZ:
		return tiocswinsz(tty, p);
	case TIOCCONS:
		return -EBUSY;
	case TIOCEXCL:
	case TIOCNXCL:
		return 0;
	case TIOCGEXCL:
		return put_user(excl, (int __user *)p);
	case TIOCGETD:
		return put_user(0, (int __user *)p);	/* N_TTY */
	case TIOCSETD:
		return get_user(excl, (int __user *)p) ? -EFAULT :
		       (excl == 0 ? 0 : -EINVAL);
	case TIOCGDEV:
		return put_user((unsigned int)new_encode_dev(
				 MKDEV(console_driver->major,
				       console_driver->minor_start)),
				(unsigned int __user *)p);
	case TIOCSBRK:
	case TIOCCBRK:
	case TCSBRK:
	case TCSBRKP:
		return 0;
	case TIOCNOTTY:
		return tiocnotty(tty);
	case TIOCSCTTY:
		return tiocsctty(tty, file, arg);
	case TIOCGPGRP:
		return tiocgpgrp(tty, p);
	case TIOCSPGRP:
		return tiocspgrp(tty, p);
	case TIOCGSID:
		return tiocgsid(tty, p);
	case FIONREAD:
		tty_poll_input();
		return put_user((int)n_tty_chars_in_buffer(tty), (int __user *)p);
	case TIOCOUTQ:
		return put_user(0, (int __user *)p);
	case TIOCVHANGUP:
		return -EPERM;
	}
	return tty_mode_ioctl(tty, cmd, arg);
}

static const struct file_operations tty_fops = {
	.llseek		= no_llseek,
	.read		= tty_read,
	.write		= tty_write,
	.splice_read	= generic_file_splice_read,
	.splice_write	= iter_file_splice_write,
	.poll		= tty_poll,
	.unlocked_ioctl	= tty_ioctl,
	.open		= tty_open,
	.release	= tty_release,
};

static char *tty_devnode(struct device *dev, umode_t *mode)
{
	if (mode && dev->devt == MKDEV(TTYAUX_MAJOR, 0))
		*mode = 0666;
	return NULL;
}

static struct class *tty_class;

static int __init tty_class_init(void)
{
	tty_class = class_create(THIS_MODULE, "tty");
	if (IS_ERR(tty_class))
		return PTR_ERR(tty_class);
	tty_class->devnode = tty_devnode;
	return 0;
}
postcore_initcall(tty_class_init);

/* /sys/class/tty/console/active: the consoles the console device writes to. */
static ssize_t active_show(struct device *dev, struct device_attribute *attr,
			   char *buf)
{
	return console_active_show(buf);
}
static DEVICE_ATTR_RO(active);

static struct attribute *cons_dev_attrs[] = {
	&dev_attr_active.attr,
	NULL
};
ATTRIBUTE_GROUPS(cons_dev);

/* A port: one tty, its character device and node. */
int tty_register_driver(struct tty_driver *driver)
{
	struct tty_struct *tty = kzalloc(sizeof(*tty), GFP_KERNEL);
	int err;

	if (!tty)
		return -ENOMEM;
	kref_init(&tty->kref);
	kref_init(&driver->kref);
	tty->driver = driver;
	tty->ops = driver->ops;
	tty->termios = driver->init_termios;
	snprintf(tty->name, sizeof(tty->name), "%s0", driver->name);
	init_waitqueue_head(&tty->read_wait);
	init_waitqueue_head(&tty->write_wait);
	err = __register_chrdev(driver->major, driver->minor_start, 1,
				driver->name, &tty_fops);
	if (err < 0) {
		kfree(tty);
		return err;
	}
	driver->tty = tty;
	device_create(tty_class, NULL,
		      MKDEV(driver->major, driver->minor_start), NULL,
		      "%s", tty->name);
	if (!console_driver)
		console_driver = driver;
	return 0;
}

/* /dev/tty and /dev/console (from chr_dev_init, as on Linux). */
int __init tty_init(void)
{
	__register_chrdev(TTYAUX_MAJOR, 0, 1, "/dev/tty", &tty_fops);
	device_create(tty_class, NULL, MKDEV(TTYAUX_MAJOR, 0), NULL, "tty");
	__register_chrdev(TTYAUX_MAJOR, 1, 1, "/dev/console", &tty_fops);
	device_create_with_groups(tty_class, NULL, MKDEV(TTYAUX_MAJOR, 1), NULL,
				  cons_dev_groups, "console");
	return 0;
}

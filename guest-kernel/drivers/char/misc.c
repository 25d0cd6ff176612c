// SPDX-License-Identifier: GPL-2.0
/*
 * Misc devices, as Linux 6.1's drivers/char/misc.c: character major 10,
 * one minor per device, a node in /dev and a device in /sys/class/misc
 * for each; /proc/misc lists them, newest first. A dynamic minor is the
 * highest free one below 128 (127, 126, ...). Opening a misc node finds
 * the device by its minor, puts it in file->private_data and hands the
 * file to the device's own file operations (holding their module).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/kmod.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/module_abi.h>

abi_check_size(miscdevice);
abi_check_field(miscdevice, name);
abi_check_field(miscdevice, fops);
abi_check_field(miscdevice, list);
abi_check_field(miscdevice, parent);
abi_check_field(miscdevice, this_device);
abi_check_field(miscdevice, groups);
abi_check_field(miscdevice, nodename);
abi_check_field(miscdevice, mode);

/* "WARNING: ... at drivers/char/misc.c:N": Linux 6.1's line */
#define MISC_DEREGISTER_WARN_LINE	247

static LIST_HEAD(misc_list);
static DEFINE_MUTEX(misc_mtx);

#define DYNAMIC_MINORS 128	/* like dynamic majors */
static unsigned long misc_minors[DYNAMIC_MINORS / BITS_PER_LONG];

static void *misc_seq_start(struct seq_file *seq, loff_t *pos)
{
	mutex_lock(&misc_mtx);
	return seq_list_start(&misc_list, *pos);
}

static void *misc_seq_next(struct seq_file *seq, void *v, loff_t *pos)
{
	return seq_list_next(v, &misc_list, pos);
}

static void misc_seq_stop(struct seq_file *seq, void *v)
{
	mutex_unlock(&misc_mtx);
}

static int misc_seq_show(struct seq_file *seq, void *v)
{
	const struct miscdevice *p = list_entry(v, struct miscdevice, list);

	seq_printf(seq, "%3i %s\n", p->minor, p->name ? p->name : "");
	return 0;
}

static const struct seq_operations misc_seq_ops = {
	.start = misc_seq_start,
	.next  = misc_seq_next,
	.stop  = misc_seq_stop,
	.show  = misc_seq_show,
};

/* The device with this minor, and a hold on its operations. */
static struct miscdevice *misc_find(int minor,
				    const struct file_operations **fops)
{
	struct miscdevice *iter;

	list_for_each_entry(iter, &misc_list, list) {
		if (iter->minor != minor)
			continue;
		*fops = fops_get(iter->fops);
		return iter;
	}
	return NULL;
}

static int misc_open(struct inode *inode, struct file *file)
{
	int minor = iminor(inode);
	struct miscdevice *c;
	const struct file_operations *new_fops = NULL;
	int err = -ENODEV;

	mutex_lock(&misc_mtx);
	c = misc_find(minor, &new_fops);
	if (!new_fops) {
		/* a module may provide it: ask modprobe, then look again */
		mutex_unlock(&misc_mtx);
		request_module("char-major-%d-%d", MISC_MAJOR, minor);
		mutex_lock(&misc_mtx);
		c = misc_find(minor, &new_fops);
		if (!new_fops)
			goto fail;
	}
	/* the device, for its open() and the rest of its operations */
	file->private_data = c;
	err = 0;
	replace_fops(file, new_fops);
	if (file->f_op->open)
		err = file->f_op->open(inode, file);
fail:
	mutex_unlock(&misc_mtx);
	return err;
}

static struct class *misc_class;

static const struct file_operations misc_fops = {
	.owner		= THIS_MODULE,
	.open		= misc_open,
	.llseek		= noop_llseek,
};

static bool misc_minor_test(int i)
{
	return misc_minors[i / BITS_PER_LONG] & BIT(i % BITS_PER_LONG);
}

static void misc_minor_set(int i, bool on)
{
	if (on)
		misc_minors[i / BITS_PER_LONG] |= BIT(i % BITS_PER_LONG);
	else
		misc_minors[i / BITS_PER_LONG] &= ~BIT(i % BITS_PER_LONG);
}

int misc_register(struct miscdevice *misc)
{
	bool is_dynamic = (misc->minor == MISC_DYNAMIC_MINOR);
	dev_t dev;
	int err = 0;

	INIT_LIST_HEAD(&misc->list);
	mutex_lock(&misc_mtx);
	if (is_dynamic) {
		int i;

		for (i = 0; i < DYNAMIC_MINORS && misc_minor_test(i); i++)
			;
		if (i >= DYNAMIC_MINORS) {
			err = -EBUSY;
			goto out;
		}
		misc->minor = DYNAMIC_MINORS - i - 1;
		misc_minor_set(i, true);
	} else {
		struct miscdevice *c;

		list_for_each_entry(c, &misc_list, list) {
			if (c->minor == misc->minor) {
				err = -EBUSY;
				goto out;
			}
		}
	}
	dev = MKDEV(MISC_MAJOR, misc->minor);
	misc->this_device = device_create_with_groups(misc_class, misc->parent,
						      dev, misc, misc->groups,
						      "%s", misc->name);
	if (IS_ERR(misc->this_device)) {
		if (is_dynamic) {
			int i = DYNAMIC_MINORS - misc->minor - 1;

			if (i < DYNAMIC_MINORS && i >= 0)
				misc_minor_set(i, false);
			misc->minor = MISC_DYNAMIC_MINOR;
		}
		err = PTR_ERR(misc->this_device);
		goto out;
	}
	/* to the front: later devices may "override" earlier defaults */
	list_add(&misc->list, &misc_list);
out:
	mutex_unlock(&misc_mtx);
	return err;
}
EXPORT_SYMBOL(misc_register);

__sibling_calls void misc_deregister(struct miscdevice *misc)
{
	int i = DYNAMIC_MINORS - misc->minor - 1;

	if (WARN_ON_AT_LINE(MISC_DEREGISTER_WARN_LINE, list_empty(&misc->list)))
		return;
	mutex_lock(&misc_mtx);
	list_del(&misc->list);
	device_destroy(misc_class, MKDEV(MISC_MAJOR, misc->minor));
	if (i < DYNAMIC_MINORS && i >= 0)
		misc_minor_set(i, false);
	mutex_unlock(&misc_mtx);
}
EXPORT_SYMBOL(misc_deregister);

static char *misc_devnode(struct device *dev, umode_t *mode)
{
	struct miscdevice *c = dev_get_drvdata(dev);

	if (mode && c->mode)
		*mode = c->mode;
	if (c->nodename)
		return kstrdup(c->nodename, GFP_KERNEL);
	return NULL;
}

static int __init misc_init(void)
{
	int err;
	struct proc_dir_entry *ret;

	ret = proc_create_seq("misc", 0, NULL, &misc_seq_ops);
	misc_class = class_create(THIS_MODULE, "misc");
	err = PTR_ERR(misc_class);
	if (IS_ERR(misc_class))
		goto fail_remove;
	err = -EIO;
	if (register_chrdev(MISC_MAJOR, "misc", &misc_fops))
		goto fail_printk;
	misc_class->devnode = misc_devnode;
	return 0;

fail_printk:
	pr_err("unable to get major %d for misc devices\n", MISC_MAJOR);
	class_destroy(misc_class);
fail_remove:
	if (ret)
		remove_proc_entry("misc", NULL);
	return err;
}
subsys_initcall(misc_init);

// SPDX-License-Identifier: GPL-2.0
/*
 * The memory devices, major 1: null, zero, full, random, urandom, and
 * kmsg (whose file operations printk provides).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/tty.h>
#include <linux/uaccess.h>

#define MEM_MAJOR	1

extern const struct file_operations random_fops, urandom_fops;
extern const struct file_operations kmsg_fops __weak;

static ssize_t read_null(struct file *file, char __user *buf, size_t count,
			 loff_t *ppos)
{
	return 0;
}

static ssize_t write_null(struct file *file, const char __user *buf,
			  size_t count, loff_t *ppos)
{
	return count;
}

static loff_t null_lseek(struct file *file, loff_t offset, int orig)
{
	return file->f_pos = 0;
}

static ssize_t splice_write_null(struct pipe_inode_info *pipe, struct file *out,
				 loff_t *ppos, size_t len, unsigned int flags)
{
	return len;
}

static ssize_t read_zero(struct file *file, char __user *buf, size_t count,
			 loff_t *ppos)
{
	if (clear_user(buf, count))
		return -EFAULT;
	return count;
}

/* A private mapping of /dev/zero is plain anonymous memory. */
static int mmap_zero(struct file *file, struct vm_area_struct *vma)
{
	if (vma->vm_flags & VM_SHARED)
		return -EINVAL;
	fput(vma->vm_file);
	vma->vm_file = NULL;
	return 0;
}

static ssize_t write_full(struct file *file, const char __user *buf,
			  size_t count, loff_t *ppos)
{
	return -ENOSPC;
}

static const struct file_operations null_fops = {
	.llseek		= null_lseek,
	.read		= read_null,
	.write		= write_null,
	.splice_write	= splice_write_null,
};

static const struct file_operations zero_fops = {
	.llseek		= null_lseek,
	.read		= read_zero,
	.write		= write_null,
	.mmap		= mmap_zero,
	.splice_read	= generic_file_splice_read,
	.splice_write	= splice_write_null,
};

static const struct file_operations full_fops = {
	.llseek		= null_lseek,
	.read		= read_zero,
	.write		= write_full,
};

static const struct memdev {
	const char *name;
	umode_t mode;
	const struct file_operations *fops;
} devlist[] = {
	[3] = { "null", 0666, &null_fops },
	[5] = { "zero", 0666, &zero_fops },
	[7] = { "full", 0666, &full_fops },
	[8] = { "random", 0666, &random_fops },
	[9] = { "urandom", 0666, &urandom_fops },
	[11] = { "kmsg", 0644, NULL },	/* kmsg_fops, when printk has them */
};

static const struct file_operations *memdev_fops(unsigned int minor)
{
	if (minor >= ARRAY_SIZE(devlist) || !devlist[minor].name)
		return NULL;
	if (minor == 11)
		return &kmsg_fops ? &kmsg_fops : NULL;
	return devlist[minor].fops;
}

static int memory_open(struct inode *inode, struct file *filp)
{
	const struct file_operations *fops = memdev_fops(iminor(inode));

	if (!fops)
		return -ENXIO;
	filp->f_op = fops;
	if (fops->open)
		return fops->open(inode, filp);
	return 0;
}

static const struct file_operations memory_fops = {
	.open	= memory_open,
	.llseek	= noop_llseek,
};

static char *mem_devnode(struct device *dev, umode_t *mode)
{
	unsigned int minor = MINOR(dev->devt);

	if (mode && minor < ARRAY_SIZE(devlist) && devlist[minor].mode)
		*mode = devlist[minor].mode;
	return NULL;
}

static struct class *mem_class;

static int __init chr_dev_init(void)
{
	unsigned int minor;

	if (register_chrdev(MEM_MAJOR, "mem", &memory_fops))
		pr_err("unable to get major %d for memory devs\n", MEM_MAJOR);
	mem_class = class_create(THIS_MODULE, "mem");
	if (IS_ERR(mem_class))
		return PTR_ERR(mem_class);
	mem_class->devnode = mem_devnode;
	for (minor = 1; minor < ARRAY_SIZE(devlist); minor++) {
		if (!devlist[minor].name)
			continue;
		device_create(mem_class, NULL, MKDEV(MEM_MAJOR, minor), NULL,
			      devlist[minor].name);
	}
	return tty_init();
}
fs_initcall(chr_dev_init);

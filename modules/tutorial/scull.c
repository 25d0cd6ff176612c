// SPDX-License-Identifier: GPL-2.0
/*
 * scull, the way Linux Device Drivers (3rd edition) teaches a character
 * driver, brought to a 6.1 kernel as its many ports do: a mutex instead
 * of a semaphore, proc_create_seq() instead of create_proc_read_entry().
 * Written fresh for kobox; its shape (parameters, quantum sets, ioctls,
 * /proc/scullseq, the scull_load way of making nodes) is the book's.
 *
 * Each device is memory: a list of quantum sets, each an array of qset
 * pointers to quantum-byte areas. Opening for writing only trims it.
 */
#include <linux/cdev.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/mutex.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include "scull.h"

static int scull_major = SCULL_MAJOR;
static int scull_minor;
static int scull_nr_devs = SCULL_NR_DEVS;
static int scull_quantum = SCULL_QUANTUM;
static int scull_qset = SCULL_QSET;

module_param(scull_major, int, 0444);
module_param(scull_minor, int, 0444);
module_param(scull_nr_devs, int, 0444);
module_param(scull_quantum, int, 0444);
module_param(scull_qset, int, 0444);

MODULE_AUTHOR("in the manner of Alessandro Rubini, Jonathan Corbet");
MODULE_LICENSE("Dual BSD/GPL");

struct scull_dev {
	struct scull_qset *data;
	int quantum;
	int qset;
	unsigned long size;
	struct mutex lock;
	struct cdev cdev;
};

static struct scull_dev *scull_devices;

static int scull_trim(struct scull_dev *dev)
{
	struct scull_qset *next, *dptr;
	int qset = dev->qset, i;

	for (dptr = dev->data; dptr; dptr = next) {
		if (dptr->data) {
			for (i = 0; i < qset; i++)
				kfree(dptr->data[i]);
			kfree(dptr->data);
			dptr->data = NULL;
		}
		next = dptr->next;
		kfree(dptr);
	}
	dev->size = 0;
	dev->quantum = scull_quantum;
	dev->qset = scull_qset;
	dev->data = NULL;
	return 0;
}

static int scull_seq_show(struct seq_file *s, void *v)
{
	struct scull_dev *dev = v;
	struct scull_qset *d;
	int i;

	if (mutex_lock_interruptible(&dev->lock))
		return -ERESTARTSYS;
	seq_printf(s, "\nDevice %i: qset %i, q %i, sz %li\n",
		   (int)(dev - scull_devices), dev->qset, dev->quantum,
		   dev->size);
	for (d = dev->data; d; d = d->next) {
		seq_printf(s, "  item at %s, qset at %s\n", d ? "list" : "-",
			   d->data ? "data" : "-");
		if (d->data && !d->next)
			for (i = 0; i < dev->qset; i++)
				if (d->data[i])
					seq_printf(s, "    % 4i: quantum\n", i);
	}
	mutex_unlock(&dev->lock);
	return 0;
}

static void *scull_seq_start(struct seq_file *s, loff_t *pos)
{
	return *pos >= scull_nr_devs ? NULL : scull_devices + *pos;
}

static void *scull_seq_next(struct seq_file *s, void *v, loff_t *pos)
{
	(*pos)++;
	return *pos >= scull_nr_devs ? NULL : scull_devices + *pos;
}

static void scull_seq_stop(struct seq_file *s, void *v)
{
}

static const struct seq_operations scull_seq_ops = {
	.start = scull_seq_start,
	.next  = scull_seq_next,
	.stop  = scull_seq_stop,
	.show  = scull_seq_show,
};

static int scull_open(struct inode *inode, struct file *filp)
{
	struct scull_dev *dev = container_of(inode->i_cdev, struct scull_dev,
					     cdev);

	filp->private_data = dev;
	if ((filp->f_flags & O_ACCMODE) == O_WRONLY) {
		if (mutex_lock_interruptible(&dev->lock))
			return -ERESTARTSYS;
		scull_trim(dev);
		mutex_unlock(&dev->lock);
	}
	return 0;
}

static int scull_release(struct inode *inode, struct file *filp)
{
	return 0;
}

/* The quantum set at position n in the list, made as needed. */
static struct scull_qset *scull_follow(struct scull_dev *dev, int n)
{
	struct scull_qset *qs = dev->data;

	if (!qs) {
		qs = dev->data = kzalloc(sizeof(struct scull_qset), GFP_KERNEL);
		if (!qs)
			return NULL;
	}
	while (n--) {
		if (!qs->next) {
			qs->next = kzalloc(sizeof(struct scull_qset), GFP_KERNEL);
			if (!qs->next)
				return NULL;
		}
		qs = qs->next;
	}
	return qs;
}

static ssize_t scull_read(struct file *filp, char __user *buf, size_t count,
			  loff_t *f_pos)
{
	struct scull_dev *dev = filp->private_data;
	struct scull_qset *dptr;
	int quantum = dev->quantum, qset = dev->qset;
	int itemsize = quantum * qset;
	int item, s_pos, q_pos, rest;
	ssize_t retval = 0;

	if (mutex_lock_interruptible(&dev->lock))
		return -ERESTARTSYS;
	if (*f_pos >= dev->size)
		goto out;
	if (*f_pos + count > dev->size)
		count = dev->size - *f_pos;
	item = (long)*f_pos / itemsize;
	rest = (long)*f_pos % itemsize;
	s_pos = rest / quantum;
	q_pos = rest % quantum;
	dptr = scull_follow(dev, item);
	if (!dptr || !dptr->data || !dptr->data[s_pos])
		goto out;	/* don't fill holes */
	if (count > quantum - q_pos)
		count = quantum - q_pos;	/* read only up to the end of this quantum */
	if (copy_to_user(buf, dptr->data[s_pos] + q_pos, count)) {
		retval = -EFAULT;
		goto out;
	}
	*f_pos += count;
	retval = count;
out:
	mutex_unlock(&dev->lock);
	return retval;
}

static ssize_t scull_write(struct file *filp, const char __user *buf,
			   size_t count, loff_t *f_pos)
{
	struct scull_dev *dev = filp->private_data;
	struct scull_qset *dptr;
	int quantum = dev->quantum, qset = dev->qset;
	int itemsize = quantum * qset;
	int item, s_pos, q_pos, rest;
	ssize_t retval = -ENOMEM;

	if (mutex_lock_interruptible(&dev->lock))
		return -ERESTARTSYS;
	item = (long)*f_pos / itemsize;
	rest = (long)*f_pos % itemsize;
	s_pos = rest / quantum;
	q_pos = rest % quantum;
	dptr = scull_follow(dev, item);
	if (!dptr)
		goto out;
	if (!dptr->data) {
		dptr->data = kcalloc(qset, sizeof(char *), GFP_KERNEL);
		if (!dptr->data)
			goto out;
	}
	if (!dptr->data[s_pos]) {
		dptr->data[s_pos] = kmalloc(quantum, GFP_KERNEL);
		if (!dptr->data[s_pos])
			goto out;
	}
	if (count > quantum - q_pos)
		count = quantum - q_pos;	/* write only up to the end of this quantum */
	if (copy_from_user(dptr->data[s_pos] + q_pos, buf, count)) {
		retval = -EFAULT;
		goto out;
	}
	*f_pos += count;
	retval = count;
	if (dev->size < *f_pos)
		dev->size = *f_pos;
out:
	mutex_unlock(&dev->lock);
	return retval;
}

static long scull_ioctl(struct file *filp, unsigned int cmd, unsigned long arg)
{
	int err = 0, tmp;
	int retval = 0;

	/* wrong type or number: ENOTTY, as POSIX asks */
	if (_IOC_TYPE(cmd) != SCULL_IOC_MAGIC)
		return -ENOTTY;
	if (_IOC_NR(cmd) > SCULL_IOC_MAXNR)
		return -ENOTTY;
	if (_IOC_DIR(cmd) & (_IOC_READ | _IOC_WRITE))
		err = !access_ok((void __user *)arg, _IOC_SIZE(cmd));
	if (err)
		return -EFAULT;

	switch (cmd) {
	case SCULL_IOCRESET:
		scull_quantum = SCULL_QUANTUM;
		scull_qset = SCULL_QSET;
		break;
	case SCULL_IOCSQUANTUM:		/* Set: arg points to the value */
		retval = __get_user(scull_quantum, (int __user *)arg);
		break;
	case SCULL_IOCTQUANTUM:		/* Tell: arg is the value */
		scull_quantum = arg;
		break;
	case SCULL_IOCGQUANTUM:		/* Get: arg is a pointer to the result */
		retval = __put_user(scull_quantum, (int __user *)arg);
		break;
	case SCULL_IOCQQUANTUM:		/* Query: return it (it's positive) */
		return scull_quantum;
	case SCULL_IOCXQUANTUM:		/* eXchange: use arg as a pointer */
		tmp = scull_quantum;
		retval = __get_user(scull_quantum, (int __user *)arg);
		if (retval == 0)
			retval = __put_user(tmp, (int __user *)arg);
		break;
	case SCULL_IOCHQUANTUM:		/* sHift: like Tell + Query */
		tmp = scull_quantum;
		scull_quantum = arg;
		return tmp;
	case SCULL_IOCSQSET:
		retval = __get_user(scull_qset, (int __user *)arg);
		break;
	case SCULL_IOCGQSET:
		retval = __put_user(scull_qset, (int __user *)arg);
		break;
	case SCULL_IOCQQSET:
		return scull_qset;
	default:
		return -ENOTTY;
	}
	return retval;
}

static loff_t scull_llseek(struct file *filp, loff_t off, int whence)
{
	struct scull_dev *dev = filp->private_data;
	loff_t newpos;

	switch (whence) {
	case 0: /* SEEK_SET */
		newpos = off;
		break;
	case 1: /* SEEK_CUR */
		newpos = filp->f_pos + off;
		break;
	case 2: /* SEEK_END */
		newpos = dev->size + off;
		break;
	default:
		return -EINVAL;
	}
	if (newpos < 0)
		return -EINVAL;
	filp->f_pos = newpos;
	return newpos;
}

static const struct file_operations scull_fops = {
	.owner =		THIS_MODULE,
	.llseek =		scull_llseek,
	.read =			scull_read,
	.write =		scull_write,
	.unlocked_ioctl =	scull_ioctl,
	.open =			scull_open,
	.release =		scull_release,
};

static void scull_cleanup_module(void)
{
	dev_t devno = MKDEV(scull_major, scull_minor);
	int i;

	if (scull_devices) {
		for (i = 0; i < scull_nr_devs; i++) {
			scull_trim(scull_devices + i);
			cdev_del(&scull_devices[i].cdev);
		}
		kfree(scull_devices);
	}
	remove_proc_entry("scullseq", NULL);
	unregister_chrdev_region(devno, scull_nr_devs);
}

static void scull_setup_cdev(struct scull_dev *dev, int index)
{
	int err, devno = MKDEV(scull_major, scull_minor + index);

	cdev_init(&dev->cdev, &scull_fops);
	dev->cdev.owner = THIS_MODULE;
	err = cdev_add(&dev->cdev, devno, 1);
	if (err)
		printk(KERN_NOTICE "Error %d adding scull%d", err, index);
}

static int __init scull_init_module(void)
{
	dev_t dev = 0;
	int result, i;

	if (scull_major) {
		dev = MKDEV(scull_major, scull_minor);
		result = register_chrdev_region(dev, scull_nr_devs, "scull");
	} else {
		result = alloc_chrdev_region(&dev, scull_minor, scull_nr_devs,
					     "scull");
		scull_major = MAJOR(dev);
	}
	if (result < 0) {
		printk(KERN_WARNING "scull: can't get major %d\n", scull_major);
		return result;
	}
	scull_devices = kcalloc(scull_nr_devs, sizeof(struct scull_dev),
				GFP_KERNEL);
	if (!scull_devices) {
		result = -ENOMEM;
		goto fail;
	}
	for (i = 0; i < scull_nr_devs; i++) {
		scull_devices[i].quantum = scull_quantum;
		scull_devices[i].qset = scull_qset;
		mutex_init(&scull_devices[i].lock);
		scull_setup_cdev(&scull_devices[i], i);
	}
	proc_create_seq("scullseq", 0, NULL, &scull_seq_ops);
	return 0;

fail:
	scull_cleanup_module();
	return result;
}

module_init(scull_init_module);
module_exit(scull_cleanup_module);

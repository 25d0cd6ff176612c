// SPDX-License-Identifier: GPL-2.0
/*
 * Character devices the ways modules make them:
 *
 *   "kchr"         register_chrdev() (major 0: dynamic, or the "major"
 *                  parameter), 256 minors, a class "kchr" with devices
 *                  kchr0 and kchr1 (0666, from the class's devnode())
 *   "kchr-region"  alloc_chrdev_region() of minors 5 and 6, a cdev_alloc()ed
 *                  cdev, device "region5" whose node is /dev/kchr/region5
 *   misc devices   kmisc-a and kmisc-b with dynamic minors, kmisc-fixed on
 *                  minor 200; a second one asking for kmisc-a's minor,
 *                  then deregistered although it never was
 *
 * Reading a device says which one it is: "kchr minor N" from the minor,
 * a misc device its name from file->private_data, which misc_open() set.
 */
#include <linux/cdev.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/slab.h>

static int major;
module_param(major, int, 0444);

static struct class *kchr_class;
static struct device *kchr_dev[2];
static dev_t region;
static struct cdev *region_cdev;
static struct device *region_dev;

static ssize_t kchr_read(struct file *file, char __user *buf, size_t count,
			 loff_t *ppos)
{
	char text[32];
	int len = scnprintf(text, sizeof(text), "kchr minor %u\n",
			    iminor(file_inode(file)));

	return simple_read_from_buffer(buf, count, ppos, text, len);
}

static int kchr_open(struct inode *inode, struct file *file)
{
	pr_info("chardev: open minor %u\n", iminor(inode));
	return 0;
}

static int kchr_release(struct inode *inode, struct file *file)
{
	pr_info("chardev: release minor %u\n", iminor(inode));
	return 0;
}

static const struct file_operations kchr_fops = {
	.owner		= THIS_MODULE,
	.open		= kchr_open,
	.release	= kchr_release,
	.read		= kchr_read,
	.llseek		= default_llseek,
};

static ssize_t misc_read(struct file *file, char __user *buf, size_t count,
			 loff_t *ppos)
{
	struct miscdevice *misc = file->private_data;
	char text[32];
	int len = scnprintf(text, sizeof(text), "%s\n", misc->name);

	return simple_read_from_buffer(buf, count, ppos, text, len);
}

static const struct file_operations misc_fops = {
	.owner	= THIS_MODULE,
	.read	= misc_read,
	.llseek	= default_llseek,
};

static struct miscdevice kmisc_a = {
	.minor = MISC_DYNAMIC_MINOR, .name = "kmisc-a", .fops = &misc_fops,
};

static struct miscdevice kmisc_b = {
	.minor = MISC_DYNAMIC_MINOR, .name = "kmisc-b", .fops = &misc_fops,
	.mode = 0644,
};

static struct miscdevice kmisc_fixed = {
	.minor = 200, .name = "kmisc-fixed", .fops = &misc_fops,
};

static struct miscdevice kmisc_clash = {
	.name = "kmisc-clash", .fops = &misc_fops,
};

static char *kchr_devnode(struct device *dev, umode_t *mode)
{
	if (MAJOR(dev->devt) == MAJOR(region))
		return kasprintf(GFP_KERNEL, "kchr/%s", dev_name(dev));
	if (mode && MINOR(dev->devt) == 1)
		*mode = 0666;
	return NULL;
}

static int __init chardev_init(void)
{
	int err, again;

	err = register_chrdev(major, "kchr", &kchr_fops);
	if (err < 0)
		return err;
	if (!major)
		major = err;
	again = register_chrdev_region(MKDEV(major, 10), 1, "kchr-again");
	pr_info("chardev: the same major again: %d\n", again);

	err = alloc_chrdev_region(&region, 5, 2, "kchr-region");
	if (err)
		goto unregister_chrdev;
	region_cdev = cdev_alloc();
	if (!region_cdev) {
		err = -ENOMEM;
		goto unregister_region;
	}
	region_cdev->ops = &kchr_fops;
	region_cdev->owner = THIS_MODULE;
	err = cdev_add(region_cdev, region, 2);
	if (err)
		goto put_cdev;

	kchr_class = class_create(THIS_MODULE, "kchr");
	if (IS_ERR(kchr_class)) {
		err = PTR_ERR(kchr_class);
		goto del_cdev;
	}
	kchr_class->devnode = kchr_devnode;
	kchr_dev[0] = device_create(kchr_class, NULL, MKDEV(major, 0), NULL,
				    "kchr0");
	kchr_dev[1] = device_create(kchr_class, NULL, MKDEV(major, 1), NULL,
				    "kchr%d", 1);
	region_dev = device_create(kchr_class, NULL, region, NULL, "region%d",
				   MINOR(region));
	dev_info(kchr_dev[0], "made, %s\n", dev_name(kchr_dev[1]));

	err = misc_register(&kmisc_a);
	if (err)
		goto destroy_devices;
	err = misc_register(&kmisc_b);
	if (err)
		goto deregister_a;
	err = misc_register(&kmisc_fixed);
	if (err)
		goto deregister_b;
	kmisc_clash.minor = kmisc_a.minor;
	pr_info("chardev: kmisc-a's minor again: %d\n",
		misc_register(&kmisc_clash));
	misc_deregister(&kmisc_clash);	/* never registered: Linux warns */
	dev_info(kmisc_a.this_device, "next to kmisc-b: %d\n",
		 kmisc_a.minor - kmisc_b.minor);
	return 0;

deregister_b:
	misc_deregister(&kmisc_b);
deregister_a:
	misc_deregister(&kmisc_a);
destroy_devices:
	device_destroy(kchr_class, region);
	device_destroy(kchr_class, MKDEV(major, 1));
	device_destroy(kchr_class, MKDEV(major, 0));
	class_destroy(kchr_class);
del_cdev:
	cdev_del(region_cdev);
	region_cdev = NULL;
put_cdev:
	if (region_cdev)
		kobject_put(&region_cdev->kobj);
unregister_region:
	unregister_chrdev_region(region, 2);
unregister_chrdev:
	unregister_chrdev(major, "kchr");
	return err;
}

static void __exit chardev_exit(void)
{
	misc_deregister(&kmisc_fixed);
	misc_deregister(&kmisc_b);
	misc_deregister(&kmisc_a);
	device_destroy(kchr_class, region);
	device_destroy(kchr_class, MKDEV(major, 1));
	device_destroy(kchr_class, MKDEV(major, 0));
	class_destroy(kchr_class);
	cdev_del(region_cdev);
	unregister_chrdev_region(region, 2);
	unregister_chrdev(major, "kchr");
	pr_info("chardev: gone\n");
}

module_init(chardev_init);
module_exit(chardev_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kobox test: character and misc devices, a class, devtmpfs nodes");

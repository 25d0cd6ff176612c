// SPDX-License-Identifier: GPL-2.0
/*
 * A character driver the way many introductions to Linux kernel modules
 * build one: register_chrdev() for a dynamic major, class_create() and
 * device_create() so that udev (here devtmpfs) makes /dev/ebbchar, a
 * message kept from the last write, and a mutex that lets one process
 * open the device at a time. Written fresh for kobox in that manner.
 */
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/uaccess.h>

#define DEVICE_NAME "ebbchar"
#define CLASS_NAME  "ebb"

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A simple Linux char driver");
MODULE_VERSION("0.2");

static int major_number;
static char message[256];
static short size_of_message;
static int number_opens;
static struct class *ebbchar_class;
static struct device *ebbchar_device;
static DEFINE_MUTEX(ebbchar_mutex);

static int dev_open(struct inode *inodep, struct file *filep)
{
	if (!mutex_trylock(&ebbchar_mutex)) {
		pr_alert("EBBChar: Device in use by another process");
		return -EBUSY;
	}
	number_opens++;
	pr_info("EBBChar: Device has been opened %d time(s)\n", number_opens);
	return 0;
}

static ssize_t dev_read(struct file *filep, char __user *buffer, size_t len,
			loff_t *offset)
{
	int error_count = copy_to_user(buffer, message, size_of_message);

	if (error_count == 0) {
		pr_info("EBBChar: Sent %d characters to the user\n",
			size_of_message);
		error_count = size_of_message;
		size_of_message = 0;	/* clear the position to the start */
		return error_count;
	}
	pr_info("EBBChar: Failed to send %d characters to the user\n",
		error_count);
	return -EFAULT;
}

static ssize_t dev_write(struct file *filep, const char __user *buffer,
			 size_t len, loff_t *offset)
{
	char text[200];
	size_t n = min(len, sizeof(text) - 1);

	if (copy_from_user(text, buffer, n))
		return -EFAULT;
	text[n] = '\0';
	snprintf(message, sizeof(message), "%s(%zu letters)", text, len);
	size_of_message = strlen(message);
	pr_info("EBBChar: Received %zu characters from the user\n", len);
	return len;
}

static int dev_release(struct inode *inodep, struct file *filep)
{
	mutex_unlock(&ebbchar_mutex);
	pr_info("EBBChar: Device successfully closed\n");
	return 0;
}

static const struct file_operations fops = {
	.owner = THIS_MODULE,
	.open = dev_open,
	.read = dev_read,
	.write = dev_write,
	.release = dev_release,
};

static int __init ebbchar_init(void)
{
	pr_info("EBBChar: Initializing the EBBChar LKM\n");
	major_number = register_chrdev(0, DEVICE_NAME, &fops);
	if (major_number < 0) {
		pr_alert("EBBChar failed to register a major number\n");
		return major_number;
	}
	ebbchar_class = class_create(THIS_MODULE, CLASS_NAME);
	if (IS_ERR(ebbchar_class)) {
		unregister_chrdev(major_number, DEVICE_NAME);
		pr_alert("Failed to register device class\n");
		return PTR_ERR(ebbchar_class);
	}
	pr_info("EBBChar: device class registered correctly\n");
	ebbchar_device = device_create(ebbchar_class, NULL,
				       MKDEV(major_number, 0), NULL,
				       DEVICE_NAME);
	if (IS_ERR(ebbchar_device)) {
		class_destroy(ebbchar_class);
		unregister_chrdev(major_number, DEVICE_NAME);
		pr_alert("Failed to create the device\n");
		return PTR_ERR(ebbchar_device);
	}
	pr_info("EBBChar: device class created correctly\n");
	return 0;
}

static void __exit ebbchar_exit(void)
{
	device_destroy(ebbchar_class, MKDEV(major_number, 0));
	class_destroy(ebbchar_class);
	unregister_chrdev(major_number, DEVICE_NAME);
	pr_info("EBBChar: Goodbye from the LKM!\n");
}

module_init(ebbchar_init);
module_exit(ebbchar_exit);

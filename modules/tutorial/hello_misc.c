// SPDX-License-Identifier: GPL-2.0
/*
 * The "misc device" of countless tutorials: one miscdevice with a
 * dynamic minor, a node in /dev that says hello when read and logs what
 * it is written. Written fresh for kobox in that manner.
 */
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/uaccess.h>

static const char greeting[] = "Hello world!\n";

static int hello_open(struct inode *inode, struct file *file)
{
	pr_info("hello_misc: device opened\n");
	return 0;
}

static int hello_close(struct inode *inode, struct file *file)
{
	pr_info("hello_misc: device closed\n");
	return 0;
}

static ssize_t hello_read(struct file *file, char __user *buf, size_t len,
			  loff_t *ppos)
{
	return simple_read_from_buffer(buf, len, ppos, greeting,
				       sizeof(greeting) - 1);
}

static ssize_t hello_write(struct file *file, const char __user *buf,
			   size_t len, loff_t *ppos)
{
	char kbuf[64];
	size_t n = min(len, sizeof(kbuf) - 1);

	if (copy_from_user(kbuf, buf, n))
		return -EFAULT;
	kbuf[n] = '\0';
	pr_info("hello_misc: got %zu bytes: %s", len, kbuf);
	return len;
}

static const struct file_operations hello_fops = {
	.owner		= THIS_MODULE,
	.open		= hello_open,
	.release	= hello_close,
	.read		= hello_read,
	.write		= hello_write,
	.llseek		= no_llseek,
};

static struct miscdevice hello_device = {
	.minor	= MISC_DYNAMIC_MINOR,
	.name	= "hello_misc",
	.fops	= &hello_fops,
	.mode	= 0666,
};

static int __init hello_misc_init(void)
{
	int error = misc_register(&hello_device);

	if (error) {
		pr_err("hello_misc: misc_register failed: %d\n", error);
		return error;
	}
	pr_info("hello_misc: registered\n");
	return 0;
}

static void __exit hello_misc_exit(void)
{
	misc_deregister(&hello_device);
	pr_info("hello_misc: unregistered\n");
}

module_init(hello_misc_init);
module_exit(hello_misc_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A misc device, tutorial style");

// SPDX-License-Identifier: GPL-2.0
/*
 * File operations on a character device, one minor per flavour, in one
 * dynamically numbered region (alloc_chrdev_region, a cdev per minor):
 *
 *   0 buf     64 bytes read and written through simple_read_from_buffer/
 *             simple_write_to_buffer, default_llseek, and ioctls:
 *             FOPS_GET_LEN _IOR('k', 1, int), FOPS_SET_LEN _IOW('k', 2,
 *             int), FOPS_RESET _IO('k', 3); anything else -ENOTTY
 *   1 fixed   the same buffer, fixed_size_llseek (64 bytes)
 *   2 noop    noop_llseek: seeking moves nothing
 *   3 noseek  nonseekable_open, no llseek
 *   4 stream  stream_open: read() gets no position
 *   5 int     write parses an int (kstrtoint_from_user), read shows it
 *   6 u8      the same for a u8 (kstrtou8_from_user: ERANGE over 255)
 *   7 small   write copies into a 16-byte stack buffer whatever it is
 *             given: more than 16 bytes is caught (__copy_overflow)
 *   8 heap    read copies from a 100-byte kmalloc() object whatever is
 *             asked: past its 128-byte slab object hardened usercopy
 *             stops it (__check_object_size)
 *   9 dup     write copies what it is given with memdup_user_nul and
 *             vmemdup_user, and moves its position with vfs_llseek
 *
 * Nothing printed depends on the major number, which differs between
 * kernels with different built-in drivers.
 */
#include <linux/cdev.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#define FOPS_GET_LEN	_IOR('k', 1, int)
#define FOPS_SET_LEN	_IOW('k', 2, int)
#define FOPS_RESET	_IO('k', 3)

#define NR_MINORS	10
#define BUF_SIZE	64

static dev_t base;
static struct cdev cdevs[NR_MINORS];
static char data[BUF_SIZE] = "hello from fileops\n";
static int data_len = 19;
static int number;
static u8 small_number;
static char *heap;

static ssize_t buf_read(struct file *file, char __user *ubuf, size_t count,
			loff_t *ppos)
{
	return simple_read_from_buffer(ubuf, count, ppos, data, data_len);
}

static ssize_t buf_write(struct file *file, const char __user *ubuf,
			 size_t count, loff_t *ppos)
{
	ssize_t ret = simple_write_to_buffer(data, sizeof(data), ppos, ubuf,
					     count);

	if (ret > 0 && *ppos > data_len)
		data_len = *ppos;
	return ret;
}

static long buf_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	int __user *p = (int __user *)arg;
	int len;

	switch (cmd) {
	case FOPS_GET_LEN:
		return put_user(data_len, p);
	case FOPS_SET_LEN:
		if (get_user(len, p))
			return -EFAULT;
		if (len < 0 || len > BUF_SIZE)
			return -EINVAL;
		data_len = len;
		return 0;
	case FOPS_RESET:
		memset(data, 0, sizeof(data));
		data_len = 0;
		return 0;
	}
	return -ENOTTY;
}

static loff_t fixed_llseek(struct file *file, loff_t off, int whence)
{
	return fixed_size_llseek(file, off, whence, BUF_SIZE);
}

static int noseek_open(struct inode *inode, struct file *file)
{
	return nonseekable_open(inode, file);
}

static int stream_open_op(struct inode *inode, struct file *file)
{
	return stream_open(inode, file);
}

static ssize_t stream_read(struct file *file, char __user *ubuf, size_t count,
			   loff_t *ppos)
{
	static const char msg[] = "stream\n";
	loff_t pos = 0;

	pr_info("fileops: stream read, %s position\n", ppos ? "a" : "no");
	return simple_read_from_buffer(ubuf, count, &pos, msg, sizeof(msg) - 1);
}

static ssize_t int_read(struct file *file, char __user *ubuf, size_t count,
			loff_t *ppos)
{
	char text[24];
	int len = iminor(file_inode(file)) == 5 ?
		  scnprintf(text, sizeof(text), "%d\n", number) :
		  scnprintf(text, sizeof(text), "%u\n", small_number);

	return simple_read_from_buffer(ubuf, count, ppos, text, len);
}

static ssize_t int_write(struct file *file, const char __user *ubuf,
			 size_t count, loff_t *ppos)
{
	int err = iminor(file_inode(file)) == 5 ?
		  kstrtoint_from_user(ubuf, count, 0, &number) :
		  kstrtou8_from_user(ubuf, count, 0, &small_number);

	return err ? err : count;
}

static ssize_t small_write(struct file *file, const char __user *ubuf,
			   size_t count, loff_t *ppos)
{
	char kbuf[16];

	if (copy_from_user(kbuf, ubuf, count))
		return -EFAULT;
	pr_info("fileops: small write of %zu bytes, first '%c'\n", count,
		count ? kbuf[0] : '-');
	return count;
}

static ssize_t heap_read(struct file *file, char __user *ubuf, size_t count,
			 loff_t *ppos)
{
	if (copy_to_user(ubuf, heap, count))
		return -EFAULT;
	return count;
}

static ssize_t dup_write(struct file *file, const char __user *ubuf,
			 size_t count, loff_t *ppos)
{
	char *text = memdup_user_nul(ubuf, count);
	void *copy;
	loff_t pos;
	bool same;

	if (IS_ERR(text))
		return PTR_ERR(text);
	copy = vmemdup_user(ubuf, count);
	if (IS_ERR(copy)) {
		kfree(text);
		return PTR_ERR(copy);
	}
	same = !memcmp(copy, text, count);
	pos = vfs_llseek(file, count, SEEK_CUR);
	pr_info("fileops: dup of %zu bytes: \"%s\", %s, position %lld\n",
		count, strim(text), same ? "same" : "differs", pos);
	kvfree(copy);
	kfree(text);
	return count;
}

static const struct file_operations fops[NR_MINORS] = {
	[0] = { .owner = THIS_MODULE, .read = buf_read, .write = buf_write,
		.unlocked_ioctl = buf_ioctl, .llseek = default_llseek },
	[1] = { .owner = THIS_MODULE, .read = buf_read, .write = buf_write,
		.llseek = fixed_llseek },
	[2] = { .owner = THIS_MODULE, .read = buf_read,
		.llseek = noop_llseek },
	[3] = { .owner = THIS_MODULE, .open = noseek_open, .read = buf_read,
		.llseek = no_llseek },
	[4] = { .owner = THIS_MODULE, .open = stream_open_op,
		.read = stream_read },
	[5] = { .owner = THIS_MODULE, .read = int_read, .write = int_write },
	[6] = { .owner = THIS_MODULE, .read = int_read, .write = int_write },
	[7] = { .owner = THIS_MODULE, .write = small_write },
	[8] = { .owner = THIS_MODULE, .read = heap_read },
	[9] = { .owner = THIS_MODULE, .write = dup_write,
		.llseek = default_llseek },
};

static int __init fileops_init(void)
{
	int err, i;

	heap = kmalloc(100, GFP_KERNEL);
	if (!heap)
		return -ENOMEM;
	memset(heap, 'h', 100);
	err = alloc_chrdev_region(&base, 0, NR_MINORS, "fileops");
	if (err)
		goto free_heap;
	for (i = 0; i < NR_MINORS; i++) {
		cdev_init(&cdevs[i], &fops[i]);
		cdevs[i].owner = THIS_MODULE;
		err = cdev_add(&cdevs[i], base + i, 1);
		if (err)
			goto del_cdevs;
	}
	pr_info("fileops: %d minors from %d\n", NR_MINORS, MINOR(base));
	return 0;

del_cdevs:
	while (i--)
		cdev_del(&cdevs[i]);
	unregister_chrdev_region(base, NR_MINORS);
free_heap:
	kfree(heap);
	return err;
}

static void __exit fileops_exit(void)
{
	int i;

	for (i = 0; i < NR_MINORS; i++)
		cdev_del(&cdevs[i]);
	unregister_chrdev_region(base, NR_MINORS);
	kfree(heap);
}

module_init(fileops_init);
module_exit(fileops_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kobox test: file operations of a character device");

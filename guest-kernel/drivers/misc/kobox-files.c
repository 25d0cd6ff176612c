// SPDX-License-Identifier: GPL-2.0
/*
 * kobox-files: a read-only window of memory the host fills with a cpio
 * archive of files for user space (compatible "kobox,files"). The first
 * 64-bit word is the archive's length; the archive follows. The host may
 * change it while the board is stopped, so every read looks again.
 *
 * /dev/kobox-files reads the archive; `cpio -i < /dev/kobox-files`
 * unpacks it, as the kernel unpacks an initramfs.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/errno.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/io.h>
#include <linux/of_fdt.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#define FILES_HEADER	8

static void __iomem *files_base;
static u64 files_window;

static ssize_t files_read(struct file *file, char __user *buf, size_t count,
			  loff_t *ppos)
{
	u64 size = readq(files_base);
	size_t done = 0;
	void *bounce;

	if (size > files_window - FILES_HEADER)
		return -EIO;
	if (*ppos < 0 || (u64)*ppos >= size)
		return 0;
	count = min(count, (size_t)(size - *ppos));
	bounce = kmalloc(PAGE_SIZE, GFP_KERNEL);
	if (!bounce)
		return -ENOMEM;
	while (done < count) {
		size_t n = min(count - done, (size_t)PAGE_SIZE);

		memcpy_fromio(bounce, files_base + FILES_HEADER + *ppos, n);
		if (copy_to_user(buf + done, bounce, n))
			break;
		*ppos += n;
		done += n;
	}
	kfree(bounce);
	return done ? done : -EFAULT;
}

static const struct file_operations files_fops = {
	.read	= files_read,
	.llseek	= default_llseek,	/* cpio skips padding by seeking */
};

static struct class *files_class;

static int __init kobox_files_init(void)
{
	int node = of_flat_dt_find_compatible("kobox,files");
	u64 base;
	int major;

	if (node < 0 || of_flat_dt_read_reg(node, 0, &base, &files_window))
		return -ENODEV;
	if (files_window <= FILES_HEADER)
		return -EINVAL;
	files_base = ioremap(base, files_window);
	if (!files_base)
		return -ENOMEM;
	major = register_chrdev(0, "kobox-files", &files_fops);
	if (major < 0)
		return major;
	files_class = class_create(THIS_MODULE, "kobox-files");
	if (IS_ERR(files_class))
		return PTR_ERR(files_class);
	device_create(files_class, NULL, MKDEV(major, 0), NULL, "kobox-files");
	return 0;
}
device_initcall(kobox_files_init);

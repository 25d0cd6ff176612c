// SPDX-License-Identifier: GPL-2.0
/*
 * debugfs files: the proxy in front of a creator's file_operations, and
 * the ready-made files for numbers, booleans, blobs, u32 arrays and
 * register sets, in Linux 6.1's formats.
 *
 * The proxy stays the file's f_op and forwards each call. It holds the
 * creator's module while the file is open (rmmod waits for close, as
 * Linux's fops_get() makes it), and for debugfs_create_file() files it
 * refuses every call but release with -EIO once the file is removed
 * (debugfs_create_file_unsafe() creators check with debugfs_file_get()).
 * A method the creator left out behaves as the VFS treats a missing one.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/errno.h>
#include <linux/module_abi.h>
#include <linux/debugfs.h>
#include <linux/fs.h>
#include <linux/io.h>
#include <linux/module.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/wait.h>
#include "internal.h"

abi_check_size(debugfs_blob_wrapper);
abi_check_field(debugfs_blob_wrapper, size);
abi_check_size(debugfs_reg32);
abi_check_field(debugfs_reg32, offset);
abi_check_size(debugfs_regset32);
abi_check_field(debugfs_regset32, nregs);
abi_check_field(debugfs_regset32, base);
abi_check_field(debugfs_regset32, dev);
abi_check_size(debugfs_u32_array);
abi_check_field(debugfs_u32_array, n_elements);

static DECLARE_WAIT_QUEUE_HEAD(debugfs_removal_wait);

static struct dentry *file_dentry_of(const struct file *filp)
{
	return filp->f_path.dentry;
}

static struct debugfs_fsdata *fsdata_of(const struct file *filp)
{
	return file_dentry_of(filp)->d_fsdata;
}

const struct file_operations *debugfs_real_fops(const struct file *filp)
{
	return fsdata_of(filp)->real_fops;
}
EXPORT_SYMBOL_GPL(debugfs_real_fops);

/* Enter a section in which the file's data may be used: -EIO if removed. */
int debugfs_file_get(struct dentry *dentry)
{
	struct debugfs_fsdata *fsd = dentry->d_fsdata;

	if (fsd->removed)
		return -EIO;
	fsd->active_users++;
	return 0;
}
EXPORT_SYMBOL_GPL(debugfs_file_get);

void debugfs_file_put(struct dentry *dentry)
{
	struct debugfs_fsdata *fsd = dentry->d_fsdata;

	if (!--fsd->active_users && fsd->removed)
		wake_up_all(&debugfs_removal_wait);
}
EXPORT_SYMBOL_GPL(debugfs_file_put);

/* Called by debugfs_remove(): no new section starts; wait for those running. */
void __debugfs_file_removed(struct dentry *dentry)
{
	struct debugfs_fsdata *fsd = dentry->d_fsdata;

	fsd->removed = true;
	wait_event(debugfs_removal_wait, !fsd->active_users);
}

/* Files created without fops: empty, writes vanish. */
static ssize_t default_read_file(struct file *file, char __user *buf,
				 size_t count, loff_t *ppos)
{
	return 0;
}

static ssize_t default_write_file(struct file *file, const char __user *buf,
				  size_t count, loff_t *ppos)
{
	return count;
}

const struct file_operations debugfs_noop_file_operations = {
	.read	= default_read_file,
	.write	= default_write_file,
	.open	= simple_open,
	.llseek	= noop_llseek,
};

/* The proxy: @full files check for removal around each call. */
static int proxy_enter(struct file *filp, bool full)
{
	return full ? debugfs_file_get(file_dentry_of(filp)) : 0;
}

static void proxy_leave(struct file *filp, bool full)
{
	if (full)
		debugfs_file_put(file_dentry_of(filp));
}

static bool proxy_is_full(const struct file *filp)
{
	return fsdata_of(filp)->full;
}

static int proxy_open(struct inode *inode, struct file *filp)
{
	struct dentry *dentry = file_dentry_of(filp);
	const struct file_operations *real_fops;
	int r;

	r = debugfs_file_get(dentry);
	if (r)
		return r == -EIO ? -ENOENT : r;
	real_fops = debugfs_real_fops(filp);
	if (!try_module_get(real_fops->owner)) {
		r = -ENXIO;
		goto out;
	}
	if (real_fops->open) {
		r = real_fops->open(inode, filp);
		if (r)
			module_put(real_fops->owner);
	}
out:
	debugfs_file_put(dentry);
	return r;
}

/* Not guarded: it must run so that nothing leaks, removed or not. */
static int proxy_release(struct inode *inode, struct file *filp)
{
	const struct file_operations *real_fops = debugfs_real_fops(filp);
	int r = 0;

	if (real_fops->release)
		r = real_fops->release(inode, filp);
	module_put(real_fops->owner);
	return r;
}

static ssize_t proxy_read(struct file *filp, char __user *buf, size_t size,
			  loff_t *ppos)
{
	const struct file_operations *real_fops = debugfs_real_fops(filp);
	bool full = proxy_is_full(filp);
	ssize_t r;

	if (!real_fops->read)
		return -EINVAL;
	r = proxy_enter(filp, full);
	if (r)
		return r;
	r = real_fops->read(filp, buf, size, ppos);
	proxy_leave(filp, full);
	return r;
}

static ssize_t proxy_write(struct file *filp, const char __user *buf,
			   size_t size, loff_t *ppos)
{
	const struct file_operations *real_fops = debugfs_real_fops(filp);
	bool full = proxy_is_full(filp);
	ssize_t r;

	if (!real_fops->write)
		return -EINVAL;
	r = proxy_enter(filp, full);
	if (r)
		return r;
	r = real_fops->write(filp, buf, size, ppos);
	proxy_leave(filp, full);
	return r;
}

static loff_t proxy_llseek(struct file *filp, loff_t offset, int whence)
{
	const struct file_operations *real_fops = debugfs_real_fops(filp);
	bool full = proxy_is_full(filp);
	loff_t r;

	if (!real_fops->llseek)
		return -ESPIPE;
	r = proxy_enter(filp, full);
	if (r)
		return r;
	r = real_fops->llseek(filp, offset, whence);
	proxy_leave(filp, full);
	return r;
}

static __poll_t proxy_poll(struct file *filp, struct poll_table_struct *wait)
{
	const struct file_operations *real_fops = debugfs_real_fops(filp);
	bool full = proxy_is_full(filp);
	__poll_t r;

	if (!real_fops->poll)
		return DEFAULT_POLLMASK;
	if (proxy_enter(filp, full))
		return EPOLLHUP;
	r = real_fops->poll(filp, wait);
	proxy_leave(filp, full);
	return r;
}

static long proxy_unlocked_ioctl(struct file *filp, unsigned int cmd,
				 unsigned long arg)
{
	const struct file_operations *real_fops = debugfs_real_fops(filp);
	bool full = proxy_is_full(filp);
	long r;

	if (!real_fops->unlocked_ioctl)
		return -ENOTTY;
	r = proxy_enter(filp, full);
	if (r)
		return r;
	r = real_fops->unlocked_ioctl(filp, cmd, arg);
	proxy_leave(filp, full);
	return r;
}

static int proxy_mmap(struct file *filp, struct vm_area_struct *vma)
{
	const struct file_operations *real_fops = debugfs_real_fops(filp);

	if (!real_fops->mmap)
		return -ENODEV;
	return real_fops->mmap(filp, vma);
}

const struct file_operations debugfs_proxy_file_operations = {
	.open		= proxy_open,
	.release	= proxy_release,
	.read		= proxy_read,
	.write		= proxy_write,
	.llseek		= proxy_llseek,
	.poll		= proxy_poll,
	.unlocked_ioctl	= proxy_unlocked_ioctl,
	.mmap		= proxy_mmap,
};

/* DEFINE_DEBUGFS_ATTRIBUTE's read and write: simple_attr's, guarded. */
ssize_t debugfs_attr_read(struct file *file, char __user *buf, size_t len,
			  loff_t *ppos)
{
	struct dentry *dentry = file_dentry_of(file);
	ssize_t ret = debugfs_file_get(dentry);

	if (ret)
		return ret;
	ret = simple_attr_read(file, buf, len, ppos);
	debugfs_file_put(dentry);
	return ret;
}
EXPORT_SYMBOL_GPL(debugfs_attr_read);

static ssize_t debugfs_attr_write_xsigned(struct file *file,
					  const char __user *buf, size_t len,
					  loff_t *ppos, bool is_signed)
{
	struct dentry *dentry = file_dentry_of(file);
	ssize_t ret = debugfs_file_get(dentry);

	if (ret)
		return ret;
	if (is_signed)
		ret = simple_attr_write_signed(file, buf, len, ppos);
	else
		ret = simple_attr_write(file, buf, len, ppos);
	debugfs_file_put(dentry);
	return ret;
}

ssize_t debugfs_attr_write(struct file *file, const char __user *buf,
			   size_t len, loff_t *ppos)
{
	return debugfs_attr_write_xsigned(file, buf, len, ppos, false);
}
EXPORT_SYMBOL_GPL(debugfs_attr_write);

ssize_t debugfs_attr_write_signed(struct file *file, const char __user *buf,
				  size_t len, loff_t *ppos)
{
	return debugfs_attr_write_xsigned(file, buf, len, ppos, true);
}
EXPORT_SYMBOL_GPL(debugfs_attr_write_signed);

/* Numbers: read-write, read-only or write-only by the mode's bits. */
static void debugfs_create_mode_unsafe(const char *name, umode_t mode,
				       struct dentry *parent, void *value,
				       const struct file_operations *fops,
				       const struct file_operations *fops_ro,
				       const struct file_operations *fops_wo)
{
	if (!(mode & S_IWUGO))
		debugfs_create_file_unsafe(name, mode, parent, value, fops_ro);
	else if (!(mode & S_IRUGO))
		debugfs_create_file_unsafe(name, mode, parent, value, fops_wo);
	else
		debugfs_create_file_unsafe(name, mode, parent, value, fops);
}

#define DEBUGFS_NUMBER(type, ctype, getfmt, signed)			\
static int debugfs_##type##_set(void *data, u64 val)			\
{									\
	*(ctype *)data = val;						\
	return 0;							\
}									\
static int debugfs_##type##_get(void *data, u64 *val)			\
{									\
	*val = *(ctype *)data;						\
	return 0;							\
}									\
DEFINE_DEBUGFS_ATTRIBUTE_XSIGNED(fops_##type, debugfs_##type##_get,	\
				 debugfs_##type##_set, getfmt, signed);	\
DEFINE_DEBUGFS_ATTRIBUTE_XSIGNED(fops_##type##_ro, debugfs_##type##_get, \
				 NULL, getfmt, signed);			\
DEFINE_DEBUGFS_ATTRIBUTE_XSIGNED(fops_##type##_wo, NULL,		\
				 debugfs_##type##_set, getfmt, signed)

DEBUGFS_NUMBER(u8, u8, "%llu\n", false);
DEBUGFS_NUMBER(u16, u16, "%llu\n", false);
DEBUGFS_NUMBER(u32, u32, "%llu\n", false);
DEBUGFS_NUMBER(u64, u64, "%llu\n", false);
DEBUGFS_NUMBER(ulong, unsigned long, "%llu\n", false);
DEBUGFS_NUMBER(size_t, size_t, "%llu\n", false);
DEBUGFS_NUMBER(atomic_t, int, "%lld\n", true);

/* The x variants print the same numbers in hex, as wide as the type. */
DEFINE_DEBUGFS_ATTRIBUTE(fops_x8, debugfs_u8_get, debugfs_u8_set, "0x%02llx\n");
DEFINE_DEBUGFS_ATTRIBUTE(fops_x8_ro, debugfs_u8_get, NULL, "0x%02llx\n");
DEFINE_DEBUGFS_ATTRIBUTE(fops_x8_wo, NULL, debugfs_u8_set, "0x%02llx\n");
DEFINE_DEBUGFS_ATTRIBUTE(fops_x16, debugfs_u16_get, debugfs_u16_set, "0x%04llx\n");
DEFINE_DEBUGFS_ATTRIBUTE(fops_x16_ro, debugfs_u16_get, NULL, "0x%04llx\n");
DEFINE_DEBUGFS_ATTRIBUTE(fops_x16_wo, NULL, debugfs_u16_set, "0x%04llx\n");
DEFINE_DEBUGFS_ATTRIBUTE(fops_x32, debugfs_u32_get, debugfs_u32_set, "0x%08llx\n");
DEFINE_DEBUGFS_ATTRIBUTE(fops_x32_ro, debugfs_u32_get, NULL, "0x%08llx\n");
DEFINE_DEBUGFS_ATTRIBUTE(fops_x32_wo, NULL, debugfs_u32_set, "0x%08llx\n");
DEFINE_DEBUGFS_ATTRIBUTE(fops_x64, debugfs_u64_get, debugfs_u64_set, "0x%016llx\n");
DEFINE_DEBUGFS_ATTRIBUTE(fops_x64_ro, debugfs_u64_get, NULL, "0x%016llx\n");
DEFINE_DEBUGFS_ATTRIBUTE(fops_x64_wo, NULL, debugfs_u64_set, "0x%016llx\n");

#define DEBUGFS_CREATE_NUMBER(fn, type, fops)				\
void debugfs_create_##fn(const char *name, umode_t mode,		\
			 struct dentry *parent, type *value)		\
{									\
	debugfs_create_mode_unsafe(name, mode, parent, value, &fops,	\
				   &fops##_ro, &fops##_wo);		\
}									\
EXPORT_SYMBOL_GPL(debugfs_create_##fn)

DEBUGFS_CREATE_NUMBER(u8, u8, fops_u8);
DEBUGFS_CREATE_NUMBER(u16, u16, fops_u16);
DEBUGFS_CREATE_NUMBER(u32, u32, fops_u32);
DEBUGFS_CREATE_NUMBER(u64, u64, fops_u64);
DEBUGFS_CREATE_NUMBER(ulong, unsigned long, fops_ulong);
DEBUGFS_CREATE_NUMBER(x8, u8, fops_x8);
DEBUGFS_CREATE_NUMBER(x16, u16, fops_x16);
DEBUGFS_CREATE_NUMBER(x32, u32, fops_x32);
DEBUGFS_CREATE_NUMBER(x64, u64, fops_x64);
DEBUGFS_CREATE_NUMBER(size_t, size_t, fops_size_t);
DEBUGFS_CREATE_NUMBER(atomic_t, atomic_t, fops_atomic_t);

/* Booleans read "Y\n" or "N\n"; a write that does not parse changes nothing. */
ssize_t debugfs_read_file_bool(struct file *file, char __user *user_buf,
			       size_t count, loff_t *ppos)
{
	struct dentry *dentry = file_dentry_of(file);
	char buf[2];
	int r;

	r = debugfs_file_get(dentry);
	if (r)
		return r;
	buf[0] = *(bool *)file->private_data ? 'Y' : 'N';
	debugfs_file_put(dentry);
	buf[1] = '\n';
	return simple_read_from_buffer(user_buf, count, ppos, buf, 2);
}
EXPORT_SYMBOL_GPL(debugfs_read_file_bool);

ssize_t debugfs_write_file_bool(struct file *file, const char __user *user_buf,
				size_t count, loff_t *ppos)
{
	struct dentry *dentry = file_dentry_of(file);
	char buf[4];
	size_t n = min(count, sizeof(buf) - 1);
	bool bv;
	int r;

	if (copy_from_user(buf, user_buf, n))
		return -EFAULT;
	buf[n] = '\0';
	if (!kstrtobool(buf, &bv)) {
		r = debugfs_file_get(dentry);
		if (r)
			return r;
		*(bool *)file->private_data = bv;
		debugfs_file_put(dentry);
	}
	return count;
}
EXPORT_SYMBOL_GPL(debugfs_write_file_bool);

static const struct file_operations fops_bool = {
	.read =		debugfs_read_file_bool,
	.write =	debugfs_write_file_bool,
	.open =		simple_open,
	.llseek =	default_llseek,
};

static const struct file_operations fops_bool_ro = {
	.read =		debugfs_read_file_bool,
	.open =		simple_open,
	.llseek =	default_llseek,
};

static const struct file_operations fops_bool_wo = {
	.write =	debugfs_write_file_bool,
	.open =		simple_open,
	.llseek =	default_llseek,
};

void debugfs_create_bool(const char *name, umode_t mode, struct dentry *parent,
			 bool *value)
{
	debugfs_create_mode_unsafe(name, mode, parent, value, &fops_bool,
				   &fops_bool_ro, &fops_bool_wo);
}
EXPORT_SYMBOL_GPL(debugfs_create_bool);

/* A blob is read-only, whatever the mode asked for. */
static ssize_t read_file_blob(struct file *file, char __user *user_buf,
			      size_t count, loff_t *ppos)
{
	struct debugfs_blob_wrapper *blob = file->private_data;
	struct dentry *dentry = file_dentry_of(file);
	ssize_t r;

	r = debugfs_file_get(dentry);
	if (r)
		return r;
	r = simple_read_from_buffer(user_buf, count, ppos, blob->data,
				    blob->size);
	debugfs_file_put(dentry);
	return r;
}

static const struct file_operations fops_blob = {
	.read =		read_file_blob,
	.open =		simple_open,
	.llseek =	default_llseek,
};

struct dentry *debugfs_create_blob(const char *name, umode_t mode,
				   struct dentry *parent,
				   struct debugfs_blob_wrapper *blob)
{
	return debugfs_create_file_unsafe(name, mode & 0444, parent, blob,
					  &fops_blob);
}
EXPORT_SYMBOL_GPL(debugfs_create_blob);

/* A u32 array reads as its numbers separated by spaces, then a newline. */
static size_t u32_format_array(char *buf, size_t bufsize, u32 *array,
			       int array_size)
{
	size_t ret = 0;

	while (--array_size >= 0) {
		size_t len;
		char term = array_size ? ' ' : '\n';

		len = snprintf(buf, bufsize, "%u%c", *array++, term);
		ret += len;
		buf += len;
		bufsize -= len;
	}
	return ret;
}

static int u32_array_open(struct inode *inode, struct file *file)
{
	struct debugfs_u32_array *data = inode->i_private;
	int size, elements = data->n_elements;
	char *buf;

	/* at most 10 digits and a separator per element, and a NUL */
	size = elements * 11;
	buf = kmalloc(size + 1, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	buf[size] = 0;
	file->private_data = buf;
	u32_format_array(buf, size, data->array, data->n_elements);
	return nonseekable_open(inode, file);
}

static ssize_t u32_array_read(struct file *file, char __user *buf, size_t len,
			      loff_t *ppos)
{
	size_t size = strlen(file->private_data);

	return simple_read_from_buffer(buf, len, ppos, file->private_data,
				       size);
}

static int u32_array_release(struct inode *inode, struct file *file)
{
	kfree(file->private_data);
	return 0;
}

static const struct file_operations u32_array_fops = {
	.open	 = u32_array_open,
	.release = u32_array_release,
	.read	 = u32_array_read,
	.llseek  = no_llseek,
};

void debugfs_create_u32_array(const char *name, umode_t mode,
			      struct dentry *parent,
			      struct debugfs_u32_array *array)
{
	debugfs_create_file_unsafe(name, mode, parent, array, &u32_array_fops);
}
EXPORT_SYMBOL_GPL(debugfs_create_u32_array);

/* "<prefix><name> = 0x%08x" for each 32-bit register at base + offset. */
void debugfs_print_regs32(struct seq_file *s, const struct debugfs_reg32 *regs,
			  int nregs, void __iomem *base, char *prefix)
{
	int i;

	for (i = 0; i < nregs; i++, regs++) {
		if (prefix)
			seq_printf(s, "%s", prefix);
		seq_printf(s, "%s = 0x%08x\n", regs->name,
			   readl(base + regs->offset));
		if (seq_has_overflowed(s))
			break;
	}
}
EXPORT_SYMBOL_GPL(debugfs_print_regs32);

static int debugfs_regset32_show(struct seq_file *s, void *data)
{
	struct debugfs_regset32 *regset = s->private;

	debugfs_print_regs32(s, regset->regs, regset->nregs, regset->base, "");
	return 0;
}

static int debugfs_regset32_open(struct inode *inode, struct file *file)
{
	return single_open(file, debugfs_regset32_show, inode->i_private);
}

static const struct file_operations fops_regset32 = {
	.open =		debugfs_regset32_open,
	.read =		seq_read,
	.llseek =	seq_lseek,
	.release =	single_release,
};

void debugfs_create_regset32(const char *name, umode_t mode,
			     struct dentry *parent,
			     struct debugfs_regset32 *regset)
{
	debugfs_create_file(name, mode, parent, regset, &fops_regset32);
}
EXPORT_SYMBOL_GPL(debugfs_create_regset32);

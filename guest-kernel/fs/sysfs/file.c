// SPDX-License-Identifier: GPL-2.0
/*
 * sysfs attribute files: the kernfs node's priv is the attribute, its
 * parent's the kobject, whose type's sysfs_ops show and store it.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "sysfs.h"
#include <linux/module_abi.h>

abi_check_size(attribute);
abi_check_field(attribute, mode);
abi_check_size(attribute_group);
abi_check_field(attribute_group, is_visible);
abi_check_field(attribute_group, is_bin_visible);
abi_check_field(attribute_group, attrs);
abi_check_field(attribute_group, bin_attrs);
abi_check_size(bin_attribute);
abi_check_field(bin_attribute, size);
abi_check_field(bin_attribute, private);
abi_check_field(bin_attribute, read);
abi_check_field(bin_attribute, write);
abi_check_field(bin_attribute, mmap);
abi_check_field(sysfs_ops, store);

static struct kobject *sysfs_file_kobj(struct kernfs_node *kn)
{
	return kn->parent->priv;
}

static const struct sysfs_ops *sysfs_file_ops(struct kernfs_node *kn)
{
	return sysfs_file_kobj(kn)->ktype->sysfs_ops;
}

/* show() fills a page; the seq_file's buffer is at least that big. */
static int sysfs_kf_seq_show(struct seq_file *sf, void *v)
{
	struct kernfs_open_file *of = sf->private;
	struct kernfs_node *kn = of->kn;
	const struct sysfs_ops *ops = sysfs_file_ops(kn);
	char *buf;
	ssize_t count;

	buf = kzalloc(PAGE_SIZE, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	count = ops->show(sysfs_file_kobj(kn), kn->priv, buf);
	if (count >= (ssize_t)PAGE_SIZE) {
		printk("fill_read_buffer: %pS returned bad count\n", ops->show);
		count = PAGE_SIZE - 1;
	}
	if (count > 0)
		seq_write(sf, buf, count);
	kfree(buf);
	return count < 0 ? count : 0;
}

static ssize_t sysfs_kf_write(struct kernfs_open_file *of, char *buf,
			      size_t count, loff_t pos)
{
	struct kernfs_node *kn = of->kn;

	if (!count)
		return 0;
	return sysfs_file_ops(kn)->store(sysfs_file_kobj(kn), kn->priv, buf,
					 count);
}

static const struct kernfs_ops sysfs_file_kfops_ro = {
	.seq_show	= sysfs_kf_seq_show,
};

static const struct kernfs_ops sysfs_file_kfops_wo = {
	.write		= sysfs_kf_write,
	.atomic_write_len = PAGE_SIZE,
};

static const struct kernfs_ops sysfs_file_kfops_rw = {
	.seq_show	= sysfs_kf_seq_show,
	.write		= sysfs_kf_write,
	.atomic_write_len = PAGE_SIZE,
};

static const struct kernfs_ops sysfs_file_kfops_empty = {
};

int sysfs_add_file_mode_ns(struct kernfs_node *parent,
			   const struct attribute *attr, umode_t amode)
{
	struct kobject *kobj = parent->priv;
	const struct sysfs_ops *sysfs_ops = kobj->ktype->sysfs_ops;
	const struct kernfs_ops *ops;
	struct kernfs_node *kn;

	if (!sysfs_ops) {
		pr_err("missing sysfs attribute operations for kobject: %s\n",
		       kobject_name(kobj));
		return -EINVAL;
	}
	if (sysfs_ops->show && sysfs_ops->store)
		ops = &sysfs_file_kfops_rw;
	else if (sysfs_ops->show)
		ops = &sysfs_file_kfops_ro;
	else if (sysfs_ops->store)
		ops = &sysfs_file_kfops_wo;
	else
		ops = &sysfs_file_kfops_empty;
	kn = kernfs_create_file(parent, attr->name, amode & S_IALLUGO,
				PAGE_SIZE, ops, (void *)attr);
	if (IS_ERR(kn)) {
		if (PTR_ERR(kn) == -EEXIST)
			sysfs_warn_dup(parent, attr->name);
		return PTR_ERR(kn);
	}
	return 0;
}

static ssize_t sysfs_kf_bin_read(struct kernfs_open_file *of, char *buf,
				 size_t count, loff_t pos)
{
	struct bin_attribute *battr = of->kn->priv;
	struct kobject *kobj = sysfs_file_kobj(of->kn);
	loff_t size = battr->size;

	if (!count)
		return 0;
	if (size) {
		if (pos >= size)
			return 0;
		if (pos + count > size)
			count = size - pos;
	}
	if (!battr->read)
		return -EIO;
	return battr->read(of->file, kobj, battr, buf, pos, count);
}

static ssize_t sysfs_kf_bin_write(struct kernfs_open_file *of, char *buf,
				  size_t count, loff_t pos)
{
	struct bin_attribute *battr = of->kn->priv;
	struct kobject *kobj = sysfs_file_kobj(of->kn);
	loff_t size = battr->size;

	if (size) {
		if (size <= pos)
			return -EFBIG;
		count = min((loff_t)count, size - pos);
	}
	if (!count)
		return 0;
	if (!battr->write)
		return -EIO;
	return battr->write(of->file, kobj, battr, buf, pos, count);
}

static const struct kernfs_ops sysfs_bin_kfops_ro = {
	.read		= sysfs_kf_bin_read,
};

static const struct kernfs_ops sysfs_bin_kfops_wo = {
	.write		= sysfs_kf_bin_write,
};

static const struct kernfs_ops sysfs_bin_kfops_rw = {
	.read		= sysfs_kf_bin_read,
	.write		= sysfs_kf_bin_write,
};

int sysfs_add_bin_file_mode_ns(struct kernfs_node *parent,
			       const struct bin_attribute *battr,
			       umode_t amode)
{
	const struct kernfs_ops *ops;
	struct kernfs_node *kn;

	if (battr->read && battr->write)
		ops = &sysfs_bin_kfops_rw;
	else if (battr->read)
		ops = &sysfs_bin_kfops_ro;
	else if (battr->write)
		ops = &sysfs_bin_kfops_wo;
	else
		ops = &sysfs_file_kfops_empty;
	kn = kernfs_create_file(parent, battr->attr.name, amode & S_IALLUGO,
				battr->size, ops, (void *)battr);
	if (IS_ERR(kn)) {
		if (PTR_ERR(kn) == -EEXIST)
			sysfs_warn_dup(parent, battr->attr.name);
		return PTR_ERR(kn);
	}
	return 0;
}

int sysfs_create_file_ns(struct kobject *kobj, const struct attribute *attr,
			 const void *ns)
{
	if (!kobj || !kobj->sd || !attr)
		return -EINVAL;
	return sysfs_add_file_mode_ns(kobj->sd, attr, attr->mode);
}
EXPORT_SYMBOL_GPL(sysfs_create_file_ns);

int sysfs_create_files(struct kobject *kobj, const struct attribute * const *ptr)
{
	int err = 0, i;

	for (i = 0; ptr[i] && !err; i++)
		err = sysfs_create_file(kobj, ptr[i]);
	if (err)
		while (--i >= 0)
			sysfs_remove_file(kobj, ptr[i]);
	return err;
}
EXPORT_SYMBOL_GPL(sysfs_create_files);

int sysfs_add_file_to_group(struct kobject *kobj, const struct attribute *attr,
			    const char *group)
{
	struct kernfs_node *parent = kobj->sd;
	int error;

	if (group) {
		parent = kernfs_find_and_get(kobj->sd, group);
		if (!parent)
			return -ENOENT;
	}
	error = sysfs_add_file_mode_ns(parent, attr, attr->mode);
	if (group)
		kernfs_put(parent);
	return error;
}
EXPORT_SYMBOL_GPL(sysfs_add_file_to_group);

void sysfs_remove_file_from_group(struct kobject *kobj,
				  const struct attribute *attr,
				  const char *group)
{
	struct kernfs_node *parent = kobj->sd;

	if (group)
		parent = kernfs_find_and_get(kobj->sd, group);
	if (parent) {
		kernfs_remove_by_name(parent, attr->name);
		if (group)
			kernfs_put(parent);
	}
}
EXPORT_SYMBOL_GPL(sysfs_remove_file_from_group);

int sysfs_chmod_file(struct kobject *kobj, const struct attribute *attr,
		     umode_t mode)
{
	struct kernfs_node *kn = kernfs_find_and_get(kobj->sd, attr->name);

	if (!kn)
		return -ENOENT;
	kn->mode = (kn->mode & S_IFMT) | (mode & S_IALLUGO);
	kernfs_put(kn);
	return 0;
}
EXPORT_SYMBOL_GPL(sysfs_chmod_file);

void sysfs_remove_file_ns(struct kobject *kobj, const struct attribute *attr,
			  const void *ns)
{
	if (kobj->sd)
		kernfs_remove_by_name(kobj->sd, attr->name);
}
EXPORT_SYMBOL_GPL(sysfs_remove_file_ns);

void sysfs_remove_files(struct kobject *kobj, const struct attribute * const *ptr)
{
	int i;

	for (i = 0; ptr[i]; i++)
		sysfs_remove_file(kobj, ptr[i]);
}
EXPORT_SYMBOL_GPL(sysfs_remove_files);

int sysfs_create_bin_file(struct kobject *kobj, const struct bin_attribute *attr)
{
	if (!kobj || !kobj->sd || !attr)
		return -EINVAL;
	return sysfs_add_bin_file_mode_ns(kobj->sd, attr, attr->attr.mode);
}
EXPORT_SYMBOL_GPL(sysfs_create_bin_file);

void sysfs_remove_bin_file(struct kobject *kobj, const struct bin_attribute *attr)
{
	if (kobj->sd)
		kernfs_remove_by_name(kobj->sd, attr->attr.name);
}
EXPORT_SYMBOL_GPL(sysfs_remove_bin_file);

/* Wakes poll()ers of an attribute, e.g. after the value it shows changed. */
void sysfs_notify(struct kobject *kobj, const char *dir, const char *attr)
{
	struct kernfs_node *kn = kobj->sd, *tmp;

	kernfs_get(kn);
	if (kn && dir) {
		tmp = kernfs_find_and_get(kn, dir);
		kernfs_put(kn);
		kn = tmp;
	}
	if (kn && attr) {
		tmp = kernfs_find_and_get(kn, attr);
		kernfs_put(kn);
		kn = tmp;
	}
	if (kn) {
		kernfs_notify(kn);
		kernfs_put(kn);
	}
}
EXPORT_SYMBOL_GPL(sysfs_notify);

/* What a show() writes into its page: at most PAGE_SIZE - 1 bytes. */
int sysfs_emit(char *buf, const char *fmt, ...)
{
	va_list args;
	int len;

	if (!buf || offset_in_page(buf)) {
		pr_warn("invalid sysfs_emit: buf:%p\n", buf);
		return 0;
	}
	va_start(args, fmt);
	len = vscnprintf(buf, PAGE_SIZE, fmt, args);
	va_end(args);
	return len;
}
EXPORT_SYMBOL_GPL(sysfs_emit);

int sysfs_emit_at(char *buf, int at, const char *fmt, ...)
{
	va_list args;
	int len;

	if (!buf || offset_in_page(buf) || at < 0 || at >= PAGE_SIZE) {
		pr_warn("invalid sysfs_emit_at: buf:%p at:%d\n", buf, at);
		return 0;
	}
	va_start(args, fmt);
	len = vscnprintf(buf + at, PAGE_SIZE - at, fmt, args);
	va_end(args);
	return len;
}
EXPORT_SYMBOL_GPL(sysfs_emit_at);

/* Equal, ignoring one trailing newline on either (what echo appends). */
bool sysfs_streq(const char *s1, const char *s2)
{
	while (*s1 && *s1 == *s2) {
		s1++;
		s2++;
	}
	if (*s1 == *s2)
		return true;
	if (!*s1 && *s2 == '\n' && !s2[1])
		return true;
	if (*s1 == '\n' && !s1[1] && !*s2)
		return true;
	return false;
}
EXPORT_SYMBOL(sysfs_streq);

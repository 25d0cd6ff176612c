// SPDX-License-Identifier: GPL-2.0
/* /sys/kernel and the attributes of the kernel itself that it holds. */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/kobject.h>
#include <linux/panic.h>

#define KERNEL_ATTR_RO(_name) \
static struct kobj_attribute _name##_attr = __ATTR_RO(_name)

/* Events sent so far (see lib/kobject_uevent.c). */
static ssize_t uevent_seqnum_show(struct kobject *kobj,
				  struct kobj_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%llu\n", (unsigned long long)uevent_seqnum);
}
KERNEL_ATTR_RO(uevent_seqnum);

static ssize_t oops_count_show(struct kobject *kobj,
			       struct kobj_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%u\n", oops_count);
}
KERNEL_ATTR_RO(oops_count);

static ssize_t warn_count_show(struct kobject *kobj,
			       struct kobj_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%u\n", warn_count);
}
KERNEL_ATTR_RO(warn_count);

static struct attribute *kernel_attrs[] = {
	&uevent_seqnum_attr.attr,
	&oops_count_attr.attr,
	&warn_count_attr.attr,
	NULL
};

static const struct attribute_group kernel_attr_group = {
	.attrs = kernel_attrs,
};

struct kobject *kernel_kobj;
EXPORT_SYMBOL_GPL(kernel_kobj);

static int __init ksysfs_init(void)
{
	int error;

	kernel_kobj = kobject_create_and_add("kernel", NULL);
	if (!kernel_kobj)
		return -ENOMEM;
	error = sysfs_create_group(kernel_kobj, &kernel_attr_group);
	if (error) {
		kobject_put(kernel_kobj);
		kernel_kobj = NULL;
	}
	return error;
}
core_initcall(ksysfs_init);

// SPDX-License-Identifier: GPL-2.0
/*
 * Device classes, as Linux 6.1's drivers/base/class.c: /sys/class/<name>
 * with a link to each of its devices, and its attribute files. A class
 * made by class_create() is freed when its directory goes.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <asm/page.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/device.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/module_abi.h>
#include "base.h"

abi_check_size(class);
abi_check_field(class, owner);
abi_check_field(class, class_groups);
abi_check_field(class, dev_groups);
abi_check_field(class, dev_kobj);
abi_check_field(class, dev_uevent);
abi_check_field(class, devnode);
abi_check_field(class, class_release);
abi_check_field(class, dev_release);
abi_check_field(class, shutdown_pre);
abi_check_field(class, ns_type);
abi_check_field(class, namespace);
abi_check_field(class, get_ownership);
abi_check_field(class, pm);
abi_check_field(class, p);
abi_check_size(class_attribute);
abi_check_field(class_attribute, show);
abi_check_field(class_attribute, store);

struct kset *class_kset;

#define to_class_attr(_attr) container_of(_attr, struct class_attribute, attr)

static ssize_t class_attr_show(struct kobject *kobj, struct attribute *attr,
			       char *buf)
{
	struct class_attribute *class_attr = to_class_attr(attr);
	struct subsys_private *cp = to_subsys_private(kobj);

	return class_attr->show ? class_attr->show(cp->class, class_attr, buf) :
				  -EIO;
}

static ssize_t class_attr_store(struct kobject *kobj, struct attribute *attr,
				const char *buf, size_t count)
{
	struct class_attribute *class_attr = to_class_attr(attr);
	struct subsys_private *cp = to_subsys_private(kobj);

	return class_attr->store ?
	       class_attr->store(cp->class, class_attr, buf, count) : -EIO;
}

static void class_release(struct kobject *kobj)
{
	struct subsys_private *cp = to_subsys_private(kobj);
	struct class *class = cp->class;

	if (class->class_release)
		class->class_release(class);
	kfree(cp);
}

static const struct sysfs_ops class_sysfs_ops = {
	.show	= class_attr_show,
	.store	= class_attr_store,
};

static const struct kobj_type class_ktype = {
	.sysfs_ops	= &class_sysfs_ops,
	.release	= class_release,
};

int class_create_file_ns(struct class *cls, const struct class_attribute *attr,
			 const void *ns)
{
	return cls ? sysfs_create_file_ns(&cls->p->subsys.kobj, &attr->attr, ns) :
		     -EINVAL;
}
EXPORT_SYMBOL_GPL(class_create_file_ns);

void class_remove_file_ns(struct class *cls, const struct class_attribute *attr,
			  const void *ns)
{
	if (cls)
		sysfs_remove_file(&cls->p->subsys.kobj, &attr->attr);
}
EXPORT_SYMBOL_GPL(class_remove_file_ns);

int __class_register(struct class *cls, struct lock_class_key *key)
{
	struct subsys_private *cp;
	int error;

	cp = kzalloc(sizeof(*cp), GFP_KERNEL);
	if (!cp)
		return -ENOMEM;
	INIT_LIST_HEAD(&cp->klist_devices);
	INIT_LIST_HEAD(&cp->klist_drivers);
	INIT_LIST_HEAD(&cp->glue_dirs);
	error = kobject_set_name(&cp->subsys.kobj, "%s", cls->name);
	if (error) {
		kfree(cp);
		return error;
	}
	if (!cls->dev_kobj)
		cls->dev_kobj = sysfs_dev_char_kobj;
	cp->subsys.kobj.kset = class_kset;
	kobject_init(&cp->subsys.kobj, &class_ktype);
	cp->class = cls;
	cls->p = cp;
	error = kset_register(&cp->subsys);
	if (error)
		goto err_out;
	if (cls->class_groups) {
		error = sysfs_create_groups(&cp->subsys.kobj, cls->class_groups);
		if (error) {
			kobject_del(&cp->subsys.kobj);
			goto err_out;
		}
	}
	return 0;

err_out:
	kfree(cp->subsys.kobj.name);
	kfree(cp);
	cls->p = NULL;
	return error;
}
EXPORT_SYMBOL_GPL(__class_register);

void class_unregister(struct class *cls)
{
	if (cls->class_groups)
		sysfs_remove_groups(&cls->p->subsys.kobj, cls->class_groups);
	kset_unregister(&cls->p->subsys);
}
EXPORT_SYMBOL_GPL(class_unregister);

static void class_create_release(struct class *cls)
{
	kfree(cls);
}

struct class *__class_create(struct module *owner, const char *name,
			     struct lock_class_key *key)
{
	struct class *cls;
	int retval;

	cls = kzalloc(sizeof(*cls), GFP_KERNEL);
	if (!cls) {
		retval = -ENOMEM;
		goto error;
	}
	cls->name = name;
	cls->owner = owner;
	cls->class_release = class_create_release;
	retval = __class_register(cls, key);
	if (retval)
		goto error;
	return cls;

error:
	kfree(cls);
	return ERR_PTR(retval);
}
EXPORT_SYMBOL_GPL(__class_create);

void class_destroy(struct class *cls)
{
	if (IS_ERR_OR_NULL(cls))
		return;
	class_unregister(cls);
}
EXPORT_SYMBOL_GPL(class_destroy);

struct device *class_find_device(struct class *class, struct device *start,
				 const void *data,
				 int (*match)(struct device *, const void *))
{
	struct device_private *p;
	bool started = !start;

	if (!class || !class->p) {
		WARN(1, "%s called for class '%s' before it was initialized",
		     __func__, class ? class->name : "(null)");
		return NULL;
	}
	list_for_each_entry(p, &class->p->klist_devices, knode_class) {
		if (before_start(&started, p->device, start))
			continue;
		if (match(p->device, data))
			return get_device(p->device);
	}
	return NULL;
}
EXPORT_SYMBOL_GPL(class_find_device);

/*
 * A class in name only (/sys/class/<name>), for subsystems whose devices
 * left their class for a bus but keep the old links: a directory of
 * symlinks to the devices, each of which may link back "device".
 */
struct class_compat {
	struct kobject *kobj;
};

struct class_compat *class_compat_register(const char *name)
{
	struct class_compat *cls;

	cls = kmalloc(sizeof(*cls), GFP_KERNEL);
	if (!cls)
		return NULL;
	cls->kobj = kobject_create_and_add(name, &class_kset->kobj);
	if (!cls->kobj) {
		kfree(cls);
		return NULL;
	}
	return cls;
}
EXPORT_SYMBOL_GPL(class_compat_register);

void class_compat_unregister(struct class_compat *cls)
{
	kobject_put(cls->kobj);
	kfree(cls);
}
EXPORT_SYMBOL_GPL(class_compat_unregister);

int class_compat_create_link(struct class_compat *cls, struct device *dev,
			     struct device *device_link)
{
	int error;

	error = sysfs_create_link(cls->kobj, &dev->kobj, dev_name(dev));
	if (error)
		return error;
	if (device_link) {
		error = sysfs_create_link(&dev->kobj, &device_link->kobj,
					  "device");
		if (error)
			sysfs_remove_link(cls->kobj, dev_name(dev));
	}
	return error;
}
EXPORT_SYMBOL_GPL(class_compat_create_link);

void class_compat_remove_link(struct class_compat *cls, struct device *dev,
			      struct device *device_link)
{
	if (device_link)
		sysfs_remove_link(&dev->kobj, "device");
	sysfs_remove_link(cls->kobj, dev_name(dev));
}
EXPORT_SYMBOL_GPL(class_compat_remove_link);

int __init classes_init(void)
{
	class_kset = kset_create_and_add("class", NULL, NULL);
	return class_kset ? 0 : -ENOMEM;
}

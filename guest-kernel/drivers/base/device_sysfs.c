// SPDX-License-Identifier: GPL-2.0
/*
 * Devices in sysfs, as Linux's device_add() shows a class device without
 * a parent:
 *
 *	/sys/devices/virtual/<class>/<name>/{dev,uevent,subsystem}
 *	/sys/class/<class>/<name> -> ../../devices/virtual/<class>/<name>
 *	/sys/dev/char/<major>:<minor> -> ../../devices/virtual/<class>/<name>
 *
 * struct device has no kobject here, so each device gets a device_kobj
 * beside it. device_sysfs_add() is for the driver core to call when it
 * makes a device; the devices made during the initcalls are added at
 * late_initcall time.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/console.h>
#include <linux/device.h>
#include <linux/kdev_t.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "base.h"

struct device_kobj {
	struct kobject kobj;
	struct device *dev;
	struct list_head node;
};

/* /sys/class/<name> and its glue directory /sys/devices/virtual/<name>. */
struct class_dirs {
	struct class *cls;
	struct kset *subsys;
	struct kobject *glue;
	struct list_head node;
};

static LIST_HEAD(device_kobjs);
static LIST_HEAD(class_dirs_list);
static struct kobject *virtual_dir;
static bool device_sysfs_ready;

#define to_device_kobj(k) container_of(k, struct device_kobj, kobj)

static struct device *kobj_to_dev(struct kobject *kobj)
{
	return to_device_kobj(kobj)->dev;
}

static void device_release(struct kobject *kobj)
{
	kfree(to_device_kobj(kobj));
}

const struct kobj_type device_ktype = {
	.release	= device_release,
	.sysfs_ops	= &kobj_sysfs_ops,
};

static ssize_t dev_show(struct kobject *kobj, struct kobj_attribute *attr,
			char *buf)
{
	dev_t devt = kobj_to_dev(kobj)->devt;

	return sysfs_emit(buf, "%u:%u\n", MAJOR(devt), MINOR(devt));
}

/* The event's variables, as dev_uevent() makes them. */
static ssize_t uevent_show(struct kobject *kobj, struct kobj_attribute *attr,
			   char *buf)
{
	struct device *dev = kobj_to_dev(kobj);
	umode_t mode = 0;
	int len = 0;

	if (!dev->devt)
		return 0;
	if (dev->class && dev->class->devnode)
		kfree(dev->class->devnode(dev, &mode));
	len += sysfs_emit_at(buf, len, "MAJOR=%u\nMINOR=%u\nDEVNAME=%s\n",
			     MAJOR(dev->devt), MINOR(dev->devt), dev_name(dev));
	if (mode)
		len += sysfs_emit_at(buf, len, "DEVMODE=%#o\n", mode & 0777);
	return len;
}

static ssize_t uevent_store(struct kobject *kobj, struct kobj_attribute *attr,
			    const char *buf, size_t count)
{
	int rc = kobject_synthesize_uevent(kobj, buf, count);

	return rc ? rc : count;
}

static struct kobj_attribute dev_attr_dev = __ATTR_RO(dev);
static struct kobj_attribute dev_attr_uevent = __ATTR_RW(uevent);

/* /sys/class/tty/console/active: the consoles the console device writes to. */
static ssize_t active_show(struct kobject *kobj, struct kobj_attribute *attr,
			   char *buf)
{
	return console_active_show(buf);
}

static struct kobj_attribute dev_attr_active = __ATTR_RO(active);

static struct class_dirs *get_class_dirs(struct class *cls)
{
	struct class_dirs *cd;

	list_for_each_entry(cd, &class_dirs_list, node)
		if (cd->cls == cls)
			return cd;
	cd = kzalloc(sizeof(*cd), GFP_KERNEL);
	if (!cd)
		return NULL;
	cd->cls = cls;
	cd->subsys = kset_create_and_add(cls->name, NULL, &class_kset->kobj);
	cd->glue = kobject_create_and_add(cls->name, virtual_dir);
	if (!cd->subsys || !cd->glue) {
		kset_unregister(cd->subsys);
		kobject_put(cd->glue);
		kfree(cd);
		return NULL;
	}
	list_add_tail(&cd->node, &class_dirs_list);
	return cd;
}

static struct device_kobj *find_device_kobj(struct device *dev)
{
	struct device_kobj *dk;

	list_for_each_entry(dk, &device_kobjs, node)
		if (dk->dev == dev)
			return dk;
	return NULL;
}

static void sys_dev_name(struct device *dev, char *buf, size_t len)
{
	snprintf(buf, len, "%u:%u", MAJOR(dev->devt), MINOR(dev->devt));
}

static int device_add_links(struct device_kobj *dk, struct class_dirs *cd)
{
	struct device *dev = dk->dev;
	char name[24];
	int err = 0;

	if (cd) {
		err = sysfs_create_link(&dk->kobj, &cd->subsys->kobj,
					"subsystem");
		if (!err)
			err = sysfs_create_link(&cd->subsys->kobj, &dk->kobj,
						dev_name(dev));
	}
	if (!err && dev->devt) {
		sys_dev_name(dev, name, sizeof(name));
		err = sysfs_create_link(sysfs_dev_char_kobj, &dk->kobj, name);
	}
	return err;
}

static int device_add_files(struct device_kobj *dk)
{
	struct device *dev = dk->dev;
	int err;

	err = sysfs_create_file(&dk->kobj, &dev_attr_uevent.attr);
	if (!err && dev->devt)
		err = sysfs_create_file(&dk->kobj, &dev_attr_dev.attr);
	if (!err && dev->devt == MKDEV(5, 1))
		err = sysfs_create_file(&dk->kobj, &dev_attr_active.attr);
	return err;
}

int device_sysfs_add(struct device *dev)
{
	struct class_dirs *cd = NULL;
	struct kobject *parent;
	struct device_kobj *dk;
	int err;

	if (!device_sysfs_ready || find_device_kobj(dev))
		return 0;
	if (dev->class) {
		cd = get_class_dirs(dev->class);
		if (!cd)
			return -ENOMEM;
	}
	dk = kzalloc(sizeof(*dk), GFP_KERNEL);
	if (!dk)
		return -ENOMEM;
	dk->dev = dev;
	parent = cd ? cd->glue : virtual_dir;
	if (dev->parent && find_device_kobj(dev->parent))
		parent = &find_device_kobj(dev->parent)->kobj;
	dk->kobj.kset = devices_kset;
	err = kobject_init_and_add(&dk->kobj, &device_ktype, parent, "%s",
				   dev_name(dev));
	if (err) {
		kobject_put(&dk->kobj);
		return err;
	}
	list_add_tail(&dk->node, &device_kobjs);
	err = device_add_files(dk);
	if (!err)
		err = device_add_links(dk, cd);
	if (err) {
		device_sysfs_remove(dev);
		return err;
	}
	kobject_uevent(&dk->kobj, KOBJ_ADD);
	return 0;
}

void device_sysfs_remove(struct device *dev)
{
	struct device_kobj *dk = find_device_kobj(dev);
	char name[24];

	if (!dk)
		return;
	if (dev->devt) {
		sys_dev_name(dev, name, sizeof(name));
		sysfs_remove_link(sysfs_dev_char_kobj, name);
	}
	if (dev->class) {
		struct class_dirs *cd = get_class_dirs(dev->class);

		if (cd)
			sysfs_remove_link(&cd->subsys->kobj, dev_name(dev));
	}
	list_del_init(&dk->node);
	kobject_uevent(&dk->kobj, KOBJ_REMOVE);
	kobject_del(&dk->kobj);
	kobject_put(&dk->kobj);
}

static int __init device_sysfs_init(void)
{
	struct device *dev;

	virtual_dir = kobject_create_and_add("virtual", &devices_kset->kobj);
	if (!virtual_dir)
		return -ENOMEM;
	device_sysfs_ready = true;
	list_for_each_entry(dev, &device_list, node)
		device_sysfs_add(dev);
	return 0;
}
late_initcall(device_sysfs_init);

// SPDX-License-Identifier: GPL-2.0
/*
 * Devices, as Linux 6.1's drivers/base/core.c: a device is a kobject
 * under /sys/devices (below its parent, or in virtual/<class>/ for a
 * class device without one) with its uevent and dev files, power/,
 * the attribute groups of its class, type and own, links to its
 * subsystem and parent, /sys/dev/char/M:m and its /dev node. Printing
 * about a device (dev_info() and friends) prefixes its driver (or bus,
 * or class) and its name.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <asm/page.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/device.h>
#include <linux/kdev_t.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/stat.h>
#include <linux/string.h>
#include <linux/of.h>
#include <linux/module_abi.h>
#include "base.h"

abi_check_size(kobject);
abi_check_field(kobject, parent);
abi_check_field(kobject, kref);
abi_check_size(device);
abi_check_field(device, parent);
abi_check_field(device, p);
abi_check_field(device, init_name);
abi_check_field(device, type);
abi_check_field(device, bus);
abi_check_field(device, driver);
abi_check_field(device, platform_data);
abi_check_field(device, driver_data);
abi_check_field(device, mutex);
abi_check_field(device, links);
abi_check_field(device, power);
abi_check_field(device, pm_domain);
abi_check_field(device, dma_ops);
abi_check_field(device, dma_mask);
abi_check_field(device, coherent_dma_mask);
abi_check_field(device, dma_parms);
abi_check_field(device, dma_pools);
abi_check_field(device, of_node);
abi_check_field(device, fwnode);
#ifdef CONFIG_NUMA
abi_check_field(device, numa_node);
#endif
abi_check_field(device, devt);
abi_check_field(device, id);
abi_check_field(device, devres_lock);
abi_check_field(device, devres_head);
abi_check_field(device, class);
abi_check_field(device, groups);
abi_check_field(device, release);
abi_check_field(device, iommu_group);
abi_check_field(device, removable);
abi_check_size(device_type);
abi_check_field(device_type, groups);
abi_check_field(device_type, uevent);
abi_check_field(device_type, devnode);
abi_check_field(device_type, release);
abi_check_field(device_type, pm);
abi_check_size(device_attribute);
abi_check_field(device_attribute, show);
abi_check_field(device_attribute, store);
abi_check_size(attribute);
abi_check_field(attribute, mode);
abi_check_size(attribute_group);
abi_check_field(attribute_group, is_visible);
abi_check_field(attribute_group, is_bin_visible);
abi_check_field(attribute_group, attrs);
abi_check_field(attribute_group, bin_attrs);
abi_check_size(fwnode_handle);
abi_check_field(fwnode_handle, ops);
abi_check_field(fwnode_handle, dev);
abi_check_field(fwnode_handle, flags);

/* "kernel BUG/WARNING at drivers/base/core.c:N": Linux 6.1's lines */
#define DEVICE_RELEASE_WARN_LINE	2510

struct kset *devices_kset;
struct kobject *dev_kobj;
struct kobject *sysfs_dev_char_kobj;
struct kobject *sysfs_dev_block_kobj;

#define to_dev_attr(_attr) container_of(_attr, struct device_attribute, attr)

static ssize_t dev_attr_show(struct kobject *kobj, struct attribute *attr,
			     char *buf)
{
	struct device_attribute *dev_attr = to_dev_attr(attr);
	struct device *dev = kobj_to_dev(kobj);
	ssize_t ret = -EIO;

	if (dev_attr->show)
		ret = dev_attr->show(dev, dev_attr, buf);
	if (ret >= (ssize_t)PAGE_SIZE)
		printk("dev_attr_show: %pS returned bad count\n", dev_attr->show);
	return ret;
}

static ssize_t dev_attr_store(struct kobject *kobj, struct attribute *attr,
			      const char *buf, size_t count)
{
	struct device_attribute *dev_attr = to_dev_attr(attr);
	struct device *dev = kobj_to_dev(kobj);

	return dev_attr->store ? dev_attr->store(dev, dev_attr, buf, count) : -EIO;
}

static const struct sysfs_ops dev_sysfs_ops = {
	.show	= dev_attr_show,
	.store	= dev_attr_store,
};

/* The last reference: devm resources, then whoever knows how to free it. */
static void device_release(struct kobject *kobj)
{
	struct device *dev = kobj_to_dev(kobj);
	struct device_private *p = dev->p;

	devres_release_all(dev);
	if (dev->release)
		dev->release(dev);
	else if (dev->type && dev->type->release)
		dev->type->release(dev);
	else if (dev->class && dev->class->dev_release)
		dev->class->dev_release(dev);
	else
		WARN_AT_LINE(DEVICE_RELEASE_WARN_LINE,
			     KERN_ERR "Device '%s' does not have a release() function, it is broken and must be fixed. See Documentation/core-api/kobject.rst.\n",
			     dev_name(dev));
	kfree(p);
}

const struct kobj_type device_ktype = {
	.release	= device_release,
	.sysfs_ops	= &dev_sysfs_ops,
};

/* Only devices of a bus or a class send events (and show them in uevent). */
static int dev_uevent_filter(struct kobject *kobj)
{
	if (kobj->ktype == &device_ktype) {
		struct device *dev = kobj_to_dev(kobj);

		if (dev->bus || dev->class)
			return 1;
	}
	return 0;
}

static const char *dev_uevent_name(struct kobject *kobj)
{
	struct device *dev = kobj_to_dev(kobj);

	if (dev->bus)
		return dev->bus->name;
	if (dev->class)
		return dev->class->name;
	return NULL;
}

static int dev_uevent(struct kobject *kobj, struct kobj_uevent_env *env)
{
	struct device *dev = kobj_to_dev(kobj);
	int retval = 0;

	if (MAJOR(dev->devt)) {
		const char *tmp, *name;
		umode_t mode = 0;
		kuid_t uid = 0;
		kgid_t gid = 0;

		add_uevent_var(env, "MAJOR=%u", MAJOR(dev->devt));
		add_uevent_var(env, "MINOR=%u", MINOR(dev->devt));
		name = device_get_devnode(dev, &mode, &uid, &gid, &tmp);
		if (name) {
			add_uevent_var(env, "DEVNAME=%s", name);
			if (mode)
				add_uevent_var(env, "DEVMODE=%#o", mode & 0777);
			if (uid)
				add_uevent_var(env, "DEVUID=%u", uid);
			if (gid)
				add_uevent_var(env, "DEVGID=%u", gid);
			kfree(tmp);
		}
	}
	if (dev->type && dev->type->name)
		add_uevent_var(env, "DEVTYPE=%s", dev->type->name);
	if (dev->driver)
		add_uevent_var(env, "DRIVER=%s", dev->driver->name);
	of_device_uevent(dev, env);
	if (dev->bus && dev->bus->uevent)
		retval = dev->bus->uevent(dev, env);
	if (dev->class && dev->class->dev_uevent)
		retval = dev->class->dev_uevent(dev, env);
	if (dev->type && dev->type->uevent)
		retval = dev->type->uevent(dev, env);
	return retval;
}

static const struct kset_uevent_ops device_uevent_ops = {
	.filter =	dev_uevent_filter,
	.name =		dev_uevent_name,
	.uevent =	dev_uevent,
};

/* The variables of an event the device would send now, one a line. */
static ssize_t uevent_show(struct device *dev, struct device_attribute *attr,
			   char *buf)
{
	struct kobject *top_kobj = &dev->kobj;
	struct kobj_uevent_env *env;
	struct kset *kset;
	int i, len = 0;

	while (!top_kobj->kset && top_kobj->parent)
		top_kobj = top_kobj->parent;
	if (!top_kobj->kset)
		return 0;
	kset = top_kobj->kset;
	if (!kset->uevent_ops || !kset->uevent_ops->uevent)
		return 0;
	if (kset->uevent_ops->filter && !kset->uevent_ops->filter(&dev->kobj))
		return 0;
	env = kzalloc(sizeof(*env), GFP_KERNEL);
	if (!env)
		return -ENOMEM;
	if (!kset->uevent_ops->uevent(&dev->kobj, env))
		for (i = 0; i < env->envp_idx; i++)
			len += sysfs_emit_at(buf, len, "%s\n", env->envp[i]);
	kfree(env);
	return len;
}

static ssize_t uevent_store(struct device *dev, struct device_attribute *attr,
			    const char *buf, size_t count)
{
	int rc = kobject_synthesize_uevent(&dev->kobj, buf, count);

	if (rc) {
		dev_err(dev, "uevent: failed to send synthetic uevent: %d\n", rc);
		return rc;
	}
	return count;
}
static DEVICE_ATTR_RW(uevent);

static ssize_t dev_show(struct device *dev, struct device_attribute *attr,
			char *buf)
{
	return sysfs_emit(buf, "%u:%u\n", MAJOR(dev->devt), MINOR(dev->devt));
}
static DEVICE_ATTR_RO(dev);

int device_create_file(struct device *dev, const struct device_attribute *attr)
{
	if (!dev)
		return 0;
	WARN(((attr->attr.mode & 0222) && !attr->store),
	     "Attribute %s: write permission without 'store'\n", attr->attr.name);
	WARN(((attr->attr.mode & 0444) && !attr->show),
	     "Attribute %s: read permission without 'show'\n", attr->attr.name);
	return sysfs_create_file(&dev->kobj, &attr->attr);
}
EXPORT_SYMBOL_GPL(device_create_file);

void device_remove_file(struct device *dev, const struct device_attribute *attr)
{
	if (dev)
		sysfs_remove_file(&dev->kobj, &attr->attr);
}
EXPORT_SYMBOL_GPL(device_remove_file);

int device_add_groups(struct device *dev, const struct attribute_group **groups)
{
	return groups ? sysfs_create_groups(&dev->kobj, groups) : 0;
}
EXPORT_SYMBOL_GPL(device_add_groups);

void device_remove_groups(struct device *dev,
			  const struct attribute_group **groups)
{
	if (groups)
		sysfs_remove_groups(&dev->kobj, groups);
}
EXPORT_SYMBOL_GPL(device_remove_groups);

static int device_add_attrs(struct device *dev)
{
	struct class *class = dev->class;
	const struct device_type *type = dev->type;
	int error;

	if (class) {
		error = device_add_groups(dev, class->dev_groups);
		if (error)
			return error;
	}
	if (type) {
		error = device_add_groups(dev, type->groups);
		if (error)
			goto err_remove_class_groups;
	}
	error = device_add_groups(dev, dev->groups);
	if (error)
		goto err_remove_type_groups;
	error = device_add_waiting_for_supplier(dev);
	if (error)
		goto err_remove_dev_groups;
	return 0;

err_remove_dev_groups:
	device_remove_groups(dev, dev->groups);
err_remove_type_groups:
	if (type)
		device_remove_groups(dev, type->groups);
err_remove_class_groups:
	if (class)
		device_remove_groups(dev, class->dev_groups);
	return error;
}

static void device_remove_attrs(struct device *dev)
{
	device_remove_waiting_for_supplier(dev);
	device_remove_groups(dev, dev->groups);
	if (dev->type)
		device_remove_groups(dev, dev->type->groups);
	if (dev->class)
		device_remove_groups(dev, dev->class->dev_groups);
}

/*
 * The node's name (and mode) under /dev: the type's or the class's
 * devnode() may give one; otherwise the device's name, with '!' for '/'.
 */
const char *device_get_devnode(struct device *dev, umode_t *mode,
			       kuid_t *uid, kgid_t *gid, const char **tmp)
{
	char *s, *p;

	*tmp = NULL;
	if (dev->type && dev->type->devnode)
		*tmp = dev->type->devnode(dev, mode, uid, gid);
	if (*tmp)
		return *tmp;
	if (dev->class && dev->class->devnode)
		*tmp = dev->class->devnode(dev, mode);
	if (*tmp)
		return *tmp;
	if (!strchr(dev_name(dev), '!'))
		return dev_name(dev);
	s = kstrdup(dev_name(dev), GFP_KERNEL);
	if (!s)
		return NULL;
	for (p = s; (p = strchr(p, '!')); )
		*p = '/';
	return *tmp = s;
}

int device_private_init(struct device *dev)
{
	dev->p = kzalloc(sizeof(*dev->p), GFP_KERNEL);
	if (!dev->p)
		return -ENOMEM;
	dev->p->device = dev;
	INIT_LIST_HEAD(&dev->p->klist_children);
	INIT_LIST_HEAD(&dev->p->knode_parent);
	INIT_LIST_HEAD(&dev->p->knode_driver);
	INIT_LIST_HEAD(&dev->p->knode_bus);
	INIT_LIST_HEAD(&dev->p->knode_class);
	INIT_LIST_HEAD(&dev->p->deferred_probe);
	return 0;
}

void device_initialize(struct device *dev)
{
	dev->kobj.kset = devices_kset;
	kobject_init(&dev->kobj, &device_ktype);
	INIT_LIST_HEAD(&dev->dma_pools);
	mutex_init(&dev->mutex);
	INIT_LIST_HEAD(&dev->devres_head);
	set_dev_node(dev, -1);
}
EXPORT_SYMBOL_GPL(device_initialize);

int dev_set_name(struct device *dev, const char *fmt, ...)
{
	char *name;
	va_list vargs;
	int err;

	va_start(vargs, fmt);
	name = kvasprintf(GFP_KERNEL, fmt, vargs);
	va_end(vargs);
	if (!name)
		return -ENOMEM;
	err = kobject_set_name(&dev->kobj, "%s", name);
	kfree(name);
	return err;
}
EXPORT_SYMBOL_GPL(dev_set_name);

/* A class's directory in /sys/devices/.../<parent>/, shared by its devices there. */
struct class_dir {
	struct kobject kobj;
	struct class *class;
	struct list_head node;		/* on the class's glue_dirs */
};

#define to_class_dir(obj) container_of(obj, struct class_dir, kobj)

static void class_dir_release(struct kobject *kobj)
{
	struct class_dir *dir = to_class_dir(kobj);

	list_del(&dir->node);
	kfree(dir);
}

static const struct kobj_type class_dir_ktype = {
	.release	= class_dir_release,
	.sysfs_ops	= &kobj_sysfs_ops,
};

struct kobject *virtual_device_parent(struct device *dev)
{
	static struct kobject *virtual_dir;

	if (!virtual_dir)
		virtual_dir = kobject_create_and_add("virtual", &devices_kset->kobj);
	return virtual_dir;
}

static struct kobject *class_dir_create_and_add(struct class *class,
						struct kobject *parent_kobj)
{
	struct class_dir *dir;
	int retval;

	dir = kzalloc(sizeof(*dir), GFP_KERNEL);
	if (!dir)
		return ERR_PTR(-ENOMEM);
	dir->class = class;
	kobject_init(&dir->kobj, &class_dir_ktype);
	list_add_tail(&dir->node, &class->p->glue_dirs);
	retval = kobject_add(&dir->kobj, parent_kobj, "%s", class->name);
	if (retval) {
		kobject_put(&dir->kobj);
		return ERR_PTR(retval);
	}
	return &dir->kobj;
}

/* Where the device's directory goes (referenced). */
static struct kobject *get_device_parent(struct device *dev,
					 struct device *parent)
{
	if (dev->class) {
		struct kobject *parent_kobj;
		struct class_dir *dir;

		if (!parent)
			parent_kobj = virtual_device_parent(dev);
		else if (parent->class && !dev->class->ns_type)
			return &parent->kobj;
		else
			parent_kobj = &parent->kobj;
		list_for_each_entry(dir, &dev->class->p->glue_dirs, node)
			if (dir->kobj.parent == parent_kobj)
				return kobject_get(&dir->kobj);
		return class_dir_create_and_add(dev->class, parent_kobj);
	}
	if (!parent && dev->bus && dev->bus->dev_root)
		return &dev->bus->dev_root->kobj;
	if (parent)
		return &parent->kobj;
	return NULL;
}

static struct kobject *get_glue_dir(struct device *dev)
{
	struct kobject *parent = dev->kobj.parent;

	if (parent && parent->ktype == &class_dir_ktype)
		return parent;
	return NULL;
}

/* A glue directory goes with the last device in it. */
static void cleanup_glue_dir(struct device *dev, struct kobject *glue_dir)
{
	if (!glue_dir)
		return;
	if (kref_read(&glue_dir->kref) == 1)
		kobject_del(glue_dir);
	kobject_put(glue_dir);
}

static int device_add_class_symlinks(struct device *dev)
{
	int error;

	error = of_device_add_node_link(dev);
	if (!dev->class)
		return 0;
	error = sysfs_create_link(&dev->kobj, &dev->class->p->subsys.kobj,
				  "subsystem");
	if (error)
		return error;
	if (dev->parent) {
		error = sysfs_create_link(&dev->kobj, &dev->parent->kobj,
					  "device");
		if (error)
			goto out_subsys;
	}
	error = sysfs_create_link(&dev->class->p->subsys.kobj, &dev->kobj,
				  dev_name(dev));
	if (error)
		goto out_device;
	return 0;

out_device:
	sysfs_remove_link(&dev->kobj, "device");
out_subsys:
	sysfs_remove_link(&dev->kobj, "subsystem");
	return error;
}

static void device_remove_class_symlinks(struct device *dev)
{
	of_device_remove_node_link(dev);
	if (!dev->class)
		return;
	if (dev->parent)
		sysfs_remove_link(&dev->kobj, "device");
	sysfs_remove_link(&dev->kobj, "subsystem");
	sysfs_remove_link(&dev->class->p->subsys.kobj, dev_name(dev));
}

static struct kobject *device_to_dev_kobj(struct device *dev)
{
	if (dev->class)
		return dev->class->dev_kobj;
	return sysfs_dev_char_kobj;
}

static int device_create_sys_dev_entry(struct device *dev)
{
	char devt_str[15];

	snprintf(devt_str, sizeof(devt_str), "%u:%u", MAJOR(dev->devt),
		 MINOR(dev->devt));
	return sysfs_create_link(device_to_dev_kobj(dev), &dev->kobj, devt_str);
}

static void device_remove_sys_dev_entry(struct device *dev)
{
	char devt_str[15];

	snprintf(devt_str, sizeof(devt_str), "%u:%u", MAJOR(dev->devt),
		 MINOR(dev->devt));
	sysfs_remove_link(device_to_dev_kobj(dev), devt_str);
}

/*
 * Make the device visible: its directory and files, its links, its
 * node, the event; then look for a driver for it on its bus.
 */
int device_add(struct device *dev)
{
	struct device *parent;
	struct kobject *kobj, *glue_dir = NULL;
	int error = -EINVAL;

	dev = get_device(dev);
	if (!dev)
		goto done;
	if (!dev->p) {
		error = device_private_init(dev);
		if (error)
			goto done;
	}
	if (dev->init_name) {
		error = dev_set_name(dev, "%s", dev->init_name);
		dev->init_name = NULL;
	}
	if (!dev_name(dev) && dev->bus && dev->bus->dev_name)
		error = dev_set_name(dev, "%s%u", dev->bus->dev_name, dev->id);
	if (!dev_name(dev)) {
		error = -EINVAL;
		goto name_error;
	}
	parent = get_device(dev->parent);
	kobj = get_device_parent(dev, parent);
	if (IS_ERR(kobj)) {
		error = PTR_ERR(kobj);
		goto parent_error;
	}
	if (kobj)
		dev->kobj.parent = kobj;
	error = kobject_add(&dev->kobj, dev->kobj.parent, NULL);
	if (error) {
		glue_dir = kobj;
		goto Error;
	}
	error = device_create_file(dev, &dev_attr_uevent);
	if (error)
		goto attrError;
	error = device_add_class_symlinks(dev);
	if (error)
		goto SymlinkError;
	error = device_add_attrs(dev);
	if (error)
		goto AttrsError;
	error = bus_add_device(dev);
	if (error)
		goto BusError;
	error = dpm_sysfs_add(dev);
	if (error)
		goto DPMError;
	if (MAJOR(dev->devt)) {
		error = device_create_file(dev, &dev_attr_dev);
		if (error)
			goto DevAttrError;
		error = device_create_sys_dev_entry(dev);
		if (error)
			goto SysEntryError;
		devtmpfs_create_node(dev);
	}
	kobject_uevent(&dev->kobj, KOBJ_ADD);
	bus_probe_device(dev);
	if (parent)
		list_add_tail(&dev->p->knode_parent, &parent->p->klist_children);
	if (dev->class)
		list_add_tail(&dev->p->knode_class,
			      &dev->class->p->klist_devices);
done:
	put_device(dev);
	return error;

SysEntryError:
	device_remove_file(dev, &dev_attr_dev);
DevAttrError:
	dpm_sysfs_remove(dev);
DPMError:
	bus_remove_device(dev);
BusError:
	device_remove_attrs(dev);
AttrsError:
	device_remove_class_symlinks(dev);
SymlinkError:
	device_remove_file(dev, &dev_attr_uevent);
attrError:
	kobject_uevent(&dev->kobj, KOBJ_REMOVE);
	glue_dir = get_glue_dir(dev);
	kobject_del(&dev->kobj);
Error:
	cleanup_glue_dir(dev, glue_dir);
parent_error:
	put_device(parent);
name_error:
	kfree(dev->p);
	dev->p = NULL;
	goto done;
}
EXPORT_SYMBOL_GPL(device_add);

int device_register(struct device *dev)
{
	device_initialize(dev);
	return device_add(dev);
}
EXPORT_SYMBOL_GPL(device_register);

struct device *get_device(struct device *dev)
{
	return dev ? kobj_to_dev(kobject_get(&dev->kobj)) : NULL;
}
EXPORT_SYMBOL_GPL(get_device);

void put_device(struct device *dev)
{
	if (dev)
		kobject_put(&dev->kobj);
}
EXPORT_SYMBOL_GPL(put_device);

/* The reverse of device_add(): its driver lets go, everything goes. */
void device_del(struct device *dev)
{
	struct device *parent = dev->parent;
	struct kobject *glue_dir;

	dev->p->dead = true;
	dpm_sysfs_remove(dev);
	if (parent)
		list_del_init(&dev->p->knode_parent);
	if (MAJOR(dev->devt)) {
		devtmpfs_delete_node(dev);
		device_remove_sys_dev_entry(dev);
		device_remove_file(dev, &dev_attr_dev);
	}
	if (dev->class) {
		device_remove_class_symlinks(dev);
		list_del_init(&dev->p->knode_class);
	}
	device_remove_file(dev, &dev_attr_uevent);
	device_remove_attrs(dev);
	bus_remove_device(dev);
	list_del_init(&dev->p->deferred_probe);
	kobject_uevent(&dev->kobj, KOBJ_REMOVE);
	glue_dir = get_glue_dir(dev);
	kobject_del(&dev->kobj);
	cleanup_glue_dir(dev, glue_dir);
	put_device(parent);
}
EXPORT_SYMBOL_GPL(device_del);

void device_unregister(struct device *dev)
{
	device_del(dev);
	put_device(dev);
}
EXPORT_SYMBOL_GPL(device_unregister);

int device_for_each_child(struct device *parent, void *data,
			  int (*fn)(struct device *dev, void *data))
{
	struct device_private *p, *n;
	int error = 0;

	if (!parent->p)
		return 0;
	list_for_each_entry_safe(p, n, &parent->p->klist_children, knode_parent) {
		error = fn(p->device, data);
		if (error)
			break;
	}
	return error;
}
EXPORT_SYMBOL_GPL(device_for_each_child);

struct device *device_find_child(struct device *parent, void *data,
				 int (*match)(struct device *dev, void *data))
{
	struct device_private *p;

	if (!parent || !parent->p)
		return NULL;
	list_for_each_entry(p, &parent->p->klist_children, knode_parent)
		if (match(p->device, data))
			return get_device(p->device);
	return NULL;
}
EXPORT_SYMBOL_GPL(device_find_child);

static void device_create_release(struct device *dev)
{
	kfree(dev);
}

static __printf(6, 0) struct device *
device_create_groups_vargs(struct class *class, struct device *parent,
			   dev_t devt, void *drvdata,
			   const struct attribute_group **groups,
			   const char *fmt, va_list args)
{
	struct device *dev = NULL;
	char *name;
	int retval = -ENODEV;

	if (IS_ERR_OR_NULL(class))
		goto error;
	dev = kzalloc(sizeof(*dev), GFP_KERNEL);
	if (!dev) {
		retval = -ENOMEM;
		goto error;
	}
	device_initialize(dev);
	dev->devt = devt;
	dev->class = class;
	dev->parent = parent;
	dev->groups = groups;
	dev->release = device_create_release;
	dev_set_drvdata(dev, drvdata);
	name = kvasprintf(GFP_KERNEL, fmt, args);
	retval = name ? kobject_set_name(&dev->kobj, "%s", name) : -ENOMEM;
	kfree(name);
	if (retval)
		goto error;
	retval = device_add(dev);
	if (retval)
		goto error;
	return dev;

error:
	put_device(dev);
	return ERR_PTR(retval);
}

struct device *device_create(struct class *class, struct device *parent,
			     dev_t devt, void *drvdata, const char *fmt, ...)
{
	va_list vargs;
	struct device *dev;

	va_start(vargs, fmt);
	dev = device_create_groups_vargs(class, parent, devt, drvdata, NULL,
					 fmt, vargs);
	va_end(vargs);
	return dev;
}
EXPORT_SYMBOL_GPL(device_create);

struct device *device_create_with_groups(struct class *class,
					 struct device *parent, dev_t devt,
					 void *drvdata,
					 const struct attribute_group **groups,
					 const char *fmt, ...)
{
	va_list vargs;
	struct device *dev;

	va_start(vargs, fmt);
	dev = device_create_groups_vargs(class, parent, devt, drvdata, groups,
					 fmt, vargs);
	va_end(vargs);
	return dev;
}
EXPORT_SYMBOL_GPL(device_create_with_groups);

static int match_devt(struct device *dev, const void *data)
{
	return dev->devt == *(const dev_t *)data;
}

void device_destroy(struct class *class, dev_t devt)
{
	struct device *dev = class_find_device(class, NULL, &devt, match_devt);

	if (dev) {
		put_device(dev);
		device_unregister(dev);
	}
}
EXPORT_SYMBOL_GPL(device_destroy);

const char *dev_driver_string(const struct device *dev)
{
	struct device_driver *drv = dev->driver;

	return drv ? drv->name : dev_bus_name(dev);
}
EXPORT_SYMBOL(dev_driver_string);

static void __dev_printk(const char *level, const struct device *dev,
			 struct va_format *vaf)
{
	if (dev)
		printk("%s%s %s: %pV", level, dev_driver_string(dev),
		       dev_name(dev), vaf);
	else
		printk("%s(NULL device *): %pV", level, vaf);
}

void _dev_printk(const char *level, const struct device *dev,
		 const char *fmt, ...)
{
	struct va_format vaf;
	va_list args;

	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	__dev_printk(level, dev, &vaf);
	va_end(args);
}
EXPORT_SYMBOL(_dev_printk);

#define define_dev_printk_level(func, kern_level)			\
void func(const struct device *dev, const char *fmt, ...)		\
{									\
	struct va_format vaf;						\
	va_list args;							\
									\
	va_start(args, fmt);						\
	vaf.fmt = fmt;							\
	vaf.va = &args;							\
	__dev_printk(kern_level, dev, &vaf);				\
	va_end(args);							\
}									\
EXPORT_SYMBOL(func)

define_dev_printk_level(_dev_emerg, KERN_EMERG);
define_dev_printk_level(_dev_alert, KERN_ALERT);
define_dev_printk_level(_dev_crit, KERN_CRIT);
define_dev_printk_level(_dev_err, KERN_ERR);
define_dev_printk_level(_dev_warn, KERN_WARNING);
define_dev_printk_level(_dev_notice, KERN_NOTICE);
define_dev_printk_level(_dev_info, KERN_INFO);

/*
 * A probe's failure, said once: "error -ENODEV: <why>" at KERN_ERR; a
 * deferral is only remembered (debugfs's devices_deferred shows it).
 */
int dev_err_probe(const struct device *dev, int err, const char *fmt, ...)
{
	struct va_format vaf;
	va_list args;

	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	if (err != -EPROBE_DEFER) {
		dev_err(dev, "error %pe: %pV", ERR_PTR(err), &vaf);
	} else if (dev->p) {
		kfree(dev->p->deferred_probe_reason);
		dev->p->deferred_probe_reason = kasprintf(GFP_KERNEL, "%pV", &vaf);
	}
	va_end(args);
	return err;
}
EXPORT_SYMBOL_GPL(dev_err_probe);

/* /sys/devices, /sys/dev/{block,char} (driver_init()'s devices_init()). */
int __init devices_init(void)
{
	devices_kset = kset_create_and_add("devices", &device_uevent_ops, NULL);
	if (!devices_kset)
		return -ENOMEM;
	dev_kobj = kobject_create_and_add("dev", NULL);
	if (!dev_kobj)
		return -ENOMEM;
	sysfs_dev_block_kobj = kobject_create_and_add("block", dev_kobj);
	sysfs_dev_char_kobj = kobject_create_and_add("char", dev_kobj);
	if (!sysfs_dev_block_kobj || !sysfs_dev_char_kobj)
		return -ENOMEM;
	return 0;
}

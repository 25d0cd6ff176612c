// SPDX-License-Identifier: GPL-2.0
/*
 * Buses, as Linux 6.1's drivers/base/bus.c: /sys/bus/<bus>/ with its
 * devices/ (links to the devices on it) and drivers/ (a directory per
 * driver, with bind, unbind, uevent and a link per bound device), and
 * the files drivers_autoprobe, drivers_probe and uevent.
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

abi_check_size(bus_type);
abi_check_field(bus_type, dev_name);
abi_check_field(bus_type, dev_root);
abi_check_field(bus_type, bus_groups);
abi_check_field(bus_type, dev_groups);
abi_check_field(bus_type, drv_groups);
abi_check_field(bus_type, match);
abi_check_field(bus_type, uevent);
abi_check_field(bus_type, probe);
abi_check_field(bus_type, sync_state);
abi_check_field(bus_type, remove);
abi_check_field(bus_type, shutdown);
abi_check_field(bus_type, online);
abi_check_field(bus_type, offline);
abi_check_field(bus_type, suspend);
abi_check_field(bus_type, resume);
abi_check_field(bus_type, num_vf);
abi_check_field(bus_type, dma_configure);
abi_check_field(bus_type, dma_cleanup);
abi_check_field(bus_type, pm);
abi_check_field(bus_type, iommu_ops);
abi_check_field(bus_type, p);
abi_check_field(bus_type, need_parent_lock);
abi_check_size(driver_attribute);
abi_check_field(driver_attribute, show);
abi_check_field(driver_attribute, store);
abi_check_size(bus_attribute);

struct kset *bus_kset;

#define to_bus_attr(_attr) container_of(_attr, struct bus_attribute, attr)
#define to_drv_attr(_attr) container_of(_attr, struct driver_attribute, attr)

static ssize_t drv_attr_show(struct kobject *kobj, struct attribute *attr,
			     char *buf)
{
	struct driver_attribute *drv_attr = to_drv_attr(attr);
	struct driver_private *drv_priv = to_driver(kobj);

	return drv_attr->show ? drv_attr->show(drv_priv->driver, buf) : -EIO;
}

static ssize_t drv_attr_store(struct kobject *kobj, struct attribute *attr,
			      const char *buf, size_t count)
{
	struct driver_attribute *drv_attr = to_drv_attr(attr);
	struct driver_private *drv_priv = to_driver(kobj);

	return drv_attr->store ? drv_attr->store(drv_priv->driver, buf, count) :
				 -EIO;
}

static const struct sysfs_ops driver_sysfs_ops = {
	.show	= drv_attr_show,
	.store	= drv_attr_store,
};

static void driver_release(struct kobject *kobj)
{
	kfree(to_driver(kobj));
}

static const struct kobj_type driver_ktype = {
	.sysfs_ops	= &driver_sysfs_ops,
	.release	= driver_release,
};

static ssize_t bus_attr_show(struct kobject *kobj, struct attribute *attr,
			     char *buf)
{
	struct bus_attribute *bus_attr = to_bus_attr(attr);
	struct subsys_private *subsys_priv = to_subsys_private(kobj);

	return bus_attr->show ? bus_attr->show(subsys_priv->bus, buf) : -EIO;
}

static ssize_t bus_attr_store(struct kobject *kobj, struct attribute *attr,
			      const char *buf, size_t count)
{
	struct bus_attribute *bus_attr = to_bus_attr(attr);
	struct subsys_private *subsys_priv = to_subsys_private(kobj);

	return bus_attr->store ? bus_attr->store(subsys_priv->bus, buf, count) :
				 -EIO;
}

static const struct sysfs_ops bus_sysfs_ops = {
	.show	= bus_attr_show,
	.store	= bus_attr_store,
};

static void bus_release(struct kobject *kobj)
{
	struct subsys_private *priv = to_subsys_private(kobj);

	priv->bus->p = NULL;
	kfree(priv);
}

static const struct kobj_type bus_ktype = {
	.sysfs_ops	= &bus_sysfs_ops,
	.release	= bus_release,
};

int driver_create_file(struct device_driver *drv,
		       const struct driver_attribute *attr)
{
	return drv ? sysfs_create_file(&drv->p->kobj, &attr->attr) : -EINVAL;
}
EXPORT_SYMBOL_GPL(driver_create_file);

void driver_remove_file(struct device_driver *drv,
			const struct driver_attribute *attr)
{
	if (drv)
		sysfs_remove_file(&drv->p->kobj, &attr->attr);
}
EXPORT_SYMBOL_GPL(driver_remove_file);

static int bus_create_file(struct bus_type *bus, struct bus_attribute *attr)
{
	return sysfs_create_file(&bus->p->subsys.kobj, &attr->attr);
}

static void bus_remove_file(struct bus_type *bus, struct bus_attribute *attr)
{
	sysfs_remove_file(&bus->p->subsys.kobj, &attr->attr);
}

static int match_name(struct device *dev, const void *data)
{
	return sysfs_streq(dev_name(dev), data);
}

/* "echo NAME > unbind": let go of a device this driver has. */
static ssize_t unbind_store(struct device_driver *drv, const char *buf,
			    size_t count)
{
	struct device *dev = bus_find_device(drv->bus, NULL, buf, match_name);
	int err = -ENODEV;

	if (dev && dev->driver == drv) {
		device_release_driver(dev);
		err = count;
	}
	put_device(dev);
	return err;
}
static DRIVER_ATTR_WO(unbind);

/* "echo NAME > bind": probe a device this driver matches. */
static ssize_t bind_store(struct device_driver *drv, const char *buf,
			  size_t count)
{
	struct device *dev = bus_find_device(drv->bus, NULL, buf, match_name);
	int err = -ENODEV;

	if (dev && driver_match_device(drv, dev)) {
		err = device_driver_attach(drv, dev);
		if (!err)
			err = count;
	}
	put_device(dev);
	return err;
}
static DRIVER_ATTR_WO(bind);

static ssize_t drivers_autoprobe_show(struct bus_type *bus, char *buf)
{
	return sysfs_emit(buf, "%d\n", bus->p->drivers_autoprobe);
}

static ssize_t drivers_autoprobe_store(struct bus_type *bus, const char *buf,
				       size_t count)
{
	bus->p->drivers_autoprobe = buf[0] != '0';
	return count;
}
static BUS_ATTR_RW(drivers_autoprobe);

static ssize_t drivers_probe_store(struct bus_type *bus, const char *buf,
				   size_t count)
{
	struct device *dev = bus_find_device(bus, NULL, buf, match_name);
	int err = -EINVAL;

	if (!dev)
		return -ENODEV;
	if (dev->driver || device_attach(dev) >= 0)
		err = count;
	put_device(dev);
	return err;
}
static BUS_ATTR_WO(drivers_probe);

static ssize_t bus_uevent_store(struct bus_type *bus, const char *buf,
				size_t count)
{
	int rc = kobject_synthesize_uevent(&bus->p->subsys.kobj, buf, count);

	return rc ? rc : count;
}
static struct bus_attribute bus_attr_uevent = __ATTR(uevent, 0200, NULL,
						     bus_uevent_store);

static ssize_t uevent_store(struct device_driver *drv, const char *buf,
			    size_t count)
{
	int rc = kobject_synthesize_uevent(&drv->p->kobj, buf, count);

	return rc ? rc : count;
}
static DRIVER_ATTR_WO(uevent);

int bus_for_each_dev(struct bus_type *bus, struct device *start, void *data,
		     int (*fn)(struct device *dev, void *data))
{
	struct device_private *p, *n;
	bool started = !start;
	int error = 0;

	if (!bus || !bus->p)
		return -EINVAL;
	list_for_each_entry_safe(p, n, &bus->p->klist_devices, knode_bus) {
		if (before_start(&started, p->device, start))
			continue;
		error = fn(p->device, data);
		if (error)
			break;
	}
	return error;
}
EXPORT_SYMBOL_GPL(bus_for_each_dev);

struct device *bus_find_device(struct bus_type *bus, struct device *start,
			       const void *data,
			       int (*match)(struct device *dev, const void *data))
{
	struct device_private *p;
	bool started = !start;

	if (!bus || !bus->p)
		return NULL;
	list_for_each_entry(p, &bus->p->klist_devices, knode_bus) {
		if (before_start(&started, p->device, start))
			continue;
		if (match(p->device, data))
			return get_device(p->device);
	}
	return NULL;
}
EXPORT_SYMBOL_GPL(bus_find_device);

int bus_for_each_drv(struct bus_type *bus, struct device_driver *start,
		     void *data, int (*fn)(struct device_driver *, void *))
{
	struct driver_private *p, *n;
	bool started = !start;
	int error = 0;

	if (!bus || !bus->p)
		return -EINVAL;
	list_for_each_entry_safe(p, n, &bus->p->klist_drivers, knode_bus) {
		if (before_start(&started, p->driver, start))
			continue;
		error = fn(p->driver, data);
		if (error)
			break;
	}
	return error;
}
EXPORT_SYMBOL_GPL(bus_for_each_drv);

/* A device joins its bus: files, links, the bus's device list. */
int bus_add_device(struct device *dev)
{
	struct bus_type *bus = dev->bus;
	int error;

	if (!bus)
		return 0;
	error = device_add_groups(dev, bus->dev_groups);
	if (error)
		return error;
	error = sysfs_create_link(&bus->p->devices_kset->kobj, &dev->kobj,
				  dev_name(dev));
	if (error)
		goto out_groups;
	error = sysfs_create_link(&dev->kobj, &bus->p->subsys.kobj, "subsystem");
	if (error)
		goto out_subsys;
	list_add_tail(&dev->p->knode_bus, &bus->p->klist_devices);
	return 0;

out_subsys:
	sysfs_remove_link(&bus->p->devices_kset->kobj, dev_name(dev));
out_groups:
	device_remove_groups(dev, bus->dev_groups);
	return error;
}

void bus_probe_device(struct device *dev)
{
	if (dev->bus && dev->bus->p->drivers_autoprobe)
		device_attach(dev);
}

void bus_remove_device(struct device *dev)
{
	struct bus_type *bus = dev->bus;

	if (!bus)
		return;
	sysfs_remove_link(&dev->kobj, "subsystem");
	sysfs_remove_link(&bus->p->devices_kset->kobj, dev_name(dev));
	device_remove_groups(dev, bus->dev_groups);
	list_del_init(&dev->p->knode_bus);
	device_release_driver(dev);
}

/* A driver joins its bus: its directory, then it looks for its devices. */
int bus_add_driver(struct device_driver *drv)
{
	struct bus_type *bus = drv->bus;
	struct driver_private *priv;
	int error;

	priv = kzalloc(sizeof(*priv), GFP_KERNEL);
	if (!priv)
		return -ENOMEM;
	INIT_LIST_HEAD(&priv->klist_devices);
	priv->driver = drv;
	drv->p = priv;
	priv->kobj.kset = bus->p->drivers_kset;
	error = kobject_init_and_add(&priv->kobj, &driver_ktype, NULL, "%s",
				     drv->name);
	if (error)
		goto out_unregister;
	list_add_tail(&priv->knode_bus, &bus->p->klist_drivers);
	if (bus->p->drivers_autoprobe)
		driver_attach(drv);
	module_add_driver(drv->owner, drv);
	error = driver_create_file(drv, &driver_attr_uevent);
	if (error)
		printk(KERN_ERR "%s: uevent attr (%s) failed\n", __func__,
		       drv->name);
	if (bus->drv_groups && sysfs_create_groups(&priv->kobj, bus->drv_groups))
		printk(KERN_ERR "%s: driver_add_groups(%s) failed\n", __func__,
		       drv->name);
	if (!drv->suppress_bind_attrs &&
	    (driver_create_file(drv, &driver_attr_bind) ||
	     driver_create_file(drv, &driver_attr_unbind)))
		printk(KERN_ERR "%s: add_bind_files(%s) failed\n", __func__,
		       drv->name);
	return 0;

out_unregister:
	kobject_put(&priv->kobj);
	drv->p = NULL;
	return error;
}

void bus_remove_driver(struct device_driver *drv)
{
	if (!drv->bus)
		return;
	if (!drv->suppress_bind_attrs) {
		driver_remove_file(drv, &driver_attr_bind);
		driver_remove_file(drv, &driver_attr_unbind);
	}
	if (drv->bus->drv_groups)
		sysfs_remove_groups(&drv->p->kobj, drv->bus->drv_groups);
	driver_remove_file(drv, &driver_attr_uevent);
	list_del_init(&drv->p->knode_bus);
	driver_detach(drv);
	module_remove_driver(drv);
	kobject_put(&drv->p->kobj);
}

int bus_register(struct bus_type *bus)
{
	struct subsys_private *priv;
	int retval;

	priv = kzalloc(sizeof(*priv), GFP_KERNEL);
	if (!priv)
		return -ENOMEM;
	priv->bus = bus;
	bus->p = priv;
	INIT_LIST_HEAD(&priv->klist_devices);
	INIT_LIST_HEAD(&priv->klist_drivers);
	INIT_LIST_HEAD(&priv->glue_dirs);
	retval = kobject_set_name(&priv->subsys.kobj, "%s", bus->name);
	if (retval)
		goto out;
	priv->subsys.kobj.kset = bus_kset;
	kobject_init(&priv->subsys.kobj, &bus_ktype);
	priv->drivers_autoprobe = 1;
	retval = kset_register(&priv->subsys);
	if (retval)
		goto out;
	retval = bus_create_file(bus, &bus_attr_uevent);
	if (retval)
		goto bus_uevent_fail;
	priv->devices_kset = kset_create_and_add("devices", NULL,
						 &priv->subsys.kobj);
	if (!priv->devices_kset) {
		retval = -ENOMEM;
		goto bus_devices_fail;
	}
	priv->drivers_kset = kset_create_and_add("drivers", NULL,
						 &priv->subsys.kobj);
	if (!priv->drivers_kset) {
		retval = -ENOMEM;
		goto bus_drivers_fail;
	}
	retval = bus_create_file(bus, &bus_attr_drivers_probe);
	if (retval)
		goto bus_probe_files_fail;
	retval = bus_create_file(bus, &bus_attr_drivers_autoprobe);
	if (retval)
		goto bus_autoprobe_fail;
	if (bus->bus_groups) {
		retval = sysfs_create_groups(&priv->subsys.kobj, bus->bus_groups);
		if (retval)
			goto bus_groups_fail;
	}
	return 0;

bus_groups_fail:
	bus_remove_file(bus, &bus_attr_drivers_autoprobe);
bus_autoprobe_fail:
	bus_remove_file(bus, &bus_attr_drivers_probe);
bus_probe_files_fail:
	kset_unregister(bus->p->drivers_kset);
bus_drivers_fail:
	kset_unregister(bus->p->devices_kset);
bus_devices_fail:
	bus_remove_file(bus, &bus_attr_uevent);
bus_uevent_fail:
	kset_unregister(&bus->p->subsys);
	return retval;
out:
	kfree(bus->p);
	bus->p = NULL;
	return retval;
}
EXPORT_SYMBOL_GPL(bus_register);

void bus_unregister(struct bus_type *bus)
{
	if (bus->dev_root)
		device_unregister(bus->dev_root);
	if (bus->bus_groups)
		sysfs_remove_groups(&bus->p->subsys.kobj, bus->bus_groups);
	bus_remove_file(bus, &bus_attr_drivers_autoprobe);
	bus_remove_file(bus, &bus_attr_drivers_probe);
	kset_unregister(bus->p->drivers_kset);
	kset_unregister(bus->p->devices_kset);
	bus_remove_file(bus, &bus_attr_uevent);
	kset_unregister(&bus->p->subsys);
}
EXPORT_SYMBOL_GPL(bus_unregister);

int __init buses_init(void)
{
	bus_kset = kset_create_and_add("bus", NULL, NULL);
	return bus_kset ? 0 : -ENOMEM;
}

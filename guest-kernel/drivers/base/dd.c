// SPDX-License-Identifier: GPL-2.0
/*
 * Binding devices to drivers, as Linux 6.1's drivers/base/dd.c: a new
 * device looks for a driver on its bus, a new driver for devices; a
 * match is probed, and a probe that succeeds binds (the "driver" link,
 * the driver's link to the device, KOBJ_BIND). Unbinding calls remove
 * and releases the device's devm_* resources. A probe may ask to be
 * deferred: it is tried again whenever another device gets a driver.
 * Probes run synchronously (one CPU; asynchronous probing only changes
 * when they run, not what they do).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/device.h>
#include <linux/slab.h>
#include "base.h"

static LIST_HEAD(deferred_probe_pending_list);
static bool deferred_trigger;

static void driver_deferred_probe_add(struct device *dev)
{
	if (list_empty(&dev->p->deferred_probe))
		list_add_tail(&dev->p->deferred_probe,
			      &deferred_probe_pending_list);
}

static void driver_deferred_probe_del(struct device *dev)
{
	list_del_init(&dev->p->deferred_probe);
}

/* Something was bound: whatever was deferred gets another chance. */
static void driver_deferred_probe_trigger(void)
{
	struct device_private *p;

	if (deferred_trigger)
		return;
	deferred_trigger = true;
	while (!list_empty(&deferred_probe_pending_list)) {
		p = list_first_entry(&deferred_probe_pending_list,
				     struct device_private, deferred_probe);
		list_del_init(&p->deferred_probe);
		get_device(p->device);
		device_attach(p->device);
		put_device(p->device);
	}
	deferred_trigger = false;
}

/* "waiting_for_supplier": fw_devlink's file on firmware-described devices. */
static ssize_t waiting_for_supplier_show(struct device *dev,
					 struct device_attribute *attr,
					 char *buf)
{
	return sysfs_emit(buf, "%u\n", 0);
}
static DEVICE_ATTR_RO(waiting_for_supplier);

int device_links_check_suppliers(struct device *dev)
{
	return 0;
}

static void driver_bound(struct device *dev)
{
	list_add_tail(&dev->p->knode_driver, &dev->driver->p->klist_devices);
	if (dev->fwnode)
		device_remove_file(dev, &dev_attr_waiting_for_supplier);
	driver_deferred_probe_del(dev);
	driver_deferred_probe_trigger();
	kobject_uevent(&dev->kobj, KOBJ_BIND);
}

static int driver_sysfs_add(struct device *dev)
{
	int ret;

	ret = sysfs_create_link(&dev->driver->p->kobj, &dev->kobj,
				kobject_name(&dev->kobj));
	if (ret)
		return ret;
	ret = sysfs_create_link(&dev->kobj, &dev->driver->p->kobj, "driver");
	if (ret)
		sysfs_remove_link(&dev->driver->p->kobj,
				  kobject_name(&dev->kobj));
	return ret;
}

static void driver_sysfs_remove(struct device *dev)
{
	struct device_driver *drv = dev->driver;

	if (drv) {
		sysfs_remove_link(&drv->p->kobj, kobject_name(&dev->kobj));
		sysfs_remove_link(&dev->kobj, "driver");
	}
}

/* After an unbind or a failed probe: nothing of the driver stays. */
static void device_unbind_cleanup(struct device *dev)
{
	devres_release_all(dev);
	dev->driver = NULL;
	dev_set_drvdata(dev, NULL);
}

static int call_driver_probe(struct device *dev, struct device_driver *drv)
{
	int ret = 0;

	if (dev->bus->probe)
		ret = dev->bus->probe(dev);
	else if (drv->probe)
		ret = drv->probe(dev);

	switch (ret) {
	case 0:
	case -EPROBE_DEFER:
	case -ENODEV:
	case -ENXIO:
		break;
	default:
		pr_warn("%s: probe of %s failed with error %d\n", drv->name,
			dev_name(dev), ret);
		break;
	}
	return ret;
}

/* 0 if bound; a probe's own error comes back positive. */
static int really_probe(struct device *dev, struct device_driver *drv)
{
	int ret;

	if (!list_empty(&dev->devres_head)) {
		dev_crit(dev, "Resources present before probing\n");
		return -EBUSY;
	}
	dev->driver = drv;
	ret = driver_sysfs_add(dev);
	if (ret) {
		pr_err("%s: driver_sysfs_add(%s) failed\n", __func__,
		       dev_name(dev));
		goto sysfs_failed;
	}
	ret = call_driver_probe(dev, drv);
	if (ret) {
		ret = -ret;
		goto probe_failed;
	}
	ret = device_add_groups(dev, drv->dev_groups);
	if (ret) {
		dev_err(dev, "device_add_groups() failed\n");
		goto dev_groups_failed;
	}
	driver_bound(dev);
	return 0;

dev_groups_failed:
	if (dev->bus->remove)
		dev->bus->remove(dev);
	else if (drv->remove)
		drv->remove(dev);
probe_failed:
	driver_sysfs_remove(dev);
sysfs_failed:
	device_unbind_cleanup(dev);
	return ret;
}

static int __driver_probe_device(struct device_driver *drv, struct device *dev)
{
	if (dev->p->dead || !dev->kobj.state_in_sysfs)
		return -ENODEV;
	if (dev->driver)
		return -EBUSY;
	dev->can_match = true;
	return really_probe(dev, drv);
}

int driver_probe_device(struct device_driver *drv, struct device *dev)
{
	int ret = __driver_probe_device(drv, dev);

	if (ret == -EPROBE_DEFER || ret == EPROBE_DEFER)
		driver_deferred_probe_add(dev);
	return ret;
}

/* bind_store(): a probe error comes back as a plain -errno. */
int device_driver_attach(struct device_driver *drv, struct device *dev)
{
	int ret = __driver_probe_device(drv, dev);

	if (ret > 0)
		ret = -ret;
	if (ret == -EPROBE_DEFER)
		return -EAGAIN;
	return ret;
}
EXPORT_SYMBOL_GPL(device_driver_attach);

/* A device given its driver by whoever made it (no probe). */
int device_bind_driver(struct device *dev)
{
	int ret = driver_sysfs_add(dev);

	if (!ret)
		driver_bound(dev);
	return ret;
}
EXPORT_SYMBOL_GPL(device_bind_driver);

/* > 0 they match, 0 they do not, < 0 an error or a deferral (remembered). */
static int match_or_defer(struct device_driver *drv, struct device *dev)
{
	int ret = driver_match_device(drv, dev);

	if (ret == -EPROBE_DEFER) {
		dev->can_match = true;
		driver_deferred_probe_add(dev);
	}
	return ret;
}

static int __device_attach_driver(struct device_driver *drv, void *data)
{
	struct device *dev = data;
	int ret = match_or_defer(drv, dev);

	if (ret <= 0)
		return ret;
	ret = driver_probe_device(drv, dev);
	if (ret < 0)
		return ret;
	return ret == 0;
}

/* 1 if the device is bound now, 0 if no driver took it. */
int device_attach(struct device *dev)
{
	int ret;

	if (dev->p->dead)
		return 0;
	if (dev->driver)
		return 1;
	ret = bus_for_each_drv(dev->bus, NULL, dev, __device_attach_driver);
	return ret > 0 ? 1 : (ret == 0 ? 0 : ret);
}
EXPORT_SYMBOL_GPL(device_attach);

static int __driver_attach(struct device *dev, void *data)
{
	struct device_driver *drv = data;
	int ret = match_or_defer(drv, dev);

	if (ret == -EPROBE_DEFER)
		return 0;	/* the other devices may still match */
	if (ret <= 0)
		return ret;
	driver_probe_device(drv, dev);
	return 0;
}

int driver_attach(struct device_driver *drv)
{
	return bus_for_each_dev(drv->bus, NULL, drv, __driver_attach);
}
EXPORT_SYMBOL_GPL(driver_attach);

static void __device_release_driver(struct device *dev)
{
	struct device_driver *drv = dev->driver;

	if (!drv)
		return;
	device_remove_groups(dev, drv->dev_groups);
	driver_sysfs_remove(dev);
	if (dev->bus && dev->bus->remove)
		dev->bus->remove(dev);
	else if (drv->remove)
		drv->remove(dev);
	device_unbind_cleanup(dev);
	list_del_init(&dev->p->knode_driver);
	kobject_uevent(&dev->kobj, KOBJ_UNBIND);
}

void device_release_driver(struct device *dev)
{
	__device_release_driver(dev);
}
EXPORT_SYMBOL_GPL(device_release_driver);

/* A driver going away lets go of every device it has. */
void driver_detach(struct device_driver *drv)
{
	struct device_private *p;

	while (!list_empty(&drv->p->klist_devices)) {
		p = list_last_entry(&drv->p->klist_devices,
				    struct device_private, knode_driver);
		get_device(p->device);
		__device_release_driver(p->device);
		put_device(p->device);
	}
}

/* A firmware-described device waits for its suppliers (none here). */
int device_add_waiting_for_supplier(struct device *dev)
{
	return dev->fwnode ?
	       device_create_file(dev, &dev_attr_waiting_for_supplier) : 0;
}

void device_remove_waiting_for_supplier(struct device *dev)
{
	if (dev->fwnode)
		device_remove_file(dev, &dev_attr_waiting_for_supplier);
}

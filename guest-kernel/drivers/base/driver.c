// SPDX-License-Identifier: GPL-2.0
/* Registering drivers with their bus (Linux 6.1's drivers/base/driver.c). */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/device.h>
#include <linux/string.h>
#include <linux/debian_layout.h>
#include "base.h"

DEBIAN_SIZE(device_driver);
DEBIAN_OFFSET(device_driver, bus);
DEBIAN_OFFSET(device_driver, owner);
DEBIAN_OFFSET(device_driver, mod_name);
DEBIAN_OFFSET(device_driver, suppress_bind_attrs);
DEBIAN_OFFSET(device_driver, probe_type);
DEBIAN_OFFSET(device_driver, of_match_table);
DEBIAN_OFFSET(device_driver, acpi_match_table);
DEBIAN_OFFSET(device_driver, probe);
DEBIAN_OFFSET(device_driver, sync_state);
DEBIAN_OFFSET(device_driver, remove);
DEBIAN_OFFSET(device_driver, shutdown);
DEBIAN_OFFSET(device_driver, suspend);
DEBIAN_OFFSET(device_driver, resume);
DEBIAN_OFFSET(device_driver, groups);
DEBIAN_OFFSET(device_driver, dev_groups);
DEBIAN_OFFSET(device_driver, pm);
DEBIAN_OFFSET(device_driver, coredump);
DEBIAN_OFFSET(device_driver, p);

int driver_for_each_device(struct device_driver *drv, struct device *start,
			   void *data, int (*fn)(struct device *, void *))
{
	struct device_private *p, *n;
	bool started = !start;
	int error = 0;

	if (!drv)
		return -EINVAL;
	list_for_each_entry_safe(p, n, &drv->p->klist_devices, knode_driver) {
		if (!started) {
			started = p->device == start;
			continue;
		}
		error = fn(p->device, data);
		if (error)
			break;
	}
	return error;
}
EXPORT_SYMBOL_GPL(driver_for_each_device);

struct device_driver *driver_find(const char *name, struct bus_type *bus)
{
	struct driver_private *priv;

	list_for_each_entry(priv, &bus->p->klist_drivers, knode_bus)
		if (!strcmp(kobject_name(&priv->kobj), name))
			return priv->driver;
	return NULL;
}
EXPORT_SYMBOL_GPL(driver_find);

int driver_register(struct device_driver *drv)
{
	int ret;

	if (!drv->bus->p) {
		pr_err("Driver '%s' was unable to register with bus_type '%s' because the bus was not initialized.\n",
		       drv->name, drv->bus->name);
		return -EINVAL;
	}
	if ((drv->bus->probe && drv->probe) ||
	    (drv->bus->remove && drv->remove) ||
	    (drv->bus->shutdown && drv->shutdown))
		pr_warn("Driver '%s' needs updating - please use bus_type methods\n",
			drv->name);
	if (driver_find(drv->name, drv->bus)) {
		pr_err("Error: Driver '%s' is already registered, aborting...\n",
		       drv->name);
		return -EBUSY;
	}
	ret = bus_add_driver(drv);
	if (ret)
		return ret;
	if (drv->groups) {
		ret = sysfs_create_groups(&drv->p->kobj, drv->groups);
		if (ret) {
			bus_remove_driver(drv);
			return ret;
		}
	}
	kobject_uevent(&drv->p->kobj, KOBJ_ADD);
	return 0;
}
EXPORT_SYMBOL_GPL(driver_register);

void driver_unregister(struct device_driver *drv)
{
	if (!drv || !drv->p) {
		WARN(1, "Unexpected driver unregister!\n");
		return;
	}
	if (drv->groups)
		sysfs_remove_groups(&drv->p->kobj, drv->groups);
	bus_remove_driver(drv);
}
EXPORT_SYMBOL_GPL(driver_unregister);

// SPDX-License-Identifier: GPL-2.0
/* Registering drivers with their bus (Linux 6.1's drivers/base/driver.c). */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/device.h>
#include <linux/string.h>
#include <linux/module_abi.h>
#include "base.h"

abi_check_size(device_driver);
abi_check_field(device_driver, bus);
abi_check_field(device_driver, owner);
abi_check_field(device_driver, mod_name);
abi_check_field(device_driver, suppress_bind_attrs);
abi_check_field(device_driver, probe_type);
abi_check_field(device_driver, of_match_table);
abi_check_field(device_driver, acpi_match_table);
abi_check_field(device_driver, probe);
abi_check_field(device_driver, sync_state);
abi_check_field(device_driver, remove);
abi_check_field(device_driver, shutdown);
abi_check_field(device_driver, suspend);
abi_check_field(device_driver, resume);
abi_check_field(device_driver, groups);
abi_check_field(device_driver, dev_groups);
abi_check_field(device_driver, pm);
abi_check_field(device_driver, coredump);
abi_check_field(device_driver, p);

int driver_for_each_device(struct device_driver *drv, struct device *start,
			   void *data, int (*fn)(struct device *, void *))
{
	struct device_private *p, *n;
	bool started = !start;
	int error = 0;

	if (!drv)
		return -EINVAL;
	list_for_each_entry_safe(p, n, &drv->p->klist_devices, knode_driver) {
		if (before_start(&started, p->device, start))
			continue;
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

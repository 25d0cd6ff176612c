// SPDX-License-Identifier: GPL-2.0
/*
 * Drivers and their modules in sysfs: /sys/bus/<bus>/drivers/<drv>/module
 * links to /sys/module/<mod>, and /sys/module/<mod>/drivers/<bus>:<drv>
 * links back. A built-in driver finds its /sys/module entry by mod_name.
 */
#include <linux/kernel.h>
#include <linux/device.h>
#include <linux/module.h>
#include <linux/slab.h>
#include "base.h"

static char *make_driver_name(struct device_driver *drv)
{
	return kasprintf(GFP_KERNEL, "%s:%s", drv->bus->name, drv->name);
}

static struct module_kobject *driver_module_kobject(struct device_driver *drv)
{
	struct module *mod;
	struct kobject *mkobj;

	if (drv->owner) {
		mod = module_of_this(drv->owner);
		return mod ? &mod->mkobj : NULL;
	}
	if (drv->p->mkobj || !drv->mod_name)
		return drv->p->mkobj;
	mkobj = kset_find_obj(module_kset, drv->mod_name);
	if (!mkobj)
		return NULL;
	drv->p->mkobj = container_of(mkobj, struct module_kobject, kobj);
	kobject_put(mkobj);
	return drv->p->mkobj;
}

void module_add_driver(struct module *this_module, struct device_driver *drv)
{
	struct module_kobject *mk = driver_module_kobject(drv);
	char *driver_name;

	if (!mk)
		return;
	sysfs_create_link(&drv->p->kobj, &mk->kobj, "module");
	driver_name = make_driver_name(drv);
	if (driver_name) {
		if (!mk->drivers_dir)
			mk->drivers_dir = kobject_create_and_add("drivers",
								 &mk->kobj);
		sysfs_create_link(mk->drivers_dir, &drv->p->kobj, driver_name);
		kfree(driver_name);
	}
}

void module_remove_driver(struct device_driver *drv)
{
	struct module_kobject *mk = driver_module_kobject(drv);
	char *driver_name;

	sysfs_remove_link(&drv->p->kobj, "module");
	if (mk && mk->drivers_dir) {
		driver_name = make_driver_name(drv);
		if (driver_name) {
			sysfs_remove_link(mk->drivers_dir, driver_name);
			kfree(driver_name);
		}
	}
}

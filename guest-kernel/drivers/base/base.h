/* SPDX-License-Identifier: GPL-2.0 */
/* What the driver core's files share: the private halves of its objects. */
#ifndef _DRIVERS_BASE_BASE_H
#define _DRIVERS_BASE_BASE_H

#include <linux/device.h>
#include <linux/kobject.h>
#include <linux/list.h>

/*
 * A bus's or a class's own state (the "p" modules never look into):
 * /sys/bus/<bus> or /sys/class/<class>, its devices and drivers.
 */
struct subsys_private {
	struct kset subsys;
	struct kset *devices_kset;	/* /sys/bus/<bus>/devices */
	struct kset *drivers_kset;	/* /sys/bus/<bus>/drivers */
	struct list_head klist_devices;
	struct list_head klist_drivers;
	unsigned int drivers_autoprobe:1;
	struct bus_type *bus;
	struct list_head glue_dirs;	/* a class's /sys/devices/.../<class> */
	struct class *class;
};

#define to_subsys_private(obj) container_of(obj, struct subsys_private, subsys.kobj)

struct driver_private {
	struct kobject kobj;		/* /sys/bus/<bus>/drivers/<name> */
	struct list_head klist_devices;
	struct list_head knode_bus;
	struct module_kobject *mkobj;
	struct device_driver *driver;
};

#define to_driver(obj) container_of(obj, struct driver_private, kobj)

struct device_private {
	struct list_head klist_children;
	struct list_head knode_parent;
	struct list_head knode_driver;
	struct list_head knode_bus;
	struct list_head knode_class;
	struct list_head deferred_probe;
	const char *deferred_probe_reason;
	struct device *device;
	u8 dead:1;
	u8 rpm_forbidden:1;		/* power/control "on" */
	u8 async_suspend:1;		/* power/async */
};

#define to_device_private_parent(obj)	container_of(obj, struct device_private, knode_parent)
#define to_device_private_driver(obj)	container_of(obj, struct device_private, knode_driver)
#define to_device_private_bus(obj)	container_of(obj, struct device_private, knode_bus)
#define to_device_private_class(obj)	container_of(obj, struct device_private, knode_class)

/*
 * Walking a list "from start" (bus_for_each_dev() and friends): skip the
 * entries up to start itself, then visit the rest; a NULL start visits all.
 */
static inline bool before_start(bool *started, const void *item,
				const void *start)
{
	if (*started)
		return false;
	*started = item == start;
	return true;
}

extern struct kset *devices_kset;
extern struct kobject *dev_kobj;
extern struct kobject *sysfs_dev_char_kobj;
extern struct kobject *sysfs_dev_block_kobj;
extern struct kset *bus_kset;
extern struct kset *class_kset;
extern const struct kobj_type device_ktype;

/* core.c */
int device_private_init(struct device *dev);
struct kobject *virtual_device_parent(struct device *dev);
int device_links_check_suppliers(struct device *dev);

/* bus.c */
int bus_add_device(struct device *dev);
void bus_probe_device(struct device *dev);
void bus_remove_device(struct device *dev);
int bus_add_driver(struct device_driver *drv);
void bus_remove_driver(struct device_driver *drv);
int buses_init(void);

/* dd.c */
int driver_probe_device(struct device_driver *drv, struct device *dev);
void driver_detach(struct device_driver *drv);
int device_add_waiting_for_supplier(struct device *dev);
void device_remove_waiting_for_supplier(struct device *dev);
static inline int driver_match_device(struct device_driver *drv,
				      struct device *dev)
{
	return drv->bus->match ? drv->bus->match(dev, drv) : 1;
}

/* class.c, driver.c */
int classes_init(void);
int devices_init(void);
struct device_driver *driver_find(const char *name, struct bus_type *bus);

/* module.c: /sys/module/<mod>/drivers and the driver's "module" link */
void module_add_driver(struct module *mod, struct device_driver *drv);
void module_remove_driver(struct device_driver *drv);

/* power/sysfs.c: the power/ directory of every device */
int dpm_sysfs_add(struct device *dev);
void dpm_sysfs_remove(struct device *dev);

/* platform.c, devtmpfs.c */
int platform_bus_init(void);

#endif

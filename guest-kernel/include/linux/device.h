/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The driver model: devices, the buses and classes they belong to, the
 * drivers that bind to them. Modules define and embed these structures
 * (a class, a platform_driver, a device inside their own state), so each
 * is laid out as Debian's headers lay it out, with room kept for what we
 * do not have; the checks are in drivers/base/.
 */
#ifndef _LINUX_DEVICE_H
#define _LINUX_DEVICE_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/kobject.h>
#include <linux/mutex.h>
#include <linux/stdarg.h>
#include <linux/err.h>
#include <linux/printk.h>
#include <linux/gfp.h>
#include <linux/fwnode.h>

struct device;
struct device_driver;
struct driver_private;
struct device_private;
struct subsys_private;
struct module;
struct class;
struct bus_type;
struct device_node;
struct of_device_id;
struct kobj_uevent_env;
struct dev_pm_ops;

/* An attribute of a device, shown as /sys/devices/.../<name>. */
struct device_attribute {
	struct attribute attr;
	ssize_t (*show)(struct device *dev, struct device_attribute *attr,
			char *buf);
	ssize_t (*store)(struct device *dev, struct device_attribute *attr,
			 const char *buf, size_t count);
};

#define DEVICE_ATTR(_name, _mode, _show, _store) \
	struct device_attribute dev_attr_##_name = __ATTR(_name, _mode, _show, _store)
#define DEVICE_ATTR_RW(_name) \
	struct device_attribute dev_attr_##_name = __ATTR_RW(_name)
#define DEVICE_ATTR_ADMIN_RW(_name) \
	struct device_attribute dev_attr_##_name = __ATTR_RW_MODE(_name, 0600)
#define DEVICE_ATTR_RO(_name) \
	struct device_attribute dev_attr_##_name = __ATTR_RO(_name)
#define DEVICE_ATTR_WO(_name) \
	struct device_attribute dev_attr_##_name = __ATTR_WO(_name)

struct driver_attribute {
	struct attribute attr;
	ssize_t (*show)(struct device_driver *driver, char *buf);
	ssize_t (*store)(struct device_driver *driver, const char *buf,
			 size_t count);
};

#define DRIVER_ATTR_RW(_name) \
	struct driver_attribute driver_attr_##_name = __ATTR_RW(_name)
#define DRIVER_ATTR_RO(_name) \
	struct driver_attribute driver_attr_##_name = __ATTR_RO(_name)
#define DRIVER_ATTR_WO(_name) \
	struct driver_attribute driver_attr_##_name = __ATTR_WO(_name)

struct class_attribute {
	struct attribute attr;
	ssize_t (*show)(struct class *class, struct class_attribute *attr,
			char *buf);
	ssize_t (*store)(struct class *class, struct class_attribute *attr,
			 const char *buf, size_t count);
};

#define CLASS_ATTR_RW(_name) \
	struct class_attribute class_attr_##_name = __ATTR_RW(_name)
#define CLASS_ATTR_RO(_name) \
	struct class_attribute class_attr_##_name = __ATTR_RO(_name)
#define CLASS_ATTR_WO(_name) \
	struct class_attribute class_attr_##_name = __ATTR_WO(_name)

struct bus_attribute {
	struct attribute attr;
	ssize_t (*show)(struct bus_type *bus, char *buf);
	ssize_t (*store)(struct bus_type *bus, const char *buf, size_t count);
};

#define BUS_ATTR_RW(_name) \
	struct bus_attribute bus_attr_##_name = __ATTR_RW(_name)
#define BUS_ATTR_WO(_name) \
	struct bus_attribute bus_attr_##_name = __ATTR_WO(_name)

/* What kind of device of its class or bus a device is. */
struct device_type {
	const char *name;
	const struct attribute_group **groups;
	int (*uevent)(struct device *dev, struct kobj_uevent_env *env);
	char *(*devnode)(struct device *dev, umode_t *mode, kuid_t *uid,
			 kgid_t *gid);
	void (*release)(struct device *dev);
	const struct dev_pm_ops *pm;
};

struct bus_type {
	const char *name;
	const char *dev_name;
	struct device *dev_root;
	const struct attribute_group **bus_groups;
	const struct attribute_group **dev_groups;
	const struct attribute_group **drv_groups;
	int (*match)(struct device *dev, struct device_driver *drv);
	int (*uevent)(struct device *dev, struct kobj_uevent_env *env);
	int (*probe)(struct device *dev);
	void (*sync_state)(struct device *dev);
	void (*remove)(struct device *dev);
	void (*shutdown)(struct device *dev);
	int (*online)(struct device *dev);
	int (*offline)(struct device *dev);
	int (*suspend)(struct device *dev, int state);
	int (*resume)(struct device *dev);
	int (*num_vf)(struct device *dev);
	int (*dma_configure)(struct device *dev);
	void (*dma_cleanup)(struct device *dev);
	const struct dev_pm_ops *pm;
	const void *iommu_ops;
	struct subsys_private *p;
	bool need_parent_lock;
};

enum probe_type {
	PROBE_DEFAULT_STRATEGY,
	PROBE_PREFER_ASYNCHRONOUS,
	PROBE_FORCE_SYNCHRONOUS,
};

struct device_driver {
	const char *name;
	struct bus_type *bus;
	struct module *owner;
	const char *mod_name;		/* built-in drivers: their "module" */
	bool suppress_bind_attrs;	/* no bind/unbind files */
	enum probe_type probe_type;
	const struct of_device_id *of_match_table;
	const void *acpi_match_table;
	int (*probe)(struct device *dev);
	void (*sync_state)(struct device *dev);
	int (*remove)(struct device *dev);
	void (*shutdown)(struct device *dev);
	int (*suspend)(struct device *dev, int state);
	int (*resume)(struct device *dev);
	const struct attribute_group **groups;
	const struct attribute_group **dev_groups;
	const struct dev_pm_ops *pm;
	void (*coredump)(struct device *dev);
	struct driver_private *p;
};

struct class {
	const char *name;
	struct module *owner;
	const struct attribute_group **class_groups;
	const struct attribute_group **dev_groups;
	struct kobject *dev_kobj;
	int (*dev_uevent)(struct device *dev, struct kobj_uevent_env *env);
	char *(*devnode)(struct device *dev, umode_t *mode);
	void (*class_release)(struct class *class);
	void (*dev_release)(struct device *dev);
	int (*shutdown_pre)(struct device *dev);
	const void *ns_type;
	const void *(*namespace)(struct device *dev);
	void (*get_ownership)(struct device *dev, kuid_t *uid, kgid_t *gid);
	const struct dev_pm_ops *pm;
	struct subsys_private *p;
};

struct device {
	struct kobject kobj;
	struct device *parent;
	struct device_private *p;
	const char *init_name;		/* the name before device_add() */
	const struct device_type *type;
	struct bus_type *bus;
	struct device_driver *driver;	/* bound to */
	void *platform_data;
	void *driver_data;		/* dev_set_drvdata() */
	struct mutex mutex;
	abi_pad(device, mutex, sizeof(struct mutex), links);
	char links[ABI_SIZEOF_dev_links_info];	/* struct dev_links_info */
	abi_pad(device, links, ABI_SIZEOF_dev_links_info, power);
	char power[ABI_SIZEOF_dev_pm_info];	/* struct dev_pm_info: runtime PM off */
	abi_pad(device, power, ABI_SIZEOF_dev_pm_info, pm_domain);
	void *pm_domain;
	abi_pad(device, pm_domain, sizeof(void *), dma_ops);	/* em_pd, pins, msi */
	const void *dma_ops;
	u64 *dma_mask;
	abi_pad(device, dma_mask, sizeof(void *), coherent_dma_mask);
	u64 coherent_dma_mask;
	abi_pad(device, coherent_dma_mask, sizeof(u64), dma_parms);	/* bus_dma_limit, dma_range_map */
	void *dma_parms;
	struct list_head dma_pools;
	abi_pad(device, dma_pools, sizeof(struct list_head), of_node);	/* dma_mem, cma_area, dma_io_tlb_mem */
	struct device_node *of_node;
	struct fwnode_handle *fwnode;
#ifdef CONFIG_NUMA
	int numa_node;
#endif
	dev_t devt;
	u32 id;				/* a bus's device number */
	u32 devres_lock;
	struct list_head devres_head;	/* devm_* resources, freed on unbind */
	struct class *class;
	const struct attribute_group **groups;
	void (*release)(struct device *dev);
	void *iommu_group;
	abi_pad(device, iommu_group, sizeof(void *), removable);	/* iommu, physical_location */
	int removable;
	bool offline_disabled:1;
	bool offline:1;
	bool of_node_reused:1;
	bool state_synced:1;
	bool can_match:1;		/* a driver matched it once */
	bool dma_coherent:1;
	unsigned long flags[1];
};

static inline struct device *kobj_to_dev(struct kobject *kobj)
{
	return container_of(kobj, struct device, kobj);
}

static inline const char *dev_name(const struct device *dev)
{
	if (dev->init_name)
		return dev->init_name;
	return kobject_name(&dev->kobj);
}

static inline const char *dev_bus_name(const struct device *dev)
{
	return dev->bus ? dev->bus->name : (dev->class ? dev->class->name : "");
}

static inline void *dev_get_drvdata(const struct device *dev)
{
	return dev->driver_data;
}

static inline void dev_set_drvdata(struct device *dev, void *data)
{
	dev->driver_data = data;
}

static inline void *dev_get_platdata(const struct device *dev)
{
	return dev->platform_data;
}

static inline struct device_node *dev_of_node(struct device *dev)
{
	return dev->of_node;
}

/* drivers/base/core.c */
__printf(2, 3) int dev_set_name(struct device *dev, const char *name, ...);
void device_initialize(struct device *dev);
int device_add(struct device *dev);
int device_register(struct device *dev);
void device_del(struct device *dev);
void device_unregister(struct device *dev);
struct device *get_device(struct device *dev);
void put_device(struct device *dev);
__printf(5, 6) struct device *device_create(struct class *cls,
					    struct device *parent, dev_t devt,
					    void *drvdata, const char *fmt, ...);
__printf(6, 7) struct device *
device_create_with_groups(struct class *cls, struct device *parent,
			  dev_t devt, void *drvdata,
			  const struct attribute_group **groups,
			  const char *fmt, ...);
void device_destroy(struct class *cls, dev_t devt);
int device_create_file(struct device *dev,
		       const struct device_attribute *entry);
void device_remove_file(struct device *dev,
			const struct device_attribute *attr);
int device_add_groups(struct device *dev,
		      const struct attribute_group **groups);
void device_remove_groups(struct device *dev,
			  const struct attribute_group **groups);
const char *dev_driver_string(const struct device *dev);
const char *device_get_devnode(struct device *dev, umode_t *mode,
			       kuid_t *uid, kgid_t *gid, const char **tmp);
int device_for_each_child(struct device *parent, void *data,
			  int (*fn)(struct device *dev, void *data));
struct device *device_find_child(struct device *parent, void *data,
				 int (*match)(struct device *dev, void *data));

/* drivers/base/class.c */
struct lock_class_key;
struct class *__class_create(struct module *owner, const char *name,
			     struct lock_class_key *key);
#define class_create(owner, name)	__class_create(owner, name, NULL)
void class_destroy(struct class *cls);
int __class_register(struct class *cls, struct lock_class_key *key);
#define class_register(cls)	__class_register(cls, NULL)
void class_unregister(struct class *cls);
struct device *class_find_device(struct class *cls, struct device *start,
				 const void *data,
				 int (*match)(struct device *, const void *));
int class_create_file_ns(struct class *cls, const struct class_attribute *attr,
			 const void *ns);
void class_remove_file_ns(struct class *cls, const struct class_attribute *attr,
			  const void *ns);

/* drivers/base/bus.c, driver.c, dd.c */
struct class_compat;
struct class_compat *class_compat_register(const char *name);
void class_compat_unregister(struct class_compat *cls);
int class_compat_create_link(struct class_compat *cls, struct device *dev,
			     struct device *device_link);
void class_compat_remove_link(struct class_compat *cls, struct device *dev,
			      struct device *device_link);
int bus_register(struct bus_type *bus);
void bus_unregister(struct bus_type *bus);
int bus_for_each_dev(struct bus_type *bus, struct device *start, void *data,
		     int (*fn)(struct device *dev, void *data));
struct device *bus_find_device(struct bus_type *bus, struct device *start,
			       const void *data,
			       int (*match)(struct device *dev, const void *data));
int bus_for_each_drv(struct bus_type *bus, struct device_driver *start,
		     void *data, int (*fn)(struct device_driver *, void *));
int driver_register(struct device_driver *drv);
void driver_unregister(struct device_driver *drv);
struct device_driver *driver_find(const char *name, struct bus_type *bus);
int driver_for_each_device(struct device_driver *drv, struct device *start,
			   void *data, int (*fn)(struct device *dev, void *));
int driver_create_file(struct device_driver *driver,
		       const struct driver_attribute *attr);
void driver_remove_file(struct device_driver *driver,
			const struct driver_attribute *attr);
int device_attach(struct device *dev);
int driver_attach(struct device_driver *drv);
void device_release_driver(struct device *dev);
int device_bind_driver(struct device *dev);
int device_driver_attach(struct device_driver *drv, struct device *dev);

/* Printing: "<driver or bus or class> <device>: message" (core.c). */
__printf(3, 4) void _dev_printk(const char *level, const struct device *dev,
				const char *fmt, ...);
__printf(2, 3) void _dev_emerg(const struct device *dev, const char *fmt, ...);
__printf(2, 3) void _dev_alert(const struct device *dev, const char *fmt, ...);
__printf(2, 3) void _dev_crit(const struct device *dev, const char *fmt, ...);
__printf(2, 3) void _dev_err(const struct device *dev, const char *fmt, ...);
__printf(2, 3) void _dev_warn(const struct device *dev, const char *fmt, ...);
__printf(2, 3) void _dev_notice(const struct device *dev, const char *fmt, ...);
__printf(2, 3) void _dev_info(const struct device *dev, const char *fmt, ...);
__printf(3, 4) int dev_err_probe(const struct device *dev, int err,
				 const char *fmt, ...);

#ifndef dev_fmt
#define dev_fmt(fmt) fmt
#endif
#define dev_printk(level, dev, fmt, ...) \
	_dev_printk(level, dev, dev_fmt(fmt), ##__VA_ARGS__)
#define dev_emerg(dev, fmt, ...)	_dev_emerg(dev, dev_fmt(fmt), ##__VA_ARGS__)
#define dev_alert(dev, fmt, ...)	_dev_alert(dev, dev_fmt(fmt), ##__VA_ARGS__)
#define dev_crit(dev, fmt, ...)		_dev_crit(dev, dev_fmt(fmt), ##__VA_ARGS__)
#define dev_err(dev, fmt, ...)		_dev_err(dev, dev_fmt(fmt), ##__VA_ARGS__)
#define dev_warn(dev, fmt, ...)		_dev_warn(dev, dev_fmt(fmt), ##__VA_ARGS__)
#define dev_notice(dev, fmt, ...)	_dev_notice(dev, dev_fmt(fmt), ##__VA_ARGS__)
#define dev_info(dev, fmt, ...)		_dev_info(dev, dev_fmt(fmt), ##__VA_ARGS__)
#define dev_dbg(dev, fmt, ...)		({ if (0) _dev_info(dev, fmt, ##__VA_ARGS__); })

/* drivers/base/devres.c: resources released when the driver unbinds. */
typedef void (*dr_release_t)(struct device *dev, void *res);
typedef int (*dr_match_t)(struct device *dev, void *res, void *match_data);
void *__devres_alloc_node(dr_release_t release, size_t size, gfp_t gfp,
			  int nid, const char *name);
#define devres_alloc(release, size, gfp) \
	__devres_alloc_node(release, size, gfp, -1, #release)
void devres_free(void *res);
void devres_add(struct device *dev, void *res);
int devres_destroy(struct device *dev, dr_release_t release,
		   dr_match_t match, void *match_data);
int devres_release_all(struct device *dev);
void *devm_kmalloc(struct device *dev, size_t size, gfp_t gfp);
void devm_kfree(struct device *dev, const void *p);
char *devm_kstrdup(struct device *dev, const char *s, gfp_t gfp);
__printf(3, 4) char *devm_kasprintf(struct device *dev, gfp_t gfp,
				    const char *fmt, ...);
int devm_add_action(struct device *dev, void (*action)(void *), void *data);
void devm_release_action(struct device *dev, void (*action)(void *),
			 void *data);

static inline void *devm_kzalloc(struct device *dev, size_t size, gfp_t gfp)
{
	return devm_kmalloc(dev, size, gfp | __GFP_ZERO);
}

/* drivers/base/devtmpfs.c */
int devtmpfs_create_node(struct device *dev);
int devtmpfs_delete_node(struct device *dev);

/* NUMA_NO_NODE (-1) where the kernel has no NUMA (armmp) */
static inline int dev_to_node(struct device *dev)
{
#ifdef CONFIG_NUMA
	return dev->numa_node;
#else
	return -1;
#endif
}

static inline void set_dev_node(struct device *dev, int node)
{
#ifdef CONFIG_NUMA
	dev->numa_node = node;
#endif
}

#endif

// SPDX-License-Identifier: GPL-2.0
/*
 * The platform bus, as Linux 6.1's drivers/base/platform.c: devices that
 * are simply there (from the device tree, or made by code) under
 * /sys/devices/platform, and the drivers for them, matched by
 * driver_override, the device tree, an id_table or the name.
 */
#include <linux/kernel.h>
#include <asm/page.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/device.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/of.h>
#include <linux/platform_device.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/module_abi.h>
#include "base.h"

abi_check_size(platform_device);
abi_check_field(platform_device, id);
abi_check_field(platform_device, id_auto);
abi_check_field(platform_device, dev);
abi_check_field(platform_device, platform_dma_mask);
abi_check_field(platform_device, dma_parms);
abi_check_field(platform_device, num_resources);
abi_check_field(platform_device, resource);
abi_check_field(platform_device, id_entry);
abi_check_field(platform_device, driver_override);
abi_check_field(platform_device, mfd_cell);
abi_check_size(platform_device_info);
abi_check_field(platform_device_info, fwnode);
abi_check_field(platform_device_info, of_node_reused);
abi_check_field(platform_device_info, name);
abi_check_field(platform_device_info, id);
abi_check_field(platform_device_info, res);
abi_check_field(platform_device_info, num_res);
abi_check_field(platform_device_info, data);
abi_check_field(platform_device_info, size_data);
abi_check_field(platform_device_info, dma_mask);
abi_check_field(platform_device_info, properties);
abi_check_size(platform_driver);
abi_check_field(platform_driver, remove);
abi_check_field(platform_driver, remove_new);
abi_check_field(platform_driver, shutdown);
abi_check_field(platform_driver, suspend);
abi_check_field(platform_driver, resume);
abi_check_field(platform_driver, driver);
abi_check_field(platform_driver, id_table);
abi_check_field(platform_driver, prevent_deferred_probe);
abi_check_field(platform_driver, driver_managed_dma);
abi_check_size(platform_device_id);
abi_check_field(platform_device_id, driver_data);
abi_check_size(resource);
abi_check_field(resource, end);
abi_check_field(resource, name);
abi_check_field(resource, flags);
abi_check_field(resource, desc);
abi_check_field(resource, parent);
abi_check_field(resource, sibling);
abi_check_field(resource, child);

/* /sys/devices/platform: the parent of every platform device. */
struct device platform_bus = {
	.init_name	= "platform",
};
EXPORT_SYMBOL_GPL(platform_bus);

/* PLATFORM_DEVID_AUTO's numbers: the lowest free one. */
#define MAX_AUTO_IDS	1024
static unsigned long devid_used[MAX_AUTO_IDS / BITS_PER_LONG];

static int devid_alloc(void)
{
	int id;

	for (id = 0; id < MAX_AUTO_IDS; id++) {
		if (!(devid_used[id / BITS_PER_LONG] & BIT(id % BITS_PER_LONG))) {
			devid_used[id / BITS_PER_LONG] |= BIT(id % BITS_PER_LONG);
			return id;
		}
	}
	return -ENOSPC;
}

static void devid_free(int id)
{
	devid_used[id / BITS_PER_LONG] &= ~BIT(id % BITS_PER_LONG);
}

struct resource *platform_get_resource(struct platform_device *dev,
				       unsigned int type, unsigned int num)
{
	u32 i;

	for (i = 0; i < dev->num_resources; i++) {
		struct resource *r = &dev->resource[i];

		if (type == resource_type(r) && num-- == 0)
			return r;
	}
	return NULL;
}
EXPORT_SYMBOL_GPL(platform_get_resource);

struct resource *platform_get_resource_byname(struct platform_device *dev,
					      unsigned int type,
					      const char *name)
{
	u32 i;

	for (i = 0; i < dev->num_resources; i++) {
		struct resource *r = &dev->resource[i];

		if (!r->name)
			continue;
		if (type == resource_type(r) && !strcmp(r->name, name))
			return r;
	}
	return NULL;
}
EXPORT_SYMBOL_GPL(platform_get_resource_byname);

struct platform_object {
	struct platform_device pdev;
	char name[];
};

static void setup_pdev_dma_masks(struct platform_device *pdev)
{
	if (!pdev->dev.coherent_dma_mask)
		pdev->dev.coherent_dma_mask = 0xffffffffULL;
	if (!pdev->dev.dma_mask) {
		pdev->platform_dma_mask = 0xffffffffULL;
		pdev->dev.dma_mask = &pdev->platform_dma_mask;
	}
}

void platform_device_put(struct platform_device *pdev)
{
	if (!IS_ERR_OR_NULL(pdev))
		put_device(&pdev->dev);
}
EXPORT_SYMBOL_GPL(platform_device_put);

static void platform_device_release(struct device *dev)
{
	struct platform_object *pa = container_of(dev, struct platform_object,
						  pdev.dev);

	of_node_put(pa->pdev.dev.of_node);
	kfree(pa->pdev.dev.platform_data);
	kfree(pa->pdev.mfd_cell);
	kfree(pa->pdev.resource);
	kfree(pa->pdev.driver_override);
	kfree(pa);
}

struct platform_device *platform_device_alloc(const char *name, int id)
{
	struct platform_object *pa;

	pa = kzalloc(sizeof(*pa) + strlen(name) + 1, GFP_KERNEL);
	if (pa) {
		strcpy(pa->name, name);
		pa->pdev.name = pa->name;
		pa->pdev.id = id;
		device_initialize(&pa->pdev.dev);
		pa->pdev.dev.release = platform_device_release;
		setup_pdev_dma_masks(&pa->pdev);
	}
	return pa ? &pa->pdev : NULL;
}
EXPORT_SYMBOL_GPL(platform_device_alloc);

int platform_device_add_resources(struct platform_device *pdev,
				  const struct resource *res, unsigned int num)
{
	struct resource *r = NULL;

	if (res) {
		r = kmemdup(res, sizeof(struct resource) * num, GFP_KERNEL);
		if (!r)
			return -ENOMEM;
	}
	kfree(pdev->resource);
	pdev->resource = r;
	pdev->num_resources = num;
	return 0;
}
EXPORT_SYMBOL_GPL(platform_device_add_resources);

int platform_device_add_data(struct platform_device *pdev, const void *data,
			     size_t size)
{
	void *d = NULL;

	if (data) {
		d = kmemdup(data, size, GFP_KERNEL);
		if (!d)
			return -ENOMEM;
	}
	kfree(pdev->dev.platform_data);
	pdev->dev.platform_data = d;
	return 0;
}
EXPORT_SYMBOL_GPL(platform_device_add_data);

/*
 * Name it (name.id, name, or name.N.auto) and add it below
 * /sys/devices/platform. The resources are the device's own: there is no
 * /proc/iomem tree to claim them in.
 */
int platform_device_add(struct platform_device *pdev)
{
	u32 i;
	int ret;

	if (!pdev)
		return -EINVAL;
	if (!pdev->dev.parent)
		pdev->dev.parent = &platform_bus;
	pdev->dev.bus = &platform_bus_type;
	switch (pdev->id) {
	default:
		dev_set_name(&pdev->dev, "%s.%d", pdev->name, pdev->id);
		break;
	case PLATFORM_DEVID_NONE:
		dev_set_name(&pdev->dev, "%s", pdev->name);
		break;
	case PLATFORM_DEVID_AUTO:
		ret = devid_alloc();
		if (ret < 0)
			return ret;
		pdev->id = ret;
		pdev->id_auto = true;
		dev_set_name(&pdev->dev, "%s.%d.auto", pdev->name, pdev->id);
		break;
	}
	for (i = 0; i < pdev->num_resources; i++)
		if (!pdev->resource[i].name)
			pdev->resource[i].name = dev_name(&pdev->dev);
	ret = device_add(&pdev->dev);
	if (ret == 0)
		return 0;
	if (pdev->id_auto) {
		devid_free(pdev->id);
		pdev->id = PLATFORM_DEVID_AUTO;
	}
	return ret;
}
EXPORT_SYMBOL_GPL(platform_device_add);

void platform_device_del(struct platform_device *pdev)
{
	if (IS_ERR_OR_NULL(pdev))
		return;
	device_del(&pdev->dev);
	if (pdev->id_auto) {
		devid_free(pdev->id);
		pdev->id = PLATFORM_DEVID_AUTO;
	}
}
EXPORT_SYMBOL_GPL(platform_device_del);

int platform_device_register(struct platform_device *pdev)
{
	device_initialize(&pdev->dev);
	setup_pdev_dma_masks(pdev);
	return platform_device_add(pdev);
}
EXPORT_SYMBOL_GPL(platform_device_register);

void platform_device_unregister(struct platform_device *pdev)
{
	if (!IS_ERR_OR_NULL(pdev)) {
		platform_device_del(pdev);
		platform_device_put(pdev);
	}
}
EXPORT_SYMBOL_GPL(platform_device_unregister);

struct platform_device *
platform_device_register_full(const struct platform_device_info *pdevinfo)
{
	struct platform_device *pdev;
	int ret;

	pdev = platform_device_alloc(pdevinfo->name, pdevinfo->id);
	if (!pdev)
		return ERR_PTR(-ENOMEM);
	pdev->dev.parent = pdevinfo->parent;
	pdev->dev.fwnode = pdevinfo->fwnode;
	pdev->dev.of_node = of_node_get(to_of_node(pdev->dev.fwnode));
	pdev->dev.of_node_reused = pdevinfo->of_node_reused;
	if (pdevinfo->dma_mask) {
		pdev->platform_dma_mask = pdevinfo->dma_mask;
		pdev->dev.dma_mask = &pdev->platform_dma_mask;
		pdev->dev.coherent_dma_mask = pdevinfo->dma_mask;
	}
	ret = platform_device_add_resources(pdev, pdevinfo->res,
					    pdevinfo->num_res);
	if (!ret)
		ret = platform_device_add_data(pdev, pdevinfo->data,
					       pdevinfo->size_data);
	if (!ret && pdevinfo->properties)
		ret = -EOPNOTSUPP;	/* no software nodes here */
	if (!ret)
		ret = platform_device_add(pdev);
	if (ret) {
		platform_device_put(pdev);
		return ERR_PTR(ret);
	}
	return pdev;
}
EXPORT_SYMBOL_GPL(platform_device_register_full);

static int platform_probe(struct device *_dev)
{
	struct platform_driver *drv = to_platform_driver(_dev->driver);
	struct platform_device *dev = to_platform_device(_dev);
	int ret = 0;

	if (drv->probe)
		ret = drv->probe(dev);
	if (drv->prevent_deferred_probe && ret == -EPROBE_DEFER) {
		dev_warn(_dev, "probe deferral not supported\n");
		ret = -ENXIO;
	}
	return ret;
}

static void platform_remove(struct device *_dev)
{
	struct platform_driver *drv = to_platform_driver(_dev->driver);
	struct platform_device *dev = to_platform_device(_dev);

	if (drv->remove_new) {
		drv->remove_new(dev);
	} else if (drv->remove) {
		if (drv->remove(dev))
			dev_warn(_dev, "remove callback returned a non-zero value. This will be ignored.\n");
	}
}

static void platform_shutdown(struct device *_dev)
{
	struct platform_device *dev = to_platform_device(_dev);
	struct platform_driver *drv;

	if (!_dev->driver)
		return;
	drv = to_platform_driver(_dev->driver);
	if (drv->shutdown)
		drv->shutdown(dev);
}

int __platform_driver_register(struct platform_driver *drv,
			       struct module *owner)
{
	drv->driver.owner = owner;
	drv->driver.bus = &platform_bus_type;
	return driver_register(&drv->driver);
}
EXPORT_SYMBOL_GPL(__platform_driver_register);

void platform_driver_unregister(struct platform_driver *drv)
{
	driver_unregister(&drv->driver);
}
EXPORT_SYMBOL_GPL(platform_driver_unregister);

static ssize_t modalias_show(struct device *dev, struct device_attribute *a,
			     char *buf)
{
	struct platform_device *pdev = to_platform_device(dev);
	ssize_t len = of_device_modalias(dev, buf, PAGE_SIZE);

	if (len != -ENODEV)
		return len;
	return sysfs_emit(buf, "platform:%s\n", pdev->name);
}
static DEVICE_ATTR_RO(modalias);

static ssize_t numa_node_show(struct device *dev, struct device_attribute *attr,
			      char *buf)
{
	return sysfs_emit(buf, "%d\n", dev_to_node(dev));
}
static DEVICE_ATTR_RO(numa_node);

static ssize_t driver_override_show(struct device *dev,
				    struct device_attribute *attr, char *buf)
{
	struct platform_device *pdev = to_platform_device(dev);

	return sysfs_emit(buf, "%s\n", pdev->driver_override);
}

/* What "echo NAME > driver_override" sets: only NAME may bind; "\n" clears. */
static ssize_t driver_override_store(struct device *dev,
				     struct device_attribute *attr,
				     const char *buf, size_t count)
{
	struct platform_device *pdev = to_platform_device(dev);
	const char *old = pdev->driver_override;
	size_t len = count;
	char *new;

	if (count >= PAGE_SIZE)
		return -EINVAL;
	if (len && buf[len - 1] == '\n')
		len--;
	if (len) {
		new = kmemdup(buf, len + 1, GFP_KERNEL);
		if (!new)
			return -ENOMEM;
		new[len] = '\0';
		pdev->driver_override = new;
	} else {
		pdev->driver_override = NULL;
	}
	kfree(old);
	return count;
}
static DEVICE_ATTR_RW(driver_override);

static struct attribute *platform_dev_attrs[] = {
	&dev_attr_modalias.attr,
	&dev_attr_numa_node.attr,
	&dev_attr_driver_override.attr,
	NULL,
};

static umode_t platform_dev_attrs_visible(struct kobject *kobj,
					  struct attribute *a, int n)
{
	struct device *dev = container_of(kobj, typeof(*dev), kobj);

	if (a == &dev_attr_numa_node.attr && dev_to_node(dev) == -1)
		return 0;
	return a->mode;
}

static const struct attribute_group platform_dev_group = {
	.attrs = platform_dev_attrs,
	.is_visible = platform_dev_attrs_visible,
};

static const struct attribute_group *platform_dev_groups[] = {
	&platform_dev_group,
	NULL,
};

static int platform_uevent(struct device *dev, struct kobj_uevent_env *env)
{
	struct platform_device *pdev = to_platform_device(dev);
	int rc = of_device_uevent_modalias(dev, env);

	if (rc != -ENODEV)
		return rc;
	add_uevent_var(env, "MODALIAS=%s%s", PLATFORM_MODULE_PREFIX, pdev->name);
	return 0;
}

static const struct platform_device_id *
platform_match_id(const struct platform_device_id *id,
		  struct platform_device *pdev)
{
	for (; id->name[0]; id++) {
		if (!strcmp(pdev->name, id->name)) {
			pdev->id_entry = id;
			return id;
		}
	}
	return NULL;
}

static int platform_match(struct device *dev, struct device_driver *drv)
{
	struct platform_device *pdev = to_platform_device(dev);
	struct platform_driver *pdrv = to_platform_driver(drv);

	if (pdev->driver_override)
		return !strcmp(pdev->driver_override, drv->name);
	if (of_driver_match_device(dev, drv))
		return 1;
	if (pdrv->id_table)
		return platform_match_id(pdrv->id_table, pdev) != NULL;
	return !strcmp(pdev->name, drv->name);
}

struct bus_type platform_bus_type = {
	.name		= "platform",
	.dev_groups	= platform_dev_groups,
	.match		= platform_match,
	.uevent		= platform_uevent,
	.probe		= platform_probe,
	.remove		= platform_remove,
	.shutdown	= platform_shutdown,
};
EXPORT_SYMBOL_GPL(platform_bus_type);

int __init platform_bus_init(void)
{
	int error = device_register(&platform_bus);

	if (error) {
		put_device(&platform_bus);
		return error;
	}
	error = bus_register(&platform_bus_type);
	if (error)
		device_unregister(&platform_bus);
	return error;
}

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Platform devices: what the board has at fixed addresses, described by
 * the device tree (or made by code), and the drivers for them. Debian's
 * layout: modules embed and fill these.
 */
#ifndef _LINUX_PLATFORM_DEVICE_H
#define _LINUX_PLATFORM_DEVICE_H

#include <linux/device.h>
#include <linux/ioport.h>
#include <linux/mod_devicetable.h>

#define PLATFORM_DEVID_NONE	(-1)
#define PLATFORM_DEVID_AUTO	(-2)

struct mfd_cell;
struct property_entry;

struct platform_device {
	const char *name;
	int id;
	bool id_auto;
	struct device dev;
	u64 platform_dma_mask;
	char dma_parms[ABI_platform_device__num_resources -
		       ABI_platform_device__dma_parms];	/* struct device_dma_parameters */
	u32 num_resources;
	struct resource *resource;
	const struct platform_device_id *id_entry;
	const char *driver_override;	/* only this driver may bind */
	struct mfd_cell *mfd_cell;
	abi_pad_end(platform_device, mfd_cell, sizeof(void *));	/* archdata */
};

#define to_platform_device(x) container_of((x), struct platform_device, dev)

struct platform_device_info {
	struct device *parent;
	struct fwnode_handle *fwnode;
	bool of_node_reused;
	const char *name;
	int id;
	const struct resource *res;
	unsigned int num_res;
	const void *data;
	size_t size_data;
	u64 dma_mask;
	const struct property_entry *properties;
};

struct platform_driver {
	int (*probe)(struct platform_device *);
	int (*remove)(struct platform_device *);
	void (*remove_new)(struct platform_device *);
	void (*shutdown)(struct platform_device *);
	int (*suspend)(struct platform_device *, int state);
	int (*resume)(struct platform_device *);
	struct device_driver driver;
	const struct platform_device_id *id_table;
	bool prevent_deferred_probe;
	bool driver_managed_dma;
};

#define to_platform_driver(drv) (container_of((drv), struct platform_driver, driver))

extern struct device platform_bus;
extern struct bus_type platform_bus_type;

struct platform_device *platform_device_alloc(const char *name, int id);
int platform_device_add_resources(struct platform_device *pdev,
				  const struct resource *res, unsigned int num);
int platform_device_add_data(struct platform_device *pdev, const void *data,
			     size_t size);
int platform_device_add(struct platform_device *pdev);
void platform_device_del(struct platform_device *pdev);
void platform_device_put(struct platform_device *pdev);
int platform_device_register(struct platform_device *pdev);
void platform_device_unregister(struct platform_device *pdev);
struct platform_device *
platform_device_register_full(const struct platform_device_info *pdevinfo);

static inline struct platform_device *
platform_device_register_simple(const char *name, int id,
				const struct resource *res, unsigned int num)
{
	struct platform_device_info pdevinfo = {
		.name = name, .id = id, .res = res, .num_res = num,
	};

	return platform_device_register_full(&pdevinfo);
}

int __platform_driver_register(struct platform_driver *drv,
			       struct module *owner);
#define platform_driver_register(drv) __platform_driver_register(drv, THIS_MODULE)
void platform_driver_unregister(struct platform_driver *drv);

struct resource *platform_get_resource(struct platform_device *dev,
				       unsigned int type, unsigned int num);

static inline void *platform_get_drvdata(const struct platform_device *pdev)
{
	return dev_get_drvdata(&pdev->dev);
}

static inline void platform_set_drvdata(struct platform_device *pdev,
					void *data)
{
	dev_set_drvdata(&pdev->dev, data);
}

#endif

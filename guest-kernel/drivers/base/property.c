// SPDX-License-Identifier: GPL-2.0
/*
 * Firmware-independent device properties: each call goes to the
 * operations of the device's firmware node (only the device tree's here).
 */
#include <linux/device.h>
#include <linux/export.h>
#include <linux/of.h>
#include <linux/property.h>

struct fwnode_handle *__dev_fwnode(struct device *dev)
{
	return dev->of_node ? &dev->of_node->fwnode : dev->fwnode;
}
EXPORT_SYMBOL_GPL(__dev_fwnode);

const struct fwnode_handle *__dev_fwnode_const(const struct device *dev)
{
	return dev->of_node ? &dev->of_node->fwnode : dev->fwnode;
}
EXPORT_SYMBOL_GPL(__dev_fwnode_const);

/* The data of the driver's match entry for the device: NULL without one. */
const void *device_get_match_data(const struct device *dev)
{
	const struct fwnode_handle *fwnode = dev_fwnode(dev);

	if (IS_ERR_OR_NULL(fwnode) || !fwnode->ops->device_get_match_data)
		return NULL;
	return fwnode->ops->device_get_match_data(fwnode, dev);
}
EXPORT_SYMBOL_GPL(device_get_match_data);

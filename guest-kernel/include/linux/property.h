/* SPDX-License-Identifier: GPL-2.0 */
/* Device properties whatever firmware describes the device (drivers/base/property.c). */
#ifndef _LINUX_PROPERTY_H
#define _LINUX_PROPERTY_H

#include <linux/fwnode.h>

struct device;

struct fwnode_handle *__dev_fwnode(struct device *dev);
const struct fwnode_handle *__dev_fwnode_const(const struct device *dev);

#define dev_fwnode(dev)							\
	_Generic((dev),							\
		 const struct device *: __dev_fwnode_const,		\
		 struct device *: __dev_fwnode)(dev)

const void *device_get_match_data(const struct device *dev);

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A firmware node: what describes a device to its driver, here always a
 * device tree node (struct device_node embeds one). Debian's layout.
 */
#ifndef _LINUX_FWNODE_H
#define _LINUX_FWNODE_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/const.h>

struct device;
struct fwnode_handle;

/*
 * What a kind of firmware node can do. Modules only compare a node's ops
 * with of_fwnode_ops (is_of_node()); the members are ours.
 */
struct fwnode_operations {
	const char *(*get_name)(const struct fwnode_handle *fwnode);
	bool (*device_is_available)(const struct fwnode_handle *fwnode);
	const void *(*device_get_match_data)(const struct fwnode_handle *fwnode,
					     const struct device *dev);
};

struct fwnode_handle {
	struct fwnode_handle *secondary;
	const struct fwnode_operations *ops;
	struct device *dev;		/* the device made from it */
	struct list_head suppliers;
	struct list_head consumers;
	u8 flags;
};

#define FWNODE_FLAG_INITIALIZED		BIT(2)

static inline void fwnode_init(struct fwnode_handle *fwnode,
			       const struct fwnode_operations *ops)
{
	fwnode->ops = ops;
	INIT_LIST_HEAD(&fwnode->consumers);
	INIT_LIST_HEAD(&fwnode->suppliers);
}

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The device tree, unflattened: a node per device, its properties as a
 * list. Modules walk these (np->child, pp->next...) and read properties
 * through the of_property_read_*() family, so both structures have
 * Debian's layout (CONFIG_OF_KOBJ, no CONFIG_OF_DYNAMIC: of_node_get()
 * and of_node_put() are inline and take no reference).
 */
#ifndef _LINUX_OF_H
#define _LINUX_OF_H

#include <linux/types.h>
#include <linux/kobject.h>
#include <linux/fwnode.h>
#include <linux/mod_devicetable.h>
#include <linux/err.h>
#include <linux/module_abi.h>

typedef u32 phandle;

struct property {
	char *name;
	int length;
	void *value;
	struct property *next;
	union {
		struct bin_attribute attr;	/* its file in /sys/firmware/devicetree */
		char __attr_room[ABI_SIZEOF_property - ABI_property__attr];
	};
};

struct device_node {
	const char *name;
	phandle phandle;
	const char *full_name;		/* "name@unit", "/" for the root */
	struct fwnode_handle fwnode;
	struct property *properties;
	struct property *deadprops;
	struct device_node *parent;
	struct device_node *child;
	struct device_node *sibling;
	struct kobject kobj;		/* /sys/firmware/devicetree/base/... */
	unsigned long _flags;
	void *data;
};

#define OF_DYNAMIC		1
#define OF_DETACHED		2
#define OF_POPULATED		3	/* a device was made for it */
#define OF_POPULATED_BUS	4

extern struct device_node *of_root;
extern const struct fwnode_operations of_fwnode_ops;

static inline struct device_node *of_node_get(struct device_node *node)
{
	return node;
}

static inline void of_node_put(struct device_node *node)
{
}

static inline bool of_node_check_flag(const struct device_node *n,
				      unsigned long flag)
{
	return n->_flags & (1UL << flag);
}

static inline void of_node_set_flag(struct device_node *n, unsigned long flag)
{
	n->_flags |= 1UL << flag;
}

static inline int of_node_test_and_set_flag(struct device_node *n,
					    unsigned long flag)
{
	int old = of_node_check_flag(n, flag);

	of_node_set_flag(n, flag);
	return old;
}

static inline bool is_of_node(const struct fwnode_handle *fwnode)
{
	return !IS_ERR_OR_NULL(fwnode) && fwnode->ops == &of_fwnode_ops;
}

static inline struct device_node *to_of_node(const struct fwnode_handle *fwnode)
{
	return is_of_node(fwnode) ?
	       container_of((struct fwnode_handle *)fwnode, struct device_node,
			    fwnode) : NULL;
}

#define for_each_child_of_node(parent, child) \
	for (child = (parent)->child; child; child = child->sibling)

/* drivers/of/base.c */
struct property *of_find_property(const struct device_node *np,
				  const char *name, int *lenp);
const void *of_get_property(const struct device_node *node, const char *name,
			    int *lenp);
int of_property_read_string(const struct device_node *np, const char *propname,
			    const char **out_string);
int of_property_read_variable_u8_array(const struct device_node *np,
				       const char *propname, u8 *out_values,
				       size_t sz_min, size_t sz_max);
int of_property_read_variable_u16_array(const struct device_node *np,
					const char *propname, u16 *out_values,
					size_t sz_min, size_t sz_max);
int of_property_read_variable_u32_array(const struct device_node *np,
					const char *propname, u32 *out_values,
					size_t sz_min, size_t sz_max);
int of_property_read_variable_u64_array(const struct device_node *np,
					const char *propname, u64 *out_values,
					size_t sz_min, size_t sz_max);
int of_property_read_u64(const struct device_node *np, const char *propname,
			 u64 *out_value);
int of_property_count_elems_of_size(const struct device_node *np,
				    const char *propname, int elem_size);
int of_property_match_string(const struct device_node *np,
			     const char *propname, const char *string);
int of_property_read_string_helper(const struct device_node *np,
				   const char *propname, const char **out_strs,
				   size_t sz, int index);
const char *of_prop_next_string(struct property *prop, const char *cur);
int of_device_is_compatible(const struct device_node *device,
			    const char *compat);
bool of_device_is_available(const struct device_node *device);
const struct of_device_id *of_match_node(const struct of_device_id *matches,
					 const struct device_node *node);
struct device_node *of_get_next_child(const struct device_node *node,
				      struct device_node *prev);
struct device_node *of_get_child_by_name(const struct device_node *node,
					 const char *name);
struct device_node *of_find_node_opts_by_path(const char *path,
					      const char **opts);
static inline struct device_node *of_find_node_by_path(const char *path)
{
	return of_find_node_opts_by_path(path, NULL);
}
struct device_node *of_find_compatible_node(struct device_node *from,
					    const char *type,
					    const char *compat);
bool of_node_name_eq(const struct device_node *np, const char *name);
int of_n_addr_cells(struct device_node *np);
int of_n_size_cells(struct device_node *np);
u64 of_read_number(const __be32 *cell, int size);
int of_node_full_path(const struct device_node *np, char *buf, size_t len);

static inline int of_property_read_u32(const struct device_node *np,
				       const char *propname, u32 *out_value)
{
	int ret = of_property_read_variable_u32_array(np, propname, out_value,
						      1, 0);

	return ret < 0 ? ret : 0;
}

static inline bool of_property_read_bool(const struct device_node *np,
					 const char *propname)
{
	return of_find_property(np, propname, NULL) != NULL;
}

/* drivers/of/fdt.c, drivers/of/kobj.c */
void unflatten_device_tree(void);
int of_core_init(void);
struct kobject *of_node_kobj(struct device_node *np);

/* drivers/of/device.c */
struct device;
struct device_driver;
struct kobj_uevent_env;
const struct of_device_id *of_match_device(const struct of_device_id *matches,
					   const struct device *dev);
const void *of_device_get_match_data(const struct device *dev);
int of_property_read_u32_index(const struct device_node *np,
			       const char *propname, u32 index, u32 *out_value);
int of_driver_match_device(struct device *dev,
			   const struct device_driver *drv);
void of_device_uevent(struct device *dev, struct kobj_uevent_env *env);
int of_device_uevent_modalias(struct device *dev, struct kobj_uevent_env *env);
ssize_t of_device_modalias(struct device *dev, char *str, ssize_t len);
int of_device_add_node_link(struct device *dev);
void of_device_remove_node_link(struct device *dev);

/* drivers/of/platform.c */
int of_platform_populate(struct device_node *root,
			 const struct of_device_id *matches,
			 const void *lookup, struct device *parent);

#endif

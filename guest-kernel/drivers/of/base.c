// SPDX-License-Identifier: GPL-2.0
/*
 * Reading the unflattened device tree, as Linux 6.1's drivers/of/base.c
 * and property.c: finding nodes and properties, reading them as
 * strings and big-endian numbers, and matching nodes against drivers'
 * of_device_id tables (the best match wins: a compatible string earlier
 * in the node's list beats a later one, type beats name).
 */
#define pr_fmt(fmt)	"OF: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/of.h>
#include <linux/string.h>
#include <linux/module_abi.h>

abi_check_size(device_node);
abi_check_field(device_node, phandle);
abi_check_field(device_node, full_name);
abi_check_field(device_node, fwnode);
abi_check_field(device_node, properties);
abi_check_field(device_node, deadprops);
abi_check_field(device_node, parent);
abi_check_field(device_node, child);
abi_check_field(device_node, sibling);
abi_check_field(device_node, kobj);
abi_check_field(device_node, _flags);
abi_check_field(device_node, data);
abi_check_size(property);
abi_check_field(property, length);
abi_check_field(property, value);
abi_check_field(property, next);
abi_check_field(property, attr);
abi_check_size(of_device_id);
abi_check_field(of_device_id, type);
abi_check_field(of_device_id, compatible);
abi_check_field(of_device_id, data);

struct device_node *of_root;
EXPORT_SYMBOL(of_root);

static const char *of_fwnode_get_name(const struct fwnode_handle *fwnode)
{
	return kbasename(to_of_node(fwnode)->full_name);
}

static bool of_fwnode_device_is_available(const struct fwnode_handle *fwnode)
{
	return of_device_is_available(to_of_node(fwnode));
}

static const void *
of_fwnode_device_get_match_data(const struct fwnode_handle *fwnode,
				const struct device *dev)
{
	return of_device_get_match_data(dev);
}

const struct fwnode_operations of_fwnode_ops = {
	.get_name		= of_fwnode_get_name,
	.device_is_available	= of_fwnode_device_is_available,
	.device_get_match_data	= of_fwnode_device_get_match_data,
};
EXPORT_SYMBOL_GPL(of_fwnode_ops);

static inline u32 be32_to_cpup(const __be32 *p)
{
	return __builtin_bswap32(*p);
}

u64 of_read_number(const __be32 *cell, int size)
{
	u64 r = 0;

	for (; size--; cell++)
		r = (r << 32) | be32_to_cpup(cell);
	return r;
}

static int of_bus_n_cells(struct device_node *np, const char *name, int dflt)
{
	for (np = np->parent; np; np = np->parent) {
		const __be32 *ip = of_get_property(np, name, NULL);

		if (ip)
			return be32_to_cpup(ip);
	}
	return dflt;
}

int of_n_addr_cells(struct device_node *np)
{
	return of_bus_n_cells(np, "#address-cells", 2);
}
EXPORT_SYMBOL(of_n_addr_cells);

int of_n_size_cells(struct device_node *np)
{
	return of_bus_n_cells(np, "#size-cells", 1);
}
EXPORT_SYMBOL(of_n_size_cells);

struct property *of_find_property(const struct device_node *np,
				  const char *name, int *lenp)
{
	struct property *pp;

	if (!np)
		return NULL;
	for (pp = np->properties; pp; pp = pp->next) {
		if (!strcmp(pp->name, name)) {
			if (lenp)
				*lenp = pp->length;
			break;
		}
	}
	return pp;
}
EXPORT_SYMBOL(of_find_property);

const void *of_get_property(const struct device_node *np, const char *name,
			    int *lenp)
{
	struct property *pp = of_find_property(np, name, lenp);

	return pp ? pp->value : NULL;
}
EXPORT_SYMBOL(of_get_property);

/* The value of a property whose length is within [min, max] (max 0: any). */
static void *of_find_property_value_of_size(const struct device_node *np,
					    const char *propname, u32 min,
					    u32 max, size_t *len)
{
	struct property *prop = of_find_property(np, propname, NULL);

	if (!prop)
		return ERR_PTR(-EINVAL);
	if (!prop->value)
		return ERR_PTR(-ENODATA);
	if (prop->length < min)
		return ERR_PTR(-EOVERFLOW);
	if (max && prop->length > max)
		return ERR_PTR(-EOVERFLOW);
	if (len)
		*len = prop->length;
	return prop->value;
}

/* The index-th u32 of a property: -EINVAL if absent, -EOVERFLOW if too short. */
int of_property_read_u32_index(const struct device_node *np,
			       const char *propname, u32 index, u32 *out_value)
{
	const __be32 *val = of_find_property_value_of_size(np, propname,
				(index + 1) * sizeof(*out_value), 0, NULL);

	if (IS_ERR(val))
		return PTR_ERR(val);
	*out_value = be32_to_cpup(val + index);
	return 0;
}
EXPORT_SYMBOL_GPL(of_property_read_u32_index);

#define OF_READ_ARRAY(fn, type, get)					\
int fn(const struct device_node *np, const char *propname,		\
       type *out_values, size_t sz_min, size_t sz_max)			\
{									\
	size_t sz, count;						\
	const type *val = of_find_property_value_of_size(np, propname,	\
			sz_min * sizeof(type), sz_max * sizeof(type), &sz); \
									\
	if (IS_ERR(val))						\
		return PTR_ERR(val);					\
	if (!sz_max)							\
		sz = sz_min;						\
	else								\
		sz /= sizeof(type);					\
	count = sz;							\
	while (count--)							\
		*out_values++ = get(*val++);				\
	return sz;							\
}									\
EXPORT_SYMBOL_GPL(fn)

#define GET_U8(v)	(v)
OF_READ_ARRAY(of_property_read_variable_u8_array, u8, GET_U8);
OF_READ_ARRAY(of_property_read_variable_u16_array, u16, __builtin_bswap16);
OF_READ_ARRAY(of_property_read_variable_u32_array, u32, __builtin_bswap32);

int of_property_read_variable_u64_array(const struct device_node *np,
					const char *propname, u64 *out_values,
					size_t sz_min, size_t sz_max)
{
	size_t sz, count;
	const __be32 *val = of_find_property_value_of_size(np, propname,
			sz_min * sizeof(*out_values),
			sz_max * sizeof(*out_values), &sz);

	if (IS_ERR(val))
		return PTR_ERR(val);
	if (!sz_max)
		sz = sz_min;
	else
		sz /= sizeof(*out_values);
	for (count = sz; count--; val += 2)
		*out_values++ = of_read_number(val, 2);
	return sz;
}
EXPORT_SYMBOL_GPL(of_property_read_variable_u64_array);

int of_property_read_u64(const struct device_node *np, const char *propname,
			 u64 *out_value)
{
	const __be32 *val = of_find_property_value_of_size(np, propname,
						sizeof(*out_value), 0, NULL);

	if (IS_ERR(val))
		return PTR_ERR(val);
	*out_value = of_read_number(val, 2);
	return 0;
}
EXPORT_SYMBOL_GPL(of_property_read_u64);

int of_property_count_elems_of_size(const struct device_node *np,
				    const char *propname, int elem_size)
{
	struct property *prop = of_find_property(np, propname, NULL);

	if (!prop)
		return -EINVAL;
	if (!prop->value)
		return -ENODATA;
	if (prop->length % elem_size != 0) {
		pr_err("size of %s in node %pOF is not a multiple of %d\n",
		       propname, np, elem_size);
		return -EINVAL;
	}
	return prop->length / elem_size;
}
EXPORT_SYMBOL_GPL(of_property_count_elems_of_size);

int of_property_read_string(const struct device_node *np, const char *propname,
			    const char **out_string)
{
	const struct property *prop = of_find_property(np, propname, NULL);

	if (!prop)
		return -EINVAL;
	if (!prop->length)
		return -ENODATA;
	if (strnlen(prop->value, prop->length) >= prop->length)
		return -EILSEQ;
	*out_string = prop->value;
	return 0;
}
EXPORT_SYMBOL_GPL(of_property_read_string);

int of_property_match_string(const struct device_node *np,
			     const char *propname, const char *string)
{
	const struct property *prop = of_find_property(np, propname, NULL);
	const char *p, *end;
	size_t l;
	int i;

	if (!prop)
		return -EINVAL;
	if (!prop->value)
		return -ENODATA;
	p = prop->value;
	end = p + prop->length;
	for (i = 0; p < end; i++, p += l) {
		l = strnlen(p, end - p) + 1;
		if (p + l > end)
			return -EILSEQ;
		if (!strcmp(string, p))
			return i;
	}
	return -ENODATA;
}
EXPORT_SYMBOL_GPL(of_property_match_string);

/* The strings of a string-list property: from index, at most sz of them. */
int of_property_read_string_helper(const struct device_node *np,
				   const char *propname, const char **out_strs,
				   size_t sz, int skip)
{
	const struct property *prop = of_find_property(np, propname, NULL);
	int l = 0, i = 0;
	const char *p, *end;

	if (!prop)
		return -EINVAL;
	if (!prop->value)
		return -ENODATA;
	p = prop->value;
	end = p + prop->length;
	for (i = 0; p < end && (!out_strs || i < skip + sz); i++, p += l) {
		l = strnlen(p, end - p) + 1;
		if (p + l > end)
			return -EILSEQ;
		if (out_strs && i >= skip)
			*out_strs++ = p;
	}
	i -= skip;
	return i <= 0 ? -ENODATA : i;
}
EXPORT_SYMBOL_GPL(of_property_read_string_helper);

const char *of_prop_next_string(struct property *prop, const char *cur)
{
	const void *curv = cur;

	if (!prop)
		return NULL;
	if (!cur)
		return prop->value;
	curv += strlen(cur) + 1;
	if (curv >= prop->value + prop->length)
		return NULL;
	return curv;
}
EXPORT_SYMBOL_GPL(of_prop_next_string);

/* The node's name up to any '@' is name. */
bool of_node_name_eq(const struct device_node *np, const char *name)
{
	const char *node_name;
	size_t len;

	if (!np)
		return false;
	node_name = np->full_name;
	for (len = 0; node_name[len] && node_name[len] != '@'; len++)
		;
	return strlen(name) == len && !strncmp(node_name, name, len);
}
EXPORT_SYMBOL(of_node_name_eq);

static bool __of_node_is_type(const struct device_node *np, const char *type)
{
	const char *match = of_get_property(np, "device_type", NULL);

	return np && match && type && !strcmp(match, type);
}

/* How well a node matches (0: not at all). */
static int __of_device_is_compatible(const struct device_node *device,
				     const char *compat, const char *type,
				     const char *name)
{
	struct property *prop;
	const char *cp;
	int index = 0, score = 0;

	if (compat && compat[0]) {
		prop = of_find_property(device, "compatible", NULL);
		for (cp = of_prop_next_string(prop, NULL); cp;
		     cp = of_prop_next_string(prop, cp), index++) {
			if (!strcasecmp(cp, compat)) {
				score = INT_MAX / 2 - (index << 2);
				break;
			}
		}
		if (!score)
			return 0;
	}
	if (type && type[0]) {
		if (!__of_node_is_type(device, type))
			return 0;
		score += 2;
	}
	if (name && name[0]) {
		if (!of_node_name_eq(device, name))
			return 0;
		score++;
	}
	return score;
}

int of_device_is_compatible(const struct device_node *device,
			    const char *compat)
{
	return __of_device_is_compatible(device, compat, NULL, NULL);
}
EXPORT_SYMBOL(of_device_is_compatible);

/* status absent, "okay" or "ok". */
bool of_device_is_available(const struct device_node *device)
{
	const char *status;
	int statlen;

	if (!device)
		return false;
	status = of_get_property(device, "status", &statlen);
	if (!status)
		return true;
	return statlen > 0 && (!strcmp(status, "okay") || !strcmp(status, "ok"));
}
EXPORT_SYMBOL(of_device_is_available);

const struct of_device_id *of_match_node(const struct of_device_id *matches,
					 const struct device_node *node)
{
	const struct of_device_id *best_match = NULL;
	int score, best_score = 0;

	if (!matches || !node)
		return NULL;
	for (; matches->name[0] || matches->type[0] || matches->compatible[0];
	     matches++) {
		score = __of_device_is_compatible(node, matches->compatible,
						  matches->type, matches->name);
		if (score > best_score) {
			best_match = matches;
			best_score = score;
		}
	}
	return best_match;
}
EXPORT_SYMBOL(of_match_node);

struct device_node *of_get_next_child(const struct device_node *node,
				      struct device_node *prev)
{
	if (!node)
		return NULL;
	return prev ? prev->sibling : node->child;
}
EXPORT_SYMBOL(of_get_next_child);

struct device_node *of_get_child_by_name(const struct device_node *node,
					 const char *name)
{
	struct device_node *child;

	for (child = node ? node->child : NULL; child; child = child->sibling)
		if (of_node_name_eq(child, name))
			break;
	return child;
}
EXPORT_SYMBOL(of_get_child_by_name);

/* "/a/b@1": each component is a child's full name. */
struct device_node *of_find_node_opts_by_path(const char *path,
					      const char **opts)
{
	struct device_node *np = of_root, *child;
	size_t len;

	if (!path || path[0] != '/')
		return NULL;
	while (np && *path) {
		while (*path == '/')
			path++;
		if (!*path)
			break;
		len = strcspn(path, "/:");
		for (child = np->child; child; child = child->sibling)
			if (strlen(child->full_name) == len &&
			    !strncmp(child->full_name, path, len))
				break;
		np = child;
		path += len;
		if (*path == ':') {
			if (opts)
				*opts = path + 1;
			break;
		}
	}
	return np;
}
EXPORT_SYMBOL(of_find_node_opts_by_path);

/* The node after from in document order. */
static struct device_node *of_next_node(struct device_node *np)
{
	if (np->child)
		return np->child;
	while (np && !np->sibling)
		np = np->parent;
	return np ? np->sibling : NULL;
}

struct device_node *of_find_compatible_node(struct device_node *from,
					    const char *type,
					    const char *compatible)
{
	struct device_node *np = from ? of_next_node(from) : of_root;

	for (; np; np = of_next_node(np))
		if (__of_device_is_compatible(np, compatible, type, NULL))
			return np;
	return NULL;
}
EXPORT_SYMBOL(of_find_compatible_node);

/* "/pvpanic@9060000": the node's path (%pOF); the root's is empty. */
int of_node_full_path(const struct device_node *np, char *buf, size_t len)
{
	int n;

	if (!np->parent)
		return snprintf(buf, len, "%s", "");
	n = of_node_full_path(np->parent, buf, len);
	return n + snprintf(buf + n, n < len ? len - n : 0, "/%s",
			    np->full_name);
}

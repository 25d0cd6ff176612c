// SPDX-License-Identifier: GPL-2.0
/*
 * Early device tree scanning, as Linux's drivers/of/fdt.c: the machine
 * name, /chosen (command line, initrd) and the /memory nodes, plus small
 * helpers drivers use to find their node and registers.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/libfdt.h>
#include <linux/memblock.h>
#include <linux/of_fdt.h>
#include <linux/of.h>
#include <linux/slab.h>
#include <linux/random.h>
#include <linux/string.h>
#include <asm/setup.h>

void *initial_boot_params;
char boot_command_line[COMMAND_LINE_SIZE];
phys_addr_t phys_initrd_start;
unsigned long phys_initrd_size;

static int root_addr_cells = 2, root_size_cells = 1;

static u64 read_number(const u32 *cell, int size)
{
	u64 r = 0;

	while (size--)
		r = (r << 32) | fdt32_to_cpu(*cell++);
	return r;
}

const void *of_get_flat_dt_prop(int node, const char *name, int *size)
{
	return fdt_getprop(initial_boot_params, node, name, size);
}

/* First node compatible with compat, or a negative error. */
int of_flat_dt_find_compatible(const char *compat)
{
	return fdt_node_offset_by_compatible(initial_boot_params, -1, compat);
}

/* The index'th (address, size) pair of a child of the root. */
int of_flat_dt_read_reg(int node, int index, u64 *base, u64 *size)
{
	int len, cells = root_addr_cells + root_size_cells;
	const u32 *reg = of_get_flat_dt_prop(node, "reg", &len);

	if (!reg || (index + 1) * cells * 4 > len)
		return -1;
	reg += index * cells;
	*base = read_number(reg, root_addr_cells);
	*size = read_number(reg + root_addr_cells, root_size_cells);
	return 0;
}

const char *of_flat_dt_get_machine_name(void)
{
	const char *name = of_get_flat_dt_prop(0, "model", NULL);

	if (!name)
		name = of_get_flat_dt_prop(0, "compatible", NULL);
	return name;
}

static void __init early_init_dt_scan_root(void)
{
	const u32 *prop;

	prop = of_get_flat_dt_prop(0, "#size-cells", NULL);
	if (prop)
		root_size_cells = fdt32_to_cpu(*prop);
	prop = of_get_flat_dt_prop(0, "#address-cells", NULL);
	if (prop)
		root_addr_cells = fdt32_to_cpu(*prop);
}

static u64 __init dt_read_u64_prop(int node, const char *name, bool *found)
{
	int len;
	const u32 *prop = of_get_flat_dt_prop(node, name, &len);

	*found = prop != NULL;
	return prop ? read_number(prop, len / 4) : 0;
}

static void __init early_init_dt_scan_chosen(void)
{
	int node = fdt_path_offset(initial_boot_params, "/chosen");
	const char *args;
	const void *seed;
	int len;
	bool has_start, has_end;
	u64 start, end;

	if (node < 0)
		return;
	args = of_get_flat_dt_prop(node, "bootargs", NULL);
	if (args)
		strscpy(boot_command_line, args, COMMAND_LINE_SIZE);

	/* the bootloader's entropy seeds the random pool, then is wiped */
	seed = of_get_flat_dt_prop(node, "rng-seed", &len);
	if (seed && len > 0) {
		add_bootloader_randomness(seed, len);
		memset((void *)seed, 0, len);
		fdt_nop_property(initial_boot_params, node, "rng-seed");
	}

	start = dt_read_u64_prop(node, "linux,initrd-start", &has_start);
	end = dt_read_u64_prop(node, "linux,initrd-end", &has_end);
	if (has_start && has_end && end > start) {
		phys_initrd_start = start;
		phys_initrd_size = end - start;
	}
}

static void __init early_init_dt_scan_memory(void)
{
	const void *fdt = initial_boot_params;
	int node = -1, depth = -1;

	while ((node = fdt_next_node(fdt, node, &depth)) >= 0) {
		const char *type = of_get_flat_dt_prop(node, "device_type", NULL);
		u64 base, size;
		int i;

		if (depth != 1 || !type || strcmp(type, "memory"))
			continue;
		for (i = 0; !of_flat_dt_read_reg(node, i, &base, &size); i++)
			memblock_add(base, size);
	}
}

bool __init early_init_dt_scan(void *params)
{
	if (!params || fdt_check_header(params))
		return false;
	initial_boot_params = params;
	early_init_dt_scan_root();
	early_init_dt_scan_chosen();
	early_init_dt_scan_memory();
	return true;
}

/*
 * The tree as struct device_node and struct property, as Linux's
 * unflatten_device_tree(): property values stay in the (reserved) blob;
 * a node without a "name" property gets one made from its node name,
 * last; children keep the blob's order.
 */
static struct property *unflatten_name_property(const char *nodename)
{
	const char *at = strchr(nodename, '@');
	size_t len = at ? (size_t)(at - nodename) : strlen(nodename);
	struct property *pp = kzalloc(sizeof(*pp) + len + 1, GFP_KERNEL);

	if (!pp)
		return NULL;
	pp->name = "name";
	pp->length = len + 1;
	pp->value = pp + 1;
	memcpy(pp->value, nodename, len);
	return pp;
}

static struct device_node *unflatten_node(const void *blob, int offset,
					  struct device_node *dad)
{
	const char *pathp = fdt_get_name(blob, offset, NULL);
	struct property **pprev, *pp;
	struct device_node *np;
	bool has_name = false;
	int cur;

	np = kzalloc(sizeof(*np), GFP_KERNEL);
	if (!np)
		return NULL;
	fwnode_init(&np->fwnode, &of_fwnode_ops);
	np->full_name = dad ? pathp : "/";
	np->parent = dad;
	pprev = &np->properties;
	for (cur = fdt_first_property_offset(blob, offset); cur >= 0;
	     cur = fdt_next_property_offset(blob, cur)) {
		const char *pname;
		const void *val;
		int sz;

		val = fdt_getprop_by_offset(blob, cur, &pname, &sz);
		pp = kzalloc(sizeof(*pp), GFP_KERNEL);
		if (!pp)
			break;
		if (!strcmp(pname, "name"))
			has_name = true;
		if ((!strcmp(pname, "phandle") || !strcmp(pname, "linux,phandle")) &&
		    !np->phandle && sz >= 4)
			np->phandle = fdt32_to_cpu(*(const u32 *)val);
		pp->name = (char *)pname;
		pp->length = sz;
		pp->value = (void *)val;
		*pprev = pp;
		pprev = &pp->next;
	}
	if (!has_name)
		*pprev = unflatten_name_property(pathp);
	np->name = of_get_property(np, "name", NULL) ?: "<NULL>";
	return np;
}

void __init unflatten_device_tree(void)
{
	const void *blob = initial_boot_params;
	struct device_node *nps[64], **next_child[64], *np;
	int offset = -1, depth = -1;

	if (!blob)
		return;
	while ((offset = fdt_next_node(blob, offset, &depth)) >= 0) {
		if (depth >= (int)ARRAY_SIZE(nps))
			continue;
		np = unflatten_node(blob, offset, depth ? nps[depth - 1] : NULL);
		if (!np)
			break;
		if (depth) {
			*next_child[depth - 1] = np;
			next_child[depth - 1] = &np->sibling;
		} else {
			of_root = np;
		}
		nps[depth] = np;
		next_child[depth] = &np->child;
	}
}

// SPDX-License-Identifier: GPL-2.0
/*
 * A device's interrupts from the device tree, as Linux's drivers/of/irq.c:
 * the node's "interrupts" cells, read with the interrupt parent's
 * #interrupt-cells (the node's interrupt-parent, else the root's), and
 * mapped through that controller's domain.
 */
#include <linux/kernel.h>
#include <linux/irqdomain.h>
#include <linux/libfdt.h>
#include <linux/of_fdt.h>
#include <linux/of.h>
#include <linux/init.h>

#define MAX_INTSPEC	4

static int node_by_phandle(u32 phandle)
{
	void *fdt = initial_boot_params;
	int node = 0, depth = 0;

	for (; node >= 0; node = fdt_next_node(fdt, node, &depth)) {
		const u32 *p = fdt_getprop(fdt, node, "phandle", NULL);

		if (p && fdt32_to_cpu(*p) == phandle)
			return node;
	}
	return -1;
}

static int interrupt_parent(int node, int *cells)
{
	const u32 *p = of_get_flat_dt_prop(node, "interrupt-parent", NULL);
	const u32 *n;
	int parent;

	if (!p)
		p = of_get_flat_dt_prop(0, "interrupt-parent", NULL);
	if (!p)
		return -1;
	parent = node_by_phandle(fdt32_to_cpu(*p));
	n = parent >= 0 ? of_get_flat_dt_prop(parent, "#interrupt-cells", NULL) : NULL;
	if (!n)
		return -1;
	*cells = fdt32_to_cpu(*n);
	return *cells <= MAX_INTSPEC ? parent : -1;
}

int of_irq_count(int node)
{
	int len, cells;

	if (!of_get_flat_dt_prop(node, "interrupts", &len) || interrupt_parent(node, &cells) < 0)
		return 0;
	return len / (cells * 4);
}

unsigned int irq_of_parse_and_map(int node, int index)
{
	const u32 *prop;
	u32 spec[MAX_INTSPEC];
	int len, cells, parent, i;

	prop = of_get_flat_dt_prop(node, "interrupts", &len);
	parent = interrupt_parent(node, &cells);
	if (!prop || parent < 0 || (index + 1) * cells * 4 > len)
		return 0;
	for (i = 0; i < cells; i++)
		spec[i] = fdt32_to_cpu(prop[index * cells + i]);
	return irq_create_of_mapping(parent, spec, cells);
}

/*
 * The interrupt controller init_IRQ() set up from the flattened tree is
 * populated, as Linux's of_irq_init() marks the controllers it starts:
 * no platform device is made for it.
 */
static int __init of_irq_mark_populated(void)
{
	struct device_node *np = of_find_compatible_node(NULL, NULL, "arm,cortex-a15-gic");

	if (np) {
		of_node_set_flag(np, OF_POPULATED);
		of_node_put(np);
	}
	return 0;
}
arch_initcall(of_irq_mark_populated);

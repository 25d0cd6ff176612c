// SPDX-License-Identifier: GPL-2.0
/*
 * Platform devices from the device tree, as Linux 6.1's drivers/of/
 * platform.c: each child of the root with a "compatible" property (and
 * the children of simple buses) becomes a platform device named after
 * its address and node ("9060000.pvpanic") or its path ("psci"). ARM
 * PrimeCell nodes belong on the AMBA bus, which this kernel does not
 * have: they get no device, as on a Linux without CONFIG_ARM_AMBA.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/init.h>
#include <linux/of.h>
#include <linux/platform_device.h>
#include <linux/slab.h>
#include <linux/string.h>

static const struct of_device_id of_default_bus_match_table[] = {
	{ .compatible = "simple-bus", },
	{ .compatible = "simple-mfd", },
	{ .compatible = "isa", },
	{ .compatible = "arm,amba-bus", },
	{}
};

static const struct of_device_id of_skipped_node_table[] = {
	{ .compatible = "operating-points-v2", },
	{}
};

/* The CPU address of the first "reg" entry, translated up to the root. */
static bool of_reg_address(struct device_node *np, u64 *addr)
{
	int na = of_n_addr_cells(np), len;
	const __be32 *reg = of_get_property(np, "reg", &len);
	struct device_node *bus;

	if (!reg || len < na * 4)
		return false;
	*addr = of_read_number(reg, na);
	for (bus = np->parent; bus && bus->parent; bus = bus->parent) {
		/* an empty "ranges" maps a bus one to one; others we do not do */
		if (!of_find_property(bus, "ranges", &len) || len)
			return false;
	}
	return true;
}

/* "9060000.pvpanic", or the path's names joined by ':' without an address. */
static void of_device_make_bus_id(struct device *dev)
{
	struct device_node *node = dev->of_node;
	u64 addr;

	while (node->parent) {
		if (of_reg_address(node, &addr)) {
			dev_set_name(dev, dev_name(dev) ? "%llx.%pOFn:%s" : "%llx.%pOFn",
				     addr, node, dev_name(dev));
			return;
		}
		dev_set_name(dev, dev_name(dev) ? "%s:%s" : "%s",
			     kbasename(node->full_name), dev_name(dev));
		node = node->parent;
	}
}

static int of_reg_resources(struct device_node *np, struct resource *res,
			    int max)
{
	int na = of_n_addr_cells(np), ns = of_n_size_cells(np), len, n = 0;
	const __be32 *reg = of_get_property(np, "reg", &len);

	for (; reg && len >= (na + ns) * 4 && n < max; n++) {
		res[n].start = of_read_number(reg, na);
		res[n].end = res[n].start + of_read_number(reg + na, ns) - 1;
		res[n].flags = IORESOURCE_MEM;
		res[n].name = np->full_name;
		reg += na + ns;
		len -= (na + ns) * 4;
	}
	return n;
}

static struct platform_device *of_device_alloc(struct device_node *np,
					       struct device *parent)
{
	struct platform_device *dev;
	struct resource res[8];
	int num_reg;

	dev = platform_device_alloc("", PLATFORM_DEVID_NONE);
	if (!dev)
		return NULL;
	num_reg = of_reg_resources(np, res, ARRAY_SIZE(res));
	if (num_reg && platform_device_add_resources(dev, res, num_reg)) {
		platform_device_put(dev);
		return NULL;
	}
	dev->dev.of_node = of_node_get(np);
	dev->dev.fwnode = &np->fwnode;
	dev->dev.parent = parent ? : &platform_bus;
	of_device_make_bus_id(&dev->dev);
	return dev;
}

static struct platform_device *of_platform_device_create_pdata(
	struct device_node *np, struct device *parent)
{
	struct platform_device *dev;

	if (!of_device_is_available(np) ||
	    of_node_test_and_set_flag(np, OF_POPULATED))
		return NULL;
	dev = of_device_alloc(np, parent);
	if (!dev)
		goto err_clear_flag;
	dev->dev.coherent_dma_mask = 0xffffffffULL;
	dev->dev.dma_mask = &dev->dev.coherent_dma_mask;
	dev->dev.bus = &platform_bus_type;
	dev->name = dev_name(&dev->dev);
	dev->id = PLATFORM_DEVID_NONE;
	np->fwnode.dev = &dev->dev;
	if (device_add(&dev->dev)) {
		platform_device_put(dev);
		goto err_clear_flag;
	}
	return dev;

err_clear_flag:
	np->_flags &= ~(1UL << OF_POPULATED);
	return NULL;
}

static int of_platform_bus_create(struct device_node *bus,
				  const struct of_device_id *matches,
				  struct device *parent, bool strict)
{
	struct platform_device *dev;
	struct device_node *child;
	int rc = 0;

	if (strict && !of_get_property(bus, "compatible", NULL))
		return 0;
	if (of_match_node(of_skipped_node_table, bus))
		return 0;
	if (of_node_check_flag(bus, OF_POPULATED_BUS))
		return 0;
	if (of_device_is_compatible(bus, "arm,primecell"))
		return 0;
	dev = of_platform_device_create_pdata(bus, parent);
	if (!dev || !of_match_node(matches, bus))
		return 0;
	for_each_child_of_node(bus, child) {
		rc = of_platform_bus_create(child, matches, &dev->dev, strict);
		if (rc)
			break;
	}
	of_node_set_flag(bus, OF_POPULATED_BUS);
	return rc;
}

int of_platform_populate(struct device_node *root,
			 const struct of_device_id *matches,
			 const void *lookup, struct device *parent)
{
	struct device_node *child;
	int rc = 0;

	root = root ? of_node_get(root) : of_find_node_by_path("/");
	if (!root)
		return -EINVAL;
	for_each_child_of_node(root, child) {
		rc = of_platform_bus_create(child, matches, parent, true);
		if (rc)
			break;
	}
	of_node_set_flag(root, OF_POPULATED_BUS);
	return rc;
}
EXPORT_SYMBOL_GPL(of_platform_populate);

static int __init of_platform_default_populate_init(void)
{
	if (!of_root)
		return -ENODEV;
	return of_platform_populate(NULL, of_default_bus_match_table, NULL,
				    NULL);
}
arch_initcall_sync(of_platform_default_populate_init);

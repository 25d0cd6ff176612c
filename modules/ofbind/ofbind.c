// SPDX-License-Identifier: GPL-2.0
/*
 * ofbind: a platform driver that binds to a node of the board's device
 * tree through its of_match_table: the architected timer's node, which
 * QEMU's virt board and kobox's both describe, and which no driver of the
 * kernel binds (the timer is set up before there are devices).
 */
#include <linux/module.h>
#include <linux/of.h>
#include <linux/of_device.h>
#include <linux/platform_device.h>
#include <linux/property.h>

static int ofbind_probe(struct platform_device *pdev)
{
	struct device_node *np = pdev->dev.of_node;
	const char *match = of_device_get_match_data(&pdev->dev);
	const char *second = NULL;

	of_property_read_string_index(np, "compatible", 1, &second);
	dev_info(&pdev->dev, "probe: node %pOF, match %s, compatibles %d (then %s), always-on %d, memory %s\n",
		 np, match, of_property_count_strings(np, "compatible"), second,
		 of_property_read_bool(np, "always-on"),
		 platform_get_resource(pdev, IORESOURCE_MEM, 0) ? "yes" : "none");
	dev_info(&pdev->dev, "device_get_match_data %s\n", (const char *)device_get_match_data(&pdev->dev));
	return 0;
}

static int ofbind_remove(struct platform_device *pdev)
{
	dev_info(&pdev->dev, "remove\n");
	return 0;
}

static const struct of_device_id ofbind_ids[] = {
	{ .compatible = "kobox,no-such-timer", .data = "none" },
	{ .compatible = "arm,armv8-timer", .data = "armv8" },
	{ }
};
MODULE_DEVICE_TABLE(of, ofbind_ids);

static struct platform_driver ofbind_driver = {
	.probe	= ofbind_probe,
	.remove	= ofbind_remove,
	.driver	= {
		.name		= "kobox-ofbind",
		.of_match_table	= ofbind_ids,
	},
};
module_platform_driver(ofbind_driver);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A platform driver bound to a device tree node by its of_match_table");

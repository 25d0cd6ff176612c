// SPDX-License-Identifier: GPL-2.0
/*
 * The device tree from a module: finding nodes (by path, by compatible,
 * by child name), reading properties as strings, string lists and
 * numbers (with the errors for missing and mis-sized ones), matching a
 * node against an of_device_id table. Only nodes QEMU's virt board and
 * kobox's both describe the same way are read.
 *
 * With match=1 it also registers a platform driver for "arm,armv8-timer"
 * nodes (the timer, which no driver of Debian's takes), whose probe reads
 * its node through the platform device.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/of.h>
#include <linux/of_device.h>
#include <linux/platform_device.h>
#include <linux/property.h>

static bool match;
module_param(match, bool, 0444);

static const struct of_device_id cpu_ids[] = {
	{ .compatible = "arm,cortex-a53", .data = "a53" },
	{ .type = "cpu", .data = "any cpu" },
	{ .compatible = "arm,cortex-a57", .data = "a57" },
	{ .name = "cpu", .data = "named cpu" },
	{ }
};

static void read_tree(void)
{
	struct device_node *root = of_find_node_by_path("/");
	struct device_node *cpu = of_find_node_by_path("/cpus/cpu@0");
	struct device_node *psci = of_find_node_by_path("/psci");
	struct device_node *chosen = of_find_node_by_path("/chosen");
	const struct of_device_id *id;
	const char *s = NULL;
	u32 v = 99, arr[4];
	u64 big = 0;
	int len = -1;

	pr_info("ofprobe: root %pOF, compatible %d %s\n", root,
		of_property_read_string(root, "compatible", &s), s);
	of_property_read_u32(root, "#address-cells", &v);
	pr_info("ofprobe: #address-cells %u, dma-coherent %d\n", v,
		of_property_read_bool(root, "dma-coherent"));
	pr_info("ofprobe: stdout-path %d %s, missing %d\n",
		of_property_read_string(chosen, "stdout-path", &s), s,
		of_property_read_string(chosen, "no-such-property", &s));
	pr_info("ofprobe: %pOF named %pOFn (%s), found %d\n", cpu, cpu,
		cpu->name, of_find_property(cpu, "reg", &len) != NULL);
	pr_info("ofprobe: reg is %d bytes: u32 %d %u, u64 %d, 2..4 u32s %d\n",
		len, of_property_read_u32(cpu, "reg", &v), v,
		of_property_read_u64(cpu, "reg", &big),
		of_property_read_variable_u32_array(cpu, "reg", arr, 2, 4));
	v = 99;
	pr_info("ofprobe: reg u32 0: %d %u, 1: %d, missing: %d\n",
		of_property_read_u32_index(cpu, "reg", 0, &v), v,
		of_property_read_u32_index(cpu, "reg", 1, &v),
		of_property_read_u32_index(cpu, "no-such-property", 0, &v));
	pr_info("ofprobe: u32s in reg %d, in compatible %d\n",
		of_property_count_u32_elems(cpu, "reg"),
		of_property_count_u32_elems(cpu, "compatible"));
	of_property_read_string(cpu, "device_type", &s);
	pr_info("ofprobe: device_type %s\n", s);
	pr_info("ofprobe: first cortex-a57 %pOF, cpus %pOF\n",
		of_find_compatible_node(NULL, NULL, "arm,cortex-a57"),
		of_get_child_by_name(root, "cpus"));
	id = of_match_node(cpu_ids, cpu);
	pr_info("ofprobe: best match %s, compatible ARM,Cortex-A57 %d\n",
		id ? (const char *)id->data : "none",
		of_device_is_compatible(cpu, "ARM,Cortex-A57"));
	of_property_read_string_index(psci, "compatible", 0, &s);
	pr_info("ofprobe: psci %s first, arm,psci-0.2 at %d, method %s\n", s,
		of_property_match_string(psci, "compatible", "arm,psci-0.2"),
		(const char *)of_get_property(psci, "method", NULL));
	pr_info("ofprobe: available %d, /no/such/node %px\n",
		of_device_is_available(cpu), of_find_node_by_path("/no/such/node"));
}

static int timer_probe(struct platform_device *pdev)
{
	struct device_node *np = pdev->dev.of_node;
	const char *s = NULL;
	u32 v = 99;

	of_property_read_string(np, "compatible", &s);
	dev_info(&pdev->dev, "probe: %pOF, %s, always-on %d, data %s\n", np, s,
		 of_property_read_bool(np, "always-on"),
		 (const char *)of_device_get_match_data(&pdev->dev));
	dev_info(&pdev->dev, "match data %s, always-on as u32 %d\n",
		 (const char *)device_get_match_data(&pdev->dev),
		 of_property_read_u32_index(np, "always-on", 0, &v));
	return 0;
}

static int timer_remove(struct platform_device *pdev)
{
	dev_info(&pdev->dev, "remove\n");
	return 0;
}

static const struct of_device_id timer_ids[] = {
	{ .compatible = "arm,armv8-timer", .data = "armv8" },
	{ }
};
MODULE_DEVICE_TABLE(of, timer_ids);

static struct platform_driver timer_driver = {
	.probe	= timer_probe,
	.remove	= timer_remove,
	.driver	= {
		.name		= "kobox-oftimer",
		.of_match_table	= timer_ids,
	},
};

static int __init ofprobe_init(void)
{
	read_tree();
	return match ? platform_driver_register(&timer_driver) : 0;
}

static void __exit ofprobe_exit(void)
{
	if (match)
		platform_driver_unregister(&timer_driver);
}

module_init(ofprobe_init);
module_exit(ofprobe_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kobox test: the device tree through the OF API");

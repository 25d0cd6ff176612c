// SPDX-License-Identifier: GPL-2.0
/*
 * /sys/firmware/devicetree/base: a directory per node, a file per
 * property holding its raw value (0444; "security-*" ones 0400 and
 * empty, as Linux keeps secrets), and /proc/device-tree pointing there.
 * Devices made from a node link to its directory ("of_node").
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/of.h>
#include <linux/of_fdt.h>
#include <linux/libfdt.h>
#include <linux/proc_fs.h>
#include <linux/slab.h>
#include <linux/string.h>

static struct kset *of_kset;

static void of_node_release(struct kobject *kobj)
{
	/* nodes of the boot tree are never freed */
}

static const struct kobj_type of_node_ktype = {
	.release = of_node_release,
};

static ssize_t of_node_property_read(struct file *filp, struct kobject *kobj,
				     struct bin_attribute *bin_attr, char *buf,
				     loff_t offset, size_t count)
{
	struct property *pp = container_of(bin_attr, struct property, attr);

	if (offset >= pp->length)
		return 0;
	if (count > pp->length - offset)
		count = pp->length - offset;
	memcpy(buf, (const char *)pp->value + offset, count);
	return count;
}

static int __of_add_property_sysfs(struct device_node *np,
				   struct property *pp)
{
	bool secure = !strncmp(pp->name, "security-", 9);

	pp->attr.attr.name = pp->name;
	pp->attr.attr.mode = secure ? 0400 : 0444;
	pp->attr.size = secure ? 0 : pp->length;
	pp->attr.read = of_node_property_read;
	return sysfs_create_bin_file(&np->kobj, &pp->attr);
}

static int __of_attach_node_sysfs(struct device_node *np)
{
	struct property *pp;
	int rc;

	np->kobj.kset = of_kset;
	kobject_init(&np->kobj, &of_node_ktype);
	if (!np->parent)
		rc = kobject_add(&np->kobj, NULL, "base");
	else
		rc = kobject_add(&np->kobj, &np->parent->kobj, "%s",
				 kbasename(np->full_name));
	if (rc)
		return rc;
	for (pp = np->properties; pp; pp = pp->next)
		__of_add_property_sysfs(np, pp);
	return 0;
}

struct kobject *of_node_kobj(struct device_node *np)
{
	return np->kobj.state_in_sysfs ? &np->kobj : NULL;
}

static void attach_subtree(struct device_node *np)
{
	struct device_node *child;

	if (__of_attach_node_sysfs(np))
		return;
	for_each_child_of_node(np, child)
		attach_subtree(child);
}

int __init of_core_init(void)
{
	of_kset = kset_create_and_add("devicetree", NULL, firmware_kobj);
	if (!of_kset) {
		pr_err("failed to register existing nodes\n");
		return -ENOMEM;
	}
	if (of_root)
		attach_subtree(of_root);
	proc_symlink("device-tree", NULL, "/sys/firmware/devicetree/base");
	return 0;
}

/* /sys/firmware/fdt: the blob the kernel was booted with (0400). */
static ssize_t of_fdt_raw_read(struct file *filp, struct kobject *kobj,
			       struct bin_attribute *bin_attr, char *buf,
			       loff_t off, size_t count)
{
	memcpy(buf, (const char *)initial_boot_params + off, count);
	return count;
}

static struct bin_attribute of_fdt_raw_attr = {
	.attr = { .name = "fdt", .mode = 0400 },
	.read = of_fdt_raw_read,
};

static int __init of_fdt_raw_init(void)
{
	if (!initial_boot_params)
		return 0;
	of_fdt_raw_attr.size = fdt_totalsize(initial_boot_params);
	return sysfs_create_bin_file(firmware_kobj, &of_fdt_raw_attr);
}
late_initcall(of_fdt_raw_init);

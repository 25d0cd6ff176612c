// SPDX-License-Identifier: GPL-2.0
/*
 * A platform driver and the platform devices it drives, made by the
 * module the ways modules make them: platform_device_register_simple()
 * with a resource, platform_device_alloc() + platform_device_add() with an
 * automatic id, platform_device_register_full() for devices its id_table
 * does not name (the automatic id is not driven: another kernel may have used
 * more automatic ids, and the name would differ). The driver matches by
 * id_table; its probe keeps its state
 * in devm_*() memory and a devm action, all released at unbind; probing
 * "kobox-pdev-fail" fails with -EINVAL, "kobox-pdev-nodev" with -ENODEV.
 */
#include <linux/device.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/of.h>
#include <linux/platform_device.h>
#include <linux/property.h>

struct pstate {
	const char *label;
	unsigned long data;
};

static void pdrv_action(void *data)
{
	struct platform_device *pdev = data;

	dev_info(&pdev->dev, "devm action for %s\n", pdev->name);
}

static int pdrv_probe(struct platform_device *pdev)
{
	const struct platform_device_id *id = platform_get_device_id(pdev);
	struct resource *res = platform_get_resource(pdev, IORESOURCE_MEM, 0);
	struct pstate *st;
	int err;

	st = devm_kzalloc(&pdev->dev, sizeof(*st), GFP_KERNEL);
	if (!st)
		return -ENOMEM;
	st->data = id ? id->driver_data : 0;
	if (st->data == 99)
		return -EINVAL;
	if (st->data == 98)
		return -ENODEV;
	st->label = devm_kasprintf(&pdev->dev, GFP_KERNEL, "%s#%d", pdev->name,
				   pdev->id);
	err = devm_add_action(&pdev->dev, pdrv_action, pdev);
	if (err)
		return err;
	platform_set_drvdata(pdev, st);
	dev_info(&pdev->dev, "probe %s, data %lu, resource %s, match data %s\n",
		 st->label, st->data, res ? "mem" : "none",
		 (const char *)device_get_match_data(&pdev->dev));
	if (res)
		dev_info(&pdev->dev, "at %#llx, %llu bytes\n",
			 (unsigned long long)res->start,
			 (unsigned long long)resource_size(res));
	return 0;
}

static int pdrv_remove(struct platform_device *pdev)
{
	struct pstate *st = platform_get_drvdata(pdev);

	dev_info(&pdev->dev, "remove %s\n", st->label);
	return 0;
}

static const struct platform_device_id pdrv_ids[] = {
	{ "kobox-pdev-a", 1 },
	{ "kobox-pdev-late", 3 },
	{ "kobox-pdev-fail", 99 },
	{ "kobox-pdev-nodev", 98 },
	{ }
};
MODULE_DEVICE_TABLE(platform, pdrv_ids);

static const struct of_device_id pdrv_of_ids[] = {
	{ .compatible = "kobox,no-such-device" },
	{ }
};
MODULE_DEVICE_TABLE(of, pdrv_of_ids);

static struct platform_driver pdrv = {
	.probe		= pdrv_probe,
	.remove		= pdrv_remove,
	.id_table	= pdrv_ids,
	.driver		= {
		.name		= "kobox-pdrv",
		.of_match_table	= pdrv_of_ids,
	},
};

static const struct resource res_a[] = {
	{ .start = 0x1000, .end = 0x1fff, .flags = IORESOURCE_MEM },
};

static struct platform_device *pdev_a, *pdev_b, *pdev_c, *pdev_fail, *pdev_nodev,
			      *pdev_late;

static struct platform_device *named(const char *name)
{
	struct platform_device_info info = {
		.name = name, .id = PLATFORM_DEVID_NONE,
	};

	return platform_device_register_full(&info);
}

static int __init platdrv_init(void)
{
	int err;

	pdev_a = platform_device_register_simple("kobox-pdev-a", 0, res_a,
						 ARRAY_SIZE(res_a));
	if (IS_ERR(pdev_a))
		return PTR_ERR(pdev_a);
	pdev_b = platform_device_alloc("kobox-pdev-b", PLATFORM_DEVID_AUTO);
	if (!pdev_b) {
		err = -ENOMEM;
		goto unregister_a;
	}
	err = platform_device_add(pdev_b);
	if (err) {
		platform_device_put(pdev_b);
		goto unregister_a;
	}
	pdev_c = named("kobox-pdev-c");
	pdev_fail = named("kobox-pdev-fail");
	pdev_nodev = named("kobox-pdev-nodev");
	pr_info("platdrv: devices made, registering the driver\n");
	err = platform_driver_register(&pdrv);
	if (err)
		goto unregister_devices;
	pdev_late = platform_device_register_simple("kobox-pdev-late", 7, NULL,
						    0);
	return 0;

unregister_devices:
	platform_device_unregister(pdev_nodev);
	platform_device_unregister(pdev_fail);
	platform_device_unregister(pdev_c);
	platform_device_unregister(pdev_b);
unregister_a:
	platform_device_unregister(pdev_a);
	return err;
}

static void __exit platdrv_exit(void)
{
	platform_device_unregister(pdev_late);
	platform_driver_unregister(&pdrv);
	platform_device_unregister(pdev_nodev);
	platform_device_unregister(pdev_fail);
	platform_device_unregister(pdev_c);
	platform_device_unregister(pdev_b);
	platform_device_unregister(pdev_a);
	pr_info("platdrv: gone\n");
}

module_init(platdrv_init);
module_exit(platdrv_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kobox test: a platform driver and its devices");

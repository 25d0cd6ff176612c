// SPDX-License-Identifier: GPL-2.0
/*
 * The device model from a module: a class registered from a static
 * struct class (class and device attribute groups), devices registered
 * from the module's own memory with device_register() and named with
 * dev_set_name() or init_name, a child created under one of them, a
 * device outside any class, and printing about devices with the dev_*()
 * family. The "broken" parameter also registers a device without a
 * release() function, which Linux complains about when it goes; "badfree"
 * hands devm_kfree() memory that is not the device's.
 */
#include <linux/device.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/slab.h>

static bool broken, badfree;
module_param(broken, bool, 0444);
module_param(badfree, bool, 0444);

static int value = 7;

static ssize_t version_show(struct class *class, struct class_attribute *attr,
			    char *buf)
{
	return sysfs_emit(buf, "%s 1.0\n", class->name);
}
static CLASS_ATTR_RO(version);

static struct attribute *kdev_class_attrs[] = {
	&class_attr_version.attr,
	NULL,
};
ATTRIBUTE_GROUPS(kdev_class);

static ssize_t value_show(struct device *dev, struct device_attribute *attr,
			  char *buf)
{
	return sysfs_emit(buf, "%d\n", value);
}

static ssize_t value_store(struct device *dev, struct device_attribute *attr,
			   const char *buf, size_t count)
{
	int err = kstrtoint(buf, 0, &value);

	if (err)
		return err;
	dev_notice(dev, "value now %d\n", value);
	return count;
}
static DEVICE_ATTR_RW(value);

static struct attribute *kdev_attrs[] = {
	&dev_attr_value.attr,
	NULL,
};
ATTRIBUTE_GROUPS(kdev);

static struct class kdev_class = {
	.name		= "kdev",
	.owner		= THIS_MODULE,
	.class_groups	= kdev_class_groups,
	.dev_groups	= kdev_groups,
};

struct kdev {
	struct device dev;
	int id;
};

static struct kdev *kdev0;
static struct device *child;
static struct device plain, nameless, norelease;

static ssize_t id_show(struct device *dev, struct device_attribute *attr,
		       char *buf)
{
	return sysfs_emit(buf, "%d\n", container_of(dev, struct kdev, dev)->id);
}
static DEVICE_ATTR_RO(id);

static void kdev_release(struct device *dev)
{
	pr_info("devmodel: release %s\n", dev_name(dev));
	kfree(container_of(dev, struct kdev, dev));
}

static void static_release(struct device *dev)
{
	pr_info("devmodel: release %s\n", dev_name(dev));
}

static int __init devmodel_init(void)
{
	int err;

	err = class_register(&kdev_class);
	if (err)
		return err;

	kdev0 = kzalloc(sizeof(*kdev0), GFP_KERNEL);
	if (!kdev0) {
		err = -ENOMEM;
		goto unregister_class;
	}
	kdev0->id = 42;
	kdev0->dev.class = &kdev_class;
	kdev0->dev.release = kdev_release;
	dev_set_name(&kdev0->dev, "kdev%d", 0);
	err = device_register(&kdev0->dev);
	if (err) {
		put_device(&kdev0->dev);
		goto unregister_class;
	}
	err = device_create_file(&kdev0->dev, &dev_attr_id);
	if (err)
		goto unregister_kdev0;
	child = device_create(&kdev_class, &kdev0->dev, 0, NULL, "%s-child",
			      dev_name(&kdev0->dev));
	if (IS_ERR(child)) {
		err = PTR_ERR(child);
		goto remove_id;
	}

	plain.init_name = "kplain";
	plain.release = static_release;
	err = device_register(&plain);
	if (err) {
		put_device(&plain);
		goto destroy_child;
	}
	nameless.release = static_release;
	pr_info("devmodel: a device without a name: %d\n",
		device_register(&nameless));
	put_device(&nameless);

	if (broken) {
		dev_set_name(&norelease, "kbroken");
		if (!device_register(&norelease))
			device_unregister(&norelease);
	}

	if (badfree) {
		char *p = kmalloc(16, GFP_KERNEL);

		devm_kfree(&kdev0->dev, p);
		kfree(p);
	}

	dev_emerg(&kdev0->dev, "emerg\n");
	dev_alert(&kdev0->dev, "alert\n");
	dev_crit(&kdev0->dev, "crit\n");
	dev_err(&kdev0->dev, "err %d\n", -5);
	dev_warn(child, "warn from %s\n", dev_name(child->parent));
	dev_notice(&plain, "notice from outside any class\n");
	dev_info(NULL, "info without a device\n");
	dev_printk(KERN_INFO, &kdev0->dev, "printk at KERN_INFO\n");
	pr_info("devmodel: dev_err_probe gave %d\n",
		dev_err_probe(&kdev0->dev, -ENODEV, "no %s here\n", "widget"));
	pr_info("devmodel: dev_err_probe gave %d\n",
		dev_err_probe(&kdev0->dev, -EPROBE_DEFER, "try later\n"));
	pr_info("devmodel: dev_err_probe gave %d\n",
		dev_err_probe(child, -1234, "odd\n"));
	return 0;

destroy_child:
	device_unregister(child);
remove_id:
	device_remove_file(&kdev0->dev, &dev_attr_id);
unregister_kdev0:
	device_unregister(&kdev0->dev);
unregister_class:
	class_unregister(&kdev_class);
	return err;
}

static void __exit devmodel_exit(void)
{
	device_unregister(&plain);
	device_unregister(child);
	device_remove_file(&kdev0->dev, &dev_attr_id);
	device_unregister(&kdev0->dev);
	class_unregister(&kdev_class);
	pr_info("devmodel: gone\n");
}

module_init(devmodel_init);
module_exit(devmodel_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kobox test: classes, devices and their printing");

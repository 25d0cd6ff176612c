// SPDX-License-Identifier: GPL-2.0
/*
 * kobjects and sysfs as modules use them: a directory under /sys/kernel
 * (kobject_create_and_add) with attribute files of every kind, a named
 * and an unnamed attribute group (one attribute hidden by is_visible),
 * a binary attribute, a kset with a kobject of the module's own type
 * (kobject_init_and_add, a release that says so), a symlink between
 * them and a uevent. Everything it prints is a count, a name or a value
 * written from the shell: the same on every run.
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/kobject.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysfs.h>

static struct kobject *demo_kobj;
static int value = 42;
static int stores;
static char label[32] = "unset";
static char blob[16] = "0123456789abcdef";

static ssize_t value_show(struct kobject *kobj, struct kobj_attribute *attr,
			  char *buf)
{
	return sysfs_emit(buf, "%d\n", value);
}

/* Like most stores: parse, refuse what does not parse, take it whole. */
static ssize_t value_store(struct kobject *kobj, struct kobj_attribute *attr,
			   const char *buf, size_t count)
{
	int ret = kstrtoint(buf, 10, &value);

	if (ret)
		return ret;
	stores++;
	return count;
}

static ssize_t stores_show(struct kobject *kobj, struct kobj_attribute *attr,
			   char *buf)
{
	return sysfs_emit(buf, "%d\n", stores);
}

/* Write-only: a reset that wants exactly "1". */
static ssize_t reset_store(struct kobject *kobj, struct kobj_attribute *attr,
			   const char *buf, size_t count)
{
	if (!sysfs_streq(buf, "1"))
		return -EINVAL;
	value = 0;
	stores = 0;
	pr_info("kobj: reset by %s\n", kobject_name(kobj));
	return count;
}

/* A show that fails, and a store that takes only part of what it gets. */
static ssize_t broken_show(struct kobject *kobj, struct kobj_attribute *attr,
			   char *buf)
{
	return -ENXIO;
}

static ssize_t label_show(struct kobject *kobj, struct kobj_attribute *attr,
			  char *buf)
{
	return sysfs_emit(buf, "%s\n", label);
}

static ssize_t label_store(struct kobject *kobj, struct kobj_attribute *attr,
			   const char *buf, size_t count)
{
	size_t n = min(count, sizeof(label) - 1);

	memcpy(label, buf, n);
	label[n] = '\0';
	strim(label);
	return n;
}

/* Lists with sysfs_emit_at, as a show that prints several values does. */
static ssize_t list_show(struct kobject *kobj, struct kobj_attribute *attr,
			 char *buf)
{
	int i, len = 0;

	for (i = 1; i <= 5; i++)
		len += sysfs_emit_at(buf, len, "%s%d", i > 1 ? " " : "",
				     i * value);
	len += sysfs_emit_at(buf, len, "\n");
	return len;
}

static struct kobj_attribute value_attr = __ATTR_RW(value);
static struct kobj_attribute stores_attr = __ATTR_RO(stores);
static struct kobj_attribute reset_attr = __ATTR_WO(reset);
static struct kobj_attribute broken_attr = __ATTR(broken, 0444, broken_show, NULL);
static struct kobj_attribute label_attr = __ATTR(label, 0600, label_show, label_store);
static struct kobj_attribute list_attr = __ATTR_RO(list);
static struct kobj_attribute secret_attr = __ATTR(secret, 0444, value_show, NULL);

static struct attribute *stats_attrs[] = {
	&stores_attr.attr,
	&list_attr.attr,
	NULL,
};

static const struct attribute_group stats_group = {
	.name = "stats",
	.attrs = stats_attrs,
};

static struct attribute *extra_attrs[] = {
	&label_attr.attr,
	&secret_attr.attr,
	NULL,
};

/* Hides "secret"; makes "label" group-readable as well. */
static umode_t extra_visible(struct kobject *kobj, struct attribute *attr,
			     int n)
{
	if (attr == &secret_attr.attr)
		return 0;
	return attr->mode | 0040;
}

static const struct attribute_group extra_group = {
	.attrs = extra_attrs,
	.is_visible = extra_visible,
};

static ssize_t blob_read(struct file *file, struct kobject *kobj,
			 struct bin_attribute *attr, char *buf, loff_t off,
			 size_t count)
{
	memcpy(buf, blob + off, count);
	return count;
}

static ssize_t blob_write(struct file *file, struct kobject *kobj,
			  struct bin_attribute *attr, char *buf, loff_t off,
			  size_t count)
{
	memcpy(blob + off, buf, count);
	return count;
}

static struct bin_attribute blob_attr = {
	.attr = { .name = "blob", .mode = 0644 },
	.size = sizeof(blob),
	.read = blob_read,
	.write = blob_write,
};

/* A kset, and a kobject of the module's own type inside it. */
struct demo_item {
	struct kobject kobj;
	int id;
};

static struct kset *demo_kset;
static struct demo_item *item;

static ssize_t id_show(struct kobject *kobj, struct kobj_attribute *attr,
		       char *buf)
{
	return sysfs_emit(buf, "%d\n",
			  container_of(kobj, struct demo_item, kobj)->id);
}

static struct kobj_attribute id_attr = __ATTR_RO(id);

static struct attribute *item_attrs[] = {
	&id_attr.attr,
	NULL,
};
ATTRIBUTE_GROUPS(item);

static void item_release(struct kobject *kobj)
{
	struct demo_item *it = container_of(kobj, struct demo_item, kobj);

	pr_info("kobj: release %s (id %d)\n", kobject_name(kobj), it->id);
	kfree(it);
}

static const struct kobj_type item_ktype = {
	.release = item_release,
	.sysfs_ops = &kobj_sysfs_ops,
	.default_groups = item_groups,
};

static int __init kobj_init(void)
{
	int err;

	demo_kobj = kobject_create_and_add("kobj_demo", kernel_kobj);
	if (!demo_kobj)
		return -ENOMEM;
	err = sysfs_create_file(demo_kobj, &value_attr.attr);
	if (!err)
		err = sysfs_create_file(demo_kobj, &reset_attr.attr);
	if (!err)
		err = sysfs_create_file(demo_kobj, &broken_attr.attr);
	if (!err)
		err = sysfs_create_group(demo_kobj, &stats_group);
	if (!err)
		err = sysfs_create_group(demo_kobj, &extra_group);
	if (!err)
		err = sysfs_create_bin_file(demo_kobj, &blob_attr);
	if (err)
		goto put_kobj;
	/* the same names twice: Linux refuses them, with a warning */
	pr_info("kobj: duplicate file: %d\n",
		sysfs_create_file(demo_kobj, &value_attr.attr));
	pr_info("kobj: duplicate kobject: %s\n",
		kobject_create_and_add("kobj_demo", kernel_kobj) ?
		"created" : "refused");

	demo_kset = kset_create_and_add("kobj_set", NULL, kernel_kobj);
	if (!demo_kset) {
		err = -ENOMEM;
		goto put_kobj;
	}
	item = kzalloc(sizeof(*item), GFP_KERNEL);
	if (!item) {
		err = -ENOMEM;
		goto unregister_kset;
	}
	item->id = 7;
	item->kobj.kset = demo_kset;
	err = kobject_init_and_add(&item->kobj, &item_ktype, NULL, "item%d",
				   item->id);
	if (err) {
		kobject_put(&item->kobj);
		goto unregister_kset;
	}
	kobject_uevent(&item->kobj, KOBJ_ADD);
	err = sysfs_create_link(demo_kobj, &item->kobj, "item");
	if (err)
		goto put_item;
	pr_info("kobj: %s in %s, parent %s\n", kobject_name(&item->kobj),
		kobject_name(&demo_kset->kobj),
		kobject_name(item->kobj.parent));
	return 0;

put_item:
	kobject_put(&item->kobj);
unregister_kset:
	kset_unregister(demo_kset);
put_kobj:
	kobject_put(demo_kobj);
	return err;
}

static void __exit kobj_exit(void)
{
	sysfs_remove_link(demo_kobj, "item");
	kobject_put(&item->kobj);
	kset_unregister(demo_kset);
	sysfs_remove_group(demo_kobj, &stats_group);
	sysfs_remove_file(demo_kobj, &value_attr.attr);
	kobject_put(demo_kobj);
}

module_init(kobj_init);
module_exit(kobj_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kobjects, attributes, groups and ksets in sysfs");

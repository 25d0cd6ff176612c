// SPDX-License-Identifier: GPL-2.0
/*
 * Devices described by the device tree, as Linux 6.1's drivers/of/
 * device.c: matching a driver's of_match_table, the OF_* variables of
 * their uevent and their modalias ("of:N<name>T<type>C<compat>...").
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/device.h>
#include <linux/of.h>
#include <linux/string.h>

const struct of_device_id *of_match_device(const struct of_device_id *matches,
					   const struct device *dev)
{
	if (!matches || !dev->of_node || dev->of_node_reused)
		return NULL;
	return of_match_node(matches, dev->of_node);
}
EXPORT_SYMBOL(of_match_device);

int of_driver_match_device(struct device *dev,
			   const struct device_driver *drv)
{
	return of_match_device(drv->of_match_table, dev) != NULL;
}

const void *of_device_get_match_data(const struct device *dev)
{
	const struct of_device_id *match;

	match = of_match_device(dev->driver->of_match_table, dev);
	return match ? match->data : NULL;
}
EXPORT_SYMBOL(of_device_get_match_data);

static ssize_t of_device_get_modalias(struct device *dev, char *str,
				      ssize_t len)
{
	const char *compat, *type;
	char *p;
	ssize_t csize, tsize;
	struct property *prop;

	if (!dev || !dev->of_node || dev->of_node_reused)
		return -ENODEV;
	type = of_get_property(dev->of_node, "device_type", NULL);
	/* %p swallows the letters after it: 'T' goes through %c */
	csize = snprintf(str, len, "of:N%pOFn%c%s", dev->of_node, 'T',
			 type ?: "(null)");
	tsize = csize;
	len -= csize;
	if (str)
		str += csize;
	prop = of_find_property(dev->of_node, "compatible", NULL);
	for (compat = of_prop_next_string(prop, NULL); compat;
	     compat = of_prop_next_string(prop, compat)) {
		csize = strlen(compat) + 1;
		tsize += csize;
		if (csize > len)
			continue;
		csize = snprintf(str, len, "C%s", compat);
		for (p = str; p && *p; p++)	/* no spaces in a modalias */
			if (*p == ' ')
				*p = '_';
		len -= csize;
		str += csize;
	}
	return tsize;
}

ssize_t of_device_modalias(struct device *dev, char *str, ssize_t len)
{
	ssize_t sl = of_device_get_modalias(dev, str, len - 2);

	if (sl < 0)
		return sl;
	if (sl > len - 2)
		return -ENOMEM;
	str[sl++] = '\n';
	str[sl] = 0;
	return sl;
}
EXPORT_SYMBOL_GPL(of_device_modalias);

void of_device_uevent(struct device *dev, struct kobj_uevent_env *env)
{
	struct property *prop;
	const char *compat, *type;
	int seen = 0;

	if (!dev || !dev->of_node)
		return;
	add_uevent_var(env, "OF_NAME=%pOFn", dev->of_node);
	add_uevent_var(env, "OF_FULLNAME=%pOF", dev->of_node);
	type = of_get_property(dev->of_node, "device_type", NULL);
	if (type)
		add_uevent_var(env, "OF_TYPE=%s", type);
	prop = of_find_property(dev->of_node, "compatible", NULL);
	for (compat = of_prop_next_string(prop, NULL); compat;
	     compat = of_prop_next_string(prop, compat))
		add_uevent_var(env, "OF_COMPATIBLE_%d=%s", seen++, compat);
	add_uevent_var(env, "OF_COMPATIBLE_N=%d", seen);
}

int of_device_uevent_modalias(struct device *dev, struct kobj_uevent_env *env)
{
	int sl;

	if (!dev || !dev->of_node || dev->of_node_reused)
		return -ENODEV;
	if (add_uevent_var(env, "MODALIAS="))
		return -ENOMEM;
	sl = of_device_get_modalias(dev, &env->buf[env->buflen - 1],
				    sizeof(env->buf) - env->buflen);
	if (sl < 0)
		return sl;
	if (sl >= (int)(sizeof(env->buf) - env->buflen))
		return -ENOMEM;
	env->buflen += sl;
	return 0;
}
EXPORT_SYMBOL_GPL(of_device_uevent_modalias);

int of_device_add_node_link(struct device *dev)
{
	struct kobject *kobj;

	if (!dev->of_node)
		return 0;
	kobj = of_node_kobj(dev->of_node);
	return kobj ? sysfs_create_link(&dev->kobj, kobj, "of_node") : 0;
}

void of_device_remove_node_link(struct device *dev)
{
	if (dev->of_node)
		sysfs_remove_link(&dev->kobj, "of_node");
}

// SPDX-License-Identifier: GPL-2.0
/*
 * Every device's power/ directory, as Linux 6.1 (CONFIG_PM with
 * PM_ADVANCED_DEBUG, as Debian) shows it for a device whose runtime PM
 * was never enabled, which is every device here: nothing on this board
 * suspends. "control" still takes "on" (forbid) and "auto" (allow),
 * "async" takes "enabled" and "disabled".
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/device.h>
#include <linux/string.h>
#include "../base.h"

static ssize_t control_show(struct device *dev, struct device_attribute *attr,
			    char *buf)
{
	return sysfs_emit(buf, "%s\n", dev->p->rpm_forbidden ? "on" : "auto");
}

static ssize_t control_store(struct device *dev, struct device_attribute *attr,
			     const char *buf, size_t n)
{
	if (sysfs_streq(buf, "auto"))
		dev->p->rpm_forbidden = false;
	else if (sysfs_streq(buf, "on"))
		dev->p->rpm_forbidden = true;
	else
		n = -EINVAL;
	return n;
}
static DEVICE_ATTR_RW(control);

static ssize_t runtime_active_time_show(struct device *dev,
					struct device_attribute *attr,
					char *buf)
{
	return sysfs_emit(buf, "%llu\n", 0ULL);
}
static DEVICE_ATTR_RO(runtime_active_time);

static ssize_t runtime_suspended_time_show(struct device *dev,
					   struct device_attribute *attr,
					   char *buf)
{
	return sysfs_emit(buf, "%llu\n", 0ULL);
}
static DEVICE_ATTR_RO(runtime_suspended_time);

static ssize_t runtime_status_show(struct device *dev,
				   struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%s\n", "unsupported");
}
static DEVICE_ATTR_RO(runtime_status);

/* Only a device that uses autosuspend has a delay to show or set. */
static ssize_t autosuspend_delay_ms_show(struct device *dev,
					 struct device_attribute *attr,
					 char *buf)
{
	return -EIO;
}

static ssize_t autosuspend_delay_ms_store(struct device *dev,
					  struct device_attribute *attr,
					  const char *buf, size_t n)
{
	return -EIO;
}
static DEVICE_ATTR_RW(autosuspend_delay_ms);

static ssize_t runtime_usage_show(struct device *dev,
				  struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%d\n", 0);
}
static DEVICE_ATTR_RO(runtime_usage);

static ssize_t runtime_active_kids_show(struct device *dev,
					struct device_attribute *attr,
					char *buf)
{
	return sysfs_emit(buf, "%d\n", 0);
}
static DEVICE_ATTR_RO(runtime_active_kids);

static ssize_t runtime_enabled_show(struct device *dev,
				    struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%s\n", dev->p->rpm_forbidden ?
			  "disabled & forbidden" : "disabled");
}
static DEVICE_ATTR_RO(runtime_enabled);

static ssize_t async_show(struct device *dev, struct device_attribute *attr,
			  char *buf)
{
	return sysfs_emit(buf, "%s\n",
			  dev->p->async_suspend ? "enabled" : "disabled");
}

static ssize_t async_store(struct device *dev, struct device_attribute *attr,
			   const char *buf, size_t n)
{
	if (sysfs_streq(buf, "enabled"))
		dev->p->async_suspend = true;
	else if (sysfs_streq(buf, "disabled"))
		dev->p->async_suspend = false;
	else
		return -EINVAL;
	return n;
}
static DEVICE_ATTR_RW(async);

static struct attribute *power_attrs[] = {
	&dev_attr_async.attr,
	&dev_attr_runtime_usage.attr,
	&dev_attr_runtime_active_kids.attr,
	&dev_attr_runtime_enabled.attr,
	&dev_attr_control.attr,
	&dev_attr_runtime_status.attr,
	&dev_attr_runtime_suspended_time.attr,
	&dev_attr_runtime_active_time.attr,
	&dev_attr_autosuspend_delay_ms.attr,
	NULL,
};

static const struct attribute_group pm_attr_group = {
	.name	= "power",
	.attrs	= power_attrs,
};

int dpm_sysfs_add(struct device *dev)
{
	return sysfs_create_group(&dev->kobj, &pm_attr_group);
}

void dpm_sysfs_remove(struct device *dev)
{
	sysfs_remove_group(&dev->kobj, &pm_attr_group);
}

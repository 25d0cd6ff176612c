// SPDX-License-Identifier: GPL-2.0
/*
 * Device tree matching of I2C clients (Linux 6.1's i2c-core-of.c): by the
 * client's node, or, for a client made without one (new_device), by its
 * name against a compatible with or without the vendor prefix.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/i2c.h>
#include <linux/of.h>
#include <linux/string.h>
#include <linux/sysfs.h>

static const struct of_device_id *
i2c_of_match_device_sysfs(const struct of_device_id *matches,
			  struct i2c_client *client)
{
	const char *name;

	for (; matches->compatible[0]; matches++) {
		if (sysfs_streq(client->name, matches->compatible))
			return matches;
		name = strchr(matches->compatible, ',');
		name = name ? name + 1 : matches->compatible;
		if (sysfs_streq(client->name, name))
			return matches;
	}
	return NULL;
}

const struct of_device_id *i2c_of_match_device(const struct of_device_id *matches,
					       struct i2c_client *client)
{
	const struct of_device_id *match;

	if (!(client && matches))
		return NULL;
	match = of_match_device(matches, &client->dev);
	if (match)
		return match;
	return i2c_of_match_device_sysfs(matches, client);
}
EXPORT_SYMBOL_GPL(i2c_of_match_device);

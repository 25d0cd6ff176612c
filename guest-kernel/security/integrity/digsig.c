// SPDX-License-Identifier: GPL-2.0
/*
 * The integrity subsystem's keyrings Debian's kernel makes at boot:
 * ".platform" (UEFI db keys, none under QEMU) and ".machine" (MOK keys,
 * none either), which the secondary trusted keyring links.
 */
#define pr_fmt(fmt) "integrity: " fmt

#include <linux/err.h>
#include <linux/init.h>
#include <linux/key.h>
#include <linux/printk.h>

void set_machine_trusted_keys(struct key *keyring);	/* certs/system_keyring.c */

static struct key *integrity_init_keyring(const char *name)
{
	return keyring_alloc(name, 0, 0,
			     (KEY_POS_ALL & ~KEY_POS_SETATTR) | KEY_USR_VIEW |
			     KEY_USR_READ | KEY_USR_SEARCH,
			     KEY_ALLOC_NOT_IN_QUOTA, NULL);
}

static int __init platform_keyring_init(void)
{
	struct key *keyring = integrity_init_keyring(".platform");

	if (IS_ERR(keyring))
		return PTR_ERR(keyring);
	pr_notice("Platform Keyring initialized\n");
	return 0;
}
device_initcall(platform_keyring_init);

static int __init machine_keyring_init(void)
{
	struct key *keyring = integrity_init_keyring(".machine");

	if (IS_ERR(keyring))
		return PTR_ERR(keyring);
	set_machine_trusted_keys(keyring);
	pr_notice("Machine keyring initialized\n");
	return 0;
}
device_initcall(machine_keyring_init);

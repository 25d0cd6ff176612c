// SPDX-License-Identifier: GPL-2.0
/*
 * The system blacklist keyring, ".blacklist": hashes and keys that must
 * never be trusted. Debian builds no hash list in, so it stays empty.
 */
#include <linux/err.h>
#include <linux/init.h>
#include <linux/key.h>
#include <linux/panic.h>
#include <linux/printk.h>

static struct key_type key_type_blacklist = {
	.name = "blacklist",
};

static struct key *blacklist_keyring;

static int __init blacklist_init(void)
{
	if (register_key_type(&key_type_blacklist) < 0)
		panic("Can't allocate system blacklist key type\n");
	blacklist_keyring = keyring_alloc(".blacklist", 0, 0,
		KEY_POS_VIEW | KEY_POS_READ | KEY_POS_SEARCH | KEY_POS_WRITE |
		KEY_USR_VIEW | KEY_USR_READ | KEY_USR_SEARCH,
		KEY_ALLOC_NOT_IN_QUOTA, NULL);
	if (IS_ERR(blacklist_keyring))
		panic("Can't allocate system blacklist keyring\n");
	return 0;
}
device_initcall(blacklist_init);

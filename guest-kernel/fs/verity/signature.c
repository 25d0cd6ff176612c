// SPDX-License-Identifier: GPL-2.0
/*
 * fs-verity's keyring for built-in signature checking
 * (CONFIG_FS_VERITY_BUILTIN_SIGNATURES): ".fs-verity", empty until user
 * space adds keys. No filesystem here supports fs-verity.
 */
#include <linux/err.h>
#include <linux/init.h>
#include <linux/key.h>

static struct key *fsverity_keyring;

static int __init fsverity_init_signature(void)
{
	fsverity_keyring = keyring_alloc(".fs-verity", 0, 0,
		KEY_POS_SEARCH | KEY_USR_VIEW | KEY_USR_READ | KEY_USR_WRITE |
		KEY_USR_SEARCH | KEY_USR_SETATTR, KEY_ALLOC_NOT_IN_QUOTA, NULL);
	return IS_ERR(fsverity_keyring) ? PTR_ERR(fsverity_keyring) : 0;
}
late_initcall(fsverity_init_signature);

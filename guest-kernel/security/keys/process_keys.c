// SPDX-License-Identifier: GPL-2.0
/*
 * A user's own keyrings, "_uid.<uid>" and "_uid_ses.<uid>" (the second
 * links the first), made the first time anything looks for them, and
 * kept in the ".user_reg" register of the user namespace.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/key.h>
#include <linux/string.h>
#include "internal.h"

static struct key *user_keyring_register;

static struct key *get_user_register(void)
{
	if (!user_keyring_register)
		user_keyring_register = keyring_alloc(".user_reg", 0, INVALID_GID,
			KEY_POS_WRITE | KEY_POS_SEARCH | KEY_USR_VIEW | KEY_USR_READ,
			0, NULL);
	return user_keyring_register;
}

static struct key *find_in_register(struct key *reg, const char *name)
{
	struct key *key = NULL;

	while ((key = keyring_next(reg, key)))
		if (!strcmp(key->description, name))
			return key_get(key);
	return NULL;
}

int look_up_user_keyrings(uid_t uid, struct key **_user_keyring,
			  struct key **_user_session_keyring)
{
	const key_perm_t perm = (KEY_POS_ALL & ~KEY_POS_SETATTR) | KEY_USR_ALL;
	const unsigned long flags = KEY_ALLOC_UID_KEYRING | KEY_ALLOC_IN_QUOTA;
	struct key *reg = get_user_register(), *uid_keyring, *session_keyring;
	char buf[20];

	if (IS_ERR(reg))
		return PTR_ERR(reg);
	snprintf(buf, sizeof(buf), "_uid.%u", uid);
	uid_keyring = find_in_register(reg, buf);
	if (!uid_keyring)
		uid_keyring = keyring_alloc(buf, uid, INVALID_GID, perm, flags, reg);
	if (IS_ERR(uid_keyring))
		return PTR_ERR(uid_keyring);
	snprintf(buf, sizeof(buf), "_uid_ses.%u", uid);
	session_keyring = find_in_register(reg, buf);
	if (!session_keyring) {
		session_keyring = keyring_alloc(buf, uid, INVALID_GID, perm,
						flags, reg);
		if (IS_ERR(session_keyring)) {
			key_put(uid_keyring);
			return PTR_ERR(session_keyring);
		}
		key_link(session_keyring, uid_keyring);
	}
	if (_user_session_keyring)
		*_user_session_keyring = session_keyring;
	else
		key_put(session_keyring);
	if (_user_keyring)
		*_user_keyring = uid_keyring;
	else
		key_put(uid_keyring);
	return 0;
}

/*
 * On Debian's kernel under QEMU, root's user keyrings exist by the time
 * init runs (something at boot looked for them); so here.
 */
static int __init root_user_keyrings_init(void)
{
	return look_up_user_keyrings(0, NULL, NULL);
}
late_initcall_sync(root_user_keyrings_init);

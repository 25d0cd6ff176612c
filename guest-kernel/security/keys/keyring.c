// SPDX-License-Identifier: GPL-2.0
/*
 * Keyrings: keys that link other keys (a key may be in several). A link
 * holds a reference; /proc/keys says how many a keyring has.
 */
#include <linux/kernel.h>
#include <linux/key.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "internal.h"

struct keyring_link {
	struct list_head node;
	struct key *key;
};

static void keyring_describe(const struct key *keyring, struct seq_file *m)
{
	seq_puts(m, keyring->description ?: "[anon]");
	if (!keyring->instantiated)
		return;
	if (keyring->nr_leaves_on_tree)
		seq_printf(m, ": %lu", keyring->nr_leaves_on_tree);
	else
		seq_puts(m, ": empty");
}

struct key_type key_type_keyring = {
	.name		= "keyring",
	.def_datalen	= 0,
	.describe	= keyring_describe,
};

/* Each link takes this much of the keyring owner's quota (key_payload_reserve()). */
#define KEYQUOTA_LINK_BYTES	4

int key_link(struct key *keyring, struct key *key)
{
	struct keyring_link *link = kmalloc(sizeof(*link), GFP_KERNEL);

	if (!link)
		return -ENOMEM;
	if (keyring->flags & KEY_FLAG_IN_QUOTA)
		keyring->user->qnbytes += KEYQUOTA_LINK_BYTES;
	link->key = key_get(key);
	list_add_tail(&link->node, &keyring->keys);
	keyring->nr_leaves_on_tree++;
	return 0;
}

struct key *keyring_next(const struct key *keyring, struct key *prev)
{
	const struct list_head *pos = &keyring->keys;
	struct keyring_link *link;

	list_for_each_entry(link, &keyring->keys, node) {
		if (!prev)
			return link->key;
		if (link->key == prev)
			pos = &link->node;
		else if (pos != &keyring->keys)
			return link->key;
	}
	return NULL;
}

/* A new, empty keyring, instantiated, and linked into dest if given. */
struct key *keyring_alloc(const char *description, uid_t uid, gid_t gid,
			  key_perm_t perm, unsigned long flags,
			  struct key *dest)
{
	struct key *keyring = key_alloc(&key_type_keyring, description, uid,
					gid, perm, flags);
	int ret;

	if (IS_ERR(keyring))
		return keyring;
	key_instantiate(keyring);
	if (dest) {
		ret = key_link(dest, keyring);
		if (ret < 0) {
			key_put(keyring);
			return ERR_PTR(ret);
		}
	}
	return keyring;
}

/* A named keyring (not a user's own), with a reference. */
struct key *find_keyring_by_name(const char *name)
{
	struct key *key;

	list_for_each_entry(key, &key_serial_list, serial_node)
		if (key->type == &key_type_keyring && key->usage > 0 &&
		    !(key->flags & KEY_FLAG_UID_KEYRING) &&
		    !strcmp(key->description, name))
			return key_get(key);
	return ERR_PTR(-ENOKEY);
}

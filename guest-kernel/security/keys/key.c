// SPDX-License-Identifier: GPL-2.0
/*
 * Keys: serial numbers, types, and what each user owns. As Linux's
 * key_alloc(): a random serial (>= 3, unique), the owner's key_user
 * counts the key, and unless told otherwise its quota counts it and its
 * description (the root user, static, starts with two keys counted).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/key.h>
#include <linux/printk.h>
#include <linux/random.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "internal.h"

LIST_HEAD(key_serial_list);		/* by serial, as Linux's tree */
LIST_HEAD(key_user_list);
static LIST_HEAD(key_types_list);

unsigned int key_quota_root_maxkeys = 1000000;
unsigned int key_quota_root_maxbytes = 25000000;
unsigned int key_quota_maxkeys = 200;
unsigned int key_quota_maxbytes = 20000;

/* Linux's root_key_user: usage 3, two keys that were never allocated. */
static struct key_user root_key_user = {
	.usage = 3,
	.nkeys = 2,
	.nikeys = 2,
	.uid = 0,
};

static struct key_user *key_user_lookup(uid_t uid)
{
	struct key_user *user;

	list_for_each_entry(user, &key_user_list, node) {
		if (user->uid == uid) {
			user->usage++;
			return user;
		}
	}
	user = kzalloc(sizeof(*user), GFP_KERNEL);
	if (!user)
		return NULL;
	user->usage = 1;
	user->uid = uid;
	list_add_tail(&user->node, &key_user_list);
	return user;
}

/* A random serial not in use, kept in order. */
static void key_alloc_serial(struct key *key)
{
	struct key *k;

	do {
		get_random_bytes(&key->serial, sizeof(key->serial));
		key->serial = (u32)key->serial >> 1;	/* not negative */
	} while (key->serial < 3);
	for (;;) {
		list_for_each_entry(k, &key_serial_list, serial_node) {
			if (k->serial == key->serial)
				break;
			if (k->serial > key->serial) {
				list_add_tail(&key->serial_node, &k->serial_node);
				return;
			}
		}
		if (&k->serial_node == &key_serial_list) {
			list_add_tail(&key->serial_node, &key_serial_list);
			return;
		}
		if (++key->serial < 3)	/* taken: the next one */
			key->serial = 3;
	}
}

int register_key_type(struct key_type *ktype)
{
	struct key_type *p;

	list_for_each_entry(p, &key_types_list, link)
		if (!strcmp(p->name, ktype->name))
			return -EEXIST;
	list_add(&ktype->link, &key_types_list);
	pr_notice("Key type %s registered\n", ktype->name);
	return 0;
}

struct key *key_alloc(struct key_type *type, const char *desc, uid_t uid,
		      gid_t gid, key_perm_t perm, unsigned long flags)
{
	size_t desclen = strlen(desc);
	size_t quotalen = desclen + 1 + type->def_datalen;
	struct key_user *user;
	struct key *key;

	user = key_user_lookup(uid);
	if (!user)
		return ERR_PTR(-ENOMEM);
	if (!(flags & KEY_ALLOC_NOT_IN_QUOTA)) {
		unsigned int maxkeys = uid ? key_quota_maxkeys : key_quota_root_maxkeys;
		unsigned int maxbytes = uid ? key_quota_maxbytes : key_quota_root_maxbytes;

		if (user->qnkeys + 1 > maxkeys || user->qnbytes + quotalen > maxbytes) {
			user->usage--;
			return ERR_PTR(-EDQUOT);
		}
		user->qnkeys++;
		user->qnbytes += quotalen;
	}
	key = kzalloc(sizeof(*key), GFP_KERNEL);
	if (key)
		key->description = kstrdup(desc, GFP_KERNEL);
	if (!key || !key->description) {
		kfree(key);
		return ERR_PTR(-ENOMEM);
	}
	key->usage = 1;
	key->type = type;
	key->user = user;
	key->perm = perm;
	key->uid = uid;
	key->gid = gid;
	key->quotalen = quotalen;
	INIT_LIST_HEAD(&key->keys);
	if (!(flags & KEY_ALLOC_NOT_IN_QUOTA))
		key->flags |= KEY_FLAG_IN_QUOTA;
	if (flags & KEY_ALLOC_UID_KEYRING)
		key->flags |= KEY_FLAG_UID_KEYRING;
	user->nkeys++;
	key_alloc_serial(key);
	return key;
}

void key_instantiate(struct key *key)
{
	key->instantiated = true;
	key->user->nikeys++;
}

struct key *key_get(struct key *key)
{
	key->usage++;
	return key;
}

/* The last reference: the garbage collector would free it; kept here. */
void key_put(struct key *key)
{
	if (key)
		key->usage--;
}

/* As Linux's key_init(): the root user, and keyrings as a type. */
static int __init key_init(void)
{
	list_add(&root_key_user.node, &key_user_list);
	list_add_tail(&key_type_keyring.link, &key_types_list);
	return 0;
}
core_initcall(key_init);

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Keys and keyrings, as Linux's key management holds them: a serial
 * number, a type, a description, an owner and a permission mask; a
 * keyring links other keys. What /proc/keys and /proc/key-users list.
 */
#ifndef _LINUX_KEY_H
#define _LINUX_KEY_H

#include <linux/list.h>
#include <linux/types.h>

struct seq_file;

typedef s32 key_serial_t;
typedef u32 key_perm_t;

/* Permissions: possessor, user (owner), group, other; the same bits in each. */
#define KEY_POS_VIEW	0x01000000
#define KEY_POS_READ	0x02000000
#define KEY_POS_WRITE	0x04000000
#define KEY_POS_SEARCH	0x08000000
#define KEY_POS_LINK	0x10000000
#define KEY_POS_SETATTR	0x20000000
#define KEY_POS_ALL	0x3f000000
#define KEY_USR_VIEW	0x00010000
#define KEY_USR_READ	0x00020000
#define KEY_USR_WRITE	0x00040000
#define KEY_USR_SEARCH	0x00080000
#define KEY_USR_LINK	0x00100000
#define KEY_USR_SETATTR	0x00200000
#define KEY_USR_ALL	0x003f0000
#define KEY_OTH_VIEW	0x00000001

/* key_alloc() flags */
#define KEY_ALLOC_IN_QUOTA	0x0000	/* counted in the owner's quota */
#define KEY_ALLOC_NOT_IN_QUOTA	0x0002
#define KEY_ALLOC_UID_KEYRING	0x0010	/* a user's own keyring */

/* key->flags */
#define KEY_FLAG_IN_QUOTA	(1UL << 2)
#define KEY_FLAG_UID_KEYRING	(1UL << 11)

struct key;

struct key_type {
	const char *name;
	size_t def_datalen;
	/* the rest of a /proc/keys line: the description and what it holds */
	void (*describe)(const struct key *key, struct seq_file *m);
	struct list_head link;
};

/* What one user owns (/proc/key-users): keys, and those counted in the quota. */
struct key_user {
	struct list_head node;
	int usage;
	int nkeys;
	int nikeys;		/* instantiated */
	unsigned int qnkeys;
	unsigned int qnbytes;
	uid_t uid;
};

struct key {
	int usage;
	key_serial_t serial;
	struct list_head serial_node;	/* all keys, by serial */
	struct key_type *type;
	struct key_user *user;
	char *description;
	key_perm_t perm;
	uid_t uid;
	gid_t gid;
	unsigned long flags;
	unsigned short quotalen;
	bool instantiated;
	/* a keyring's links */
	struct list_head keys;
	unsigned long nr_leaves_on_tree;
	/* an asymmetric key (crypto/asymmetric_keys) */
	struct asymmetric_key_ids *kids;
	struct public_key *pub;
	struct public_key_signature *auth;
};

extern struct key_type key_type_keyring;

int register_key_type(struct key_type *ktype);
struct key *key_alloc(struct key_type *type, const char *desc, uid_t uid,
		      gid_t gid, key_perm_t perm, unsigned long flags);
void key_instantiate(struct key *key);
struct key *key_get(struct key *key);
void key_put(struct key *key);
struct key *keyring_alloc(const char *description, uid_t uid, gid_t gid,
			  key_perm_t perm, unsigned long flags,
			  struct key *dest);
int key_link(struct key *keyring, struct key *key);
/* Each key a keyring links, in the order linked. */
struct key *keyring_next(const struct key *keyring, struct key *prev);
struct key *find_keyring_by_name(const char *name);
int look_up_user_keyrings(uid_t uid, struct key **_user_keyring,
			  struct key **_user_session_keyring);

#define INVALID_GID	((gid_t)-1)

#endif

// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/keys: each key its reader may view, by serial; /proc/key-users:
 * what each user owns and how much of the quota it takes.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/key.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include "internal.h"

/* As a root reader sees it (everything runs as root here): owner, else other. */
static bool key_viewable(const struct key *key)
{
	return key->perm & (key->uid == 0 ? KEY_USR_VIEW : KEY_OTH_VIEW);
}

static int proc_keys_show(struct seq_file *m, void *v)
{
	struct key *key;

	list_for_each_entry(key, &key_serial_list, serial_node) {
		if (!key_viewable(key))
			continue;
		seq_printf(m, "%08x %c%c%c%c%c%c%c %5d %4s %08x %5d %5d %-9.9s ",
			   key->serial, key->instantiated ? 'I' : '-', '-', '-',
			   key->flags & KEY_FLAG_IN_QUOTA ? 'Q' : '-', '-', '-',
			   '-', key->usage, "perm", key->perm, key->uid,
			   key->gid == INVALID_GID ? 65534 : key->gid,
			   key->type->name);
		key->type->describe(key, m);
		seq_putc(m, '\n');
	}
	return 0;
}

static int proc_key_users_show(struct seq_file *m, void *v)
{
	struct key_user *user;

	list_for_each_entry(user, &key_user_list, node)
		seq_printf(m, "%5u: %5d %d/%d %d/%d %d/%d\n", user->uid,
			   user->usage, user->nkeys, user->nikeys,
			   user->qnkeys, user->uid ? key_quota_maxkeys :
			   key_quota_root_maxkeys, user->qnbytes,
			   user->uid ? key_quota_maxbytes : key_quota_root_maxbytes);
	return 0;
}

static int __init key_proc_init(void)
{
	proc_create_single("keys", 0, NULL, proc_keys_show);
	proc_create_single("key-users", 0, NULL, proc_key_users_show);
	return 0;
}
fs_initcall(key_proc_init);

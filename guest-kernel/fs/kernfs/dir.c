// SPDX-License-Identifier: GPL-2.0
/*
 * kernfs nodes: creation, lookup by name, removal. Siblings are kept in
 * name order. A node holds a reference on its parent; removing a node
 * removes its subtree, unlinks it and drops the tree's reference.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/kernfs.h>
#include <linux/slab.h>
#include <linux/stat.h>
#include <linux/string.h>
#include "kernfs-internal.h"

static unsigned long kernfs_next_ino = 1;

void kernfs_get(struct kernfs_node *kn)
{
	if (kn)
		kn->count++;
}

void kernfs_put(struct kernfs_node *kn)
{
	while (kn && !--kn->count) {
		struct kernfs_node *parent = kn->parent;

		if (kernfs_type(kn) == KERNFS_LINK)
			kernfs_put(kn->symlink.target_kn);
		kfree(kn);
		kn = parent;
	}
}

static struct kernfs_node *kernfs_new_node(const char *name, umode_t mode,
					   unsigned short flags)
{
	size_t len = strlen(name);
	struct kernfs_node *kn;
	char *p;

	kn = kzalloc(sizeof(*kn) + len + 1, GFP_KERNEL);
	if (!kn)
		return NULL;
	p = (char *)(kn + 1);
	memcpy(p, name, len + 1);
	kn->name = p;
	kn->count = 1;
	kn->mode = mode;
	kn->flags = flags;
	kn->ino = kernfs_next_ino++;
	INIT_LIST_HEAD(&kn->sibling);
	if (flags & KERNFS_DIR)
		INIT_LIST_HEAD(&kn->dir.children);
	return kn;
}

struct kernfs_node *kernfs_find(struct kernfs_node *parent, const char *name,
				size_t len)
{
	struct kernfs_node *kn;

	list_for_each_entry(kn, &parent->dir.children, sibling)
		if (strlen(kn->name) == len && !memcmp(kn->name, name, len))
			return kn;
	return NULL;
}

struct kernfs_node *kernfs_find_and_get(struct kernfs_node *parent,
					const char *name)
{
	struct kernfs_node *kn = kernfs_find(parent, name, strlen(name));

	kernfs_get(kn);
	return kn;
}

/* Link kn under parent; the parent is referenced for as long as kn lives. */
static int kernfs_add_one(struct kernfs_node *parent, struct kernfs_node *kn)
{
	struct kernfs_node *pos;

	if (!parent || kernfs_type(parent) != KERNFS_DIR ||
	    (parent->flags & KERNFS_REMOVED))
		return -ENOENT;
	list_for_each_entry(pos, &parent->dir.children, sibling) {
		int cmp = strcmp(kn->name, pos->name);

		if (!cmp)
			return -EEXIST;
		if (cmp < 0)
			break;
	}
	list_add_tail(&kn->sibling, &pos->sibling);
	kn->parent = parent;
	kernfs_get(parent);
	if (kernfs_type(kn) == KERNFS_DIR)
		parent->dir.subdirs++;
	return 0;
}

static struct kernfs_node *kernfs_add_or_free(struct kernfs_node *parent,
					      struct kernfs_node *kn)
{
	int err;

	if (!kn)
		return ERR_PTR(-ENOMEM);
	err = kernfs_add_one(parent, kn);
	if (err) {
		kernfs_put(kn);
		return ERR_PTR(err);
	}
	return kn;
}

struct kernfs_node *kernfs_create_root(void *priv)
{
	struct kernfs_node *kn = kernfs_new_node("", S_IFDIR | 0555, KERNFS_DIR);

	if (kn)
		kn->priv = priv;
	return kn;
}

struct kernfs_node *kernfs_create_dir(struct kernfs_node *parent,
				      const char *name, umode_t mode,
				      void *priv)
{
	struct kernfs_node *kn;

	kn = kernfs_new_node(name, S_IFDIR | (mode & S_IALLUGO), KERNFS_DIR);
	if (kn)
		kn->priv = priv;
	return kernfs_add_or_free(parent, kn);
}

struct kernfs_node *kernfs_create_file(struct kernfs_node *parent,
				       const char *name, umode_t mode,
				       loff_t size, const struct kernfs_ops *ops,
				       void *priv)
{
	struct kernfs_node *kn;

	kn = kernfs_new_node(name, S_IFREG | (mode & S_IALLUGO), KERNFS_FILE);
	if (kn) {
		kn->attr.ops = ops;
		kn->attr.size = size;
		kn->priv = priv;
	}
	return kernfs_add_or_free(parent, kn);
}

struct kernfs_node *kernfs_create_link(struct kernfs_node *parent,
				       const char *name,
				       struct kernfs_node *target)
{
	struct kernfs_node *kn;

	kn = kernfs_new_node(name, S_IFLNK | S_IRWXUGO, KERNFS_LINK);
	if (kn) {
		kn->symlink.target_kn = target;
		kernfs_get(target);
	}
	return kernfs_add_or_free(parent, kn);
}

/* Children first, then kn: each is marked, unlinked and released. */
void kernfs_remove(struct kernfs_node *kn)
{
	if (!kn || (kn->flags & KERNFS_REMOVED))
		return;
	if (kernfs_type(kn) == KERNFS_DIR)
		while (!list_empty(&kn->dir.children))
			kernfs_remove(list_first_entry(&kn->dir.children,
						       struct kernfs_node,
						       sibling));
	kn->flags |= KERNFS_REMOVED;
	if (kn->parent) {
		list_del_init(&kn->sibling);
		if (kernfs_type(kn) == KERNFS_DIR)
			kn->parent->dir.subdirs--;
	}
	kernfs_put(kn);
}

int kernfs_remove_by_name(struct kernfs_node *parent, const char *name)
{
	struct kernfs_node *kn;

	if (!parent)
		return -ENOENT;
	kn = kernfs_find(parent, name, strlen(name));
	if (!kn)
		return -ENOENT;
	kernfs_remove(kn);
	return 0;
}

int kernfs_name(struct kernfs_node *kn, char *buf, size_t buflen)
{
	return strscpy(buf, kn ? kn->name : "(null)", buflen);
}

/* "/kernel/mm": kn's path from the root; its length, or -E2BIG. */
int kernfs_path(struct kernfs_node *kn, char *buf, size_t buflen)
{
	struct kernfs_node *k;
	size_t len = 0, n;

	for (k = kn; k && k->parent; k = k->parent)
		len += strlen(k->name) + 1;
	if (!len)
		return strscpy(buf, "/", buflen);
	if (len >= buflen)
		return -E2BIG;
	buf[len] = '\0';
	n = len;
	for (k = kn; k && k->parent; k = k->parent) {
		size_t l = strlen(k->name);

		n -= l;
		memcpy(buf + n, k->name, l);
		buf[--n] = '/';
	}
	return len;
}

/* The nth child of a directory, or NULL. */
struct kernfs_node *kernfs_nth_child(struct kernfs_node *parent, loff_t n)
{
	struct kernfs_node *kn;

	list_for_each_entry(kn, &parent->dir.children, sibling)
		if (!n--)
			return kn;
	return NULL;
}

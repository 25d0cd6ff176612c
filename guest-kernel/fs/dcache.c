// SPDX-License-Identifier: GPL-2.0
/*
 * The dentry cache: names in a tree. A child is found in its parent's
 * d_subdirs list (newest first, as Linux keeps it, which is also the
 * order ramfs readdir shows). A dentry with no users stays cached while
 * it names an inode, unless its filesystem says otherwise (d_delete);
 * negative and unhashed ones are freed at their last dput().
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/dcache.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/init.h>
#include "internal.h"
#include <linux/module_abi.h>

abi_check_size(dentry);
abi_check_field(dentry, d_parent);
abi_check_field(dentry, d_name);
abi_check_field(dentry, d_inode);
abi_check_field(dentry, d_iname);
abi_check_field(dentry, d_op);
abi_check_field(dentry, d_sb);
abi_check_field(dentry, d_time);
abi_check_field(dentry, d_fsdata);
abi_check_field(dentry, d_child);
abi_check_field(dentry, d_subdirs);
abi_check_field(qstr, name);
_Static_assert(offsetof(struct dentry, d_lock) == ABI_dentry__d_lockref,
	       "struct dentry: d_lock is not where Debian's d_lockref is");

static int d_set_name(struct dentry *dentry, const struct qstr *name)
{
	unsigned char *dname = dentry->d_iname;

	if (name->len >= DNAME_INLINE_LEN) {
		dname = kmalloc(name->len + 1, GFP_KERNEL);
		if (!dname)
			return -ENOMEM;
	}
	memcpy(dname, name->name, name->len);
	dname[name->len] = '\0';
	dentry->d_name.name = dname;
	dentry->d_name.len = name->len;
	dentry->d_name.hash = 0;
	return 0;
}

static void d_free_name(struct dentry *dentry)
{
	if (dentry->d_name.name != dentry->d_iname)
		kfree(dentry->d_name.name);
}

static struct dentry *__d_alloc(struct super_block *sb, const struct qstr *name)
{
	struct dentry *dentry = kzalloc(sizeof(*dentry), GFP_KERNEL);

	if (!dentry)
		return NULL;
	if (d_set_name(dentry, name)) {
		kfree(dentry);
		return NULL;
	}
	dentry->d_count = 1;
	dentry->d_sb = sb;
	dentry->d_op = sb ? sb->s_d_op : NULL;
	dentry->d_parent = dentry;
	INIT_LIST_HEAD(&dentry->d_child);
	INIT_LIST_HEAD(&dentry->d_subdirs);
	if (dentry->d_op && dentry->d_op->d_init && dentry->d_op->d_init(dentry)) {
		d_free_name(dentry);
		kfree(dentry);
		return NULL;
	}
	return dentry;
}

struct dentry *d_alloc(struct dentry *parent, const struct qstr *name)
{
	struct dentry *dentry = __d_alloc(parent->d_sb, name);

	if (!dentry)
		return NULL;
	dentry->d_parent = dget(parent);
	list_add(&dentry->d_child, &parent->d_subdirs);
	return dentry;
}

struct dentry *d_alloc_name(struct dentry *parent, const char *name)
{
	struct qstr q = QSTR_INIT(name, strlen(name));

	return d_alloc(parent, &q);
}

/* A dentry outside any tree (pipes): never found by name. */
struct dentry *d_alloc_pseudo(struct super_block *sb, const struct qstr *name)
{
	struct dentry *dentry = __d_alloc(sb, name);

	if (dentry)
		dentry->d_flags |= DCACHE_UNHASHED;
	return dentry;
}

struct dentry *dget(struct dentry *dentry)
{
	if (dentry)
		dentry->d_count++;
	return dentry;
}

static bool d_should_free(struct dentry *dentry)
{
	if (d_unhashed(dentry) || !dentry->d_inode)
		return true;
	return dentry->d_op && dentry->d_op->d_delete &&
	       dentry->d_op->d_delete(dentry);
}

/* Free a dentry nobody uses; returns its parent, whose reference it held. */
static struct dentry *dentry_kill(struct dentry *dentry)
{
	struct dentry *parent = dentry->d_parent;
	struct inode *inode = dentry->d_inode;

	list_del_init(&dentry->d_child);
	dentry->d_inode = NULL;
	if (inode) {
		if (dentry->d_op && dentry->d_op->d_iput)
			dentry->d_op->d_iput(dentry, inode);
		else
			iput(inode);
	}
	if (dentry->d_op && dentry->d_op->d_release)
		dentry->d_op->d_release(dentry);
	d_free_name(dentry);
	kfree(dentry);
	return parent == dentry ? NULL : parent;
}

void dput(struct dentry *dentry)
{
	while (dentry) {
		if (--dentry->d_count > 0)
			return;
		if (!d_should_free(dentry))
			return;
		/* a tree root goes only with its superblock (unhashed then) */
		if (IS_ROOT(dentry) && !d_unhashed(dentry))
			return;
		dentry = dentry_kill(dentry);
	}
}
EXPORT_SYMBOL(dput);

void d_instantiate(struct dentry *dentry, struct inode *inode)
{
	dentry->d_inode = inode;
}

void d_add(struct dentry *dentry, struct inode *inode)
{
	d_instantiate(dentry, inode);
}

struct dentry *d_make_root(struct inode *root_inode)
{
	static const struct qstr name = QSTR_INIT("/", 1);
	struct dentry *res;

	if (!root_inode)
		return NULL;
	res = __d_alloc(root_inode->i_sb, &name);
	if (!res) {
		iput(root_inode);
		return NULL;
	}
	d_instantiate(res, root_inode);
	return res;
}

struct dentry *d_splice_alias(struct inode *inode, struct dentry *dentry)
{
	if (IS_ERR(inode))
		return ERR_CAST(inode);
	d_add(dentry, inode);
	return NULL;
}

bool d_is_dir(const struct dentry *dentry)
{
	return dentry->d_inode && S_ISDIR(dentry->d_inode->i_mode);
}

bool d_is_reg(const struct dentry *dentry)
{
	return dentry->d_inode && S_ISREG(dentry->d_inode->i_mode);
}

bool d_is_symlink(const struct dentry *dentry)
{
	return dentry->d_inode && S_ISLNK(dentry->d_inode->i_mode);
}

static bool d_name_eq(const struct dentry *dentry, const struct qstr *name)
{
	return dentry->d_name.len == name->len &&
	       !memcmp(dentry->d_name.name, name->name, name->len);
}

/* The cached child called name, referenced, or NULL. */
struct dentry *d_lookup(const struct dentry *parent, const struct qstr *name)
{
	struct dentry *child;

	list_for_each_entry(child, &parent->d_subdirs, d_child) {
		if (child->d_flags & (DCACHE_UNHASHED | DCACHE_CURSOR))
			continue;
		if (d_name_eq(child, name))
			return dget(child);
	}
	return NULL;
}

/* No longer findable by name; it lives on while in use. */
void d_drop(struct dentry *dentry)
{
	dentry->d_flags |= DCACHE_UNHASHED;
}

void d_delete(struct dentry *dentry)
{
	d_drop(dentry);
}

void d_invalidate(struct dentry *dentry)
{
	d_drop(dentry);
}

/* rename: dentry takes target's name and place (target is dropped). */
void d_move(struct dentry *dentry, struct dentry *target)
{
	struct dentry *old_parent = dentry->d_parent;

	d_drop(target);
	d_free_name(dentry);
	d_set_name(dentry, &target->d_name);
	list_del(&dentry->d_child);
	dentry->d_parent = dget(target->d_parent);
	list_add(&dentry->d_child, &target->d_parent->d_subdirs);
	dput(old_parent);
}

void d_exchange(struct dentry *a, struct dentry *b)
{
	struct qstr na = a->d_name, nb = b->d_name;
	struct dentry *pa = a->d_parent, *pb = b->d_parent;
	unsigned char tmp[NAME_MAX + 1];

	memcpy(tmp, na.name, na.len);
	na.name = tmp;
	d_free_name(a);
	d_set_name(a, &nb);
	d_free_name(b);
	d_set_name(b, &na);
	list_del(&a->d_child);
	list_del(&b->d_child);
	a->d_parent = pb;
	b->d_parent = pa;
	list_add(&a->d_child, &pb->d_subdirs);
	list_add(&b->d_child, &pa->d_subdirs);
}

/* Drop every unused cached descendant (umount, kill_litter_super). */
void shrink_dcache_parent(struct dentry *parent)
{
	struct dentry *child, *n;

	list_for_each_entry_safe(child, n, &parent->d_subdirs, d_child) {
		if (child->d_flags & DCACHE_CURSOR)
			continue;
		shrink_dcache_parent(child);
		if (!child->d_count) {
			dget(child);
			d_drop(child);
			dput(child);
		}
	}
}

/* Drop the pins of a tree built in the dcache (ramfs-like), then the tree. */
void d_genocide(struct dentry *parent)
{
	struct dentry *child, *n;

	list_for_each_entry_safe(child, n, &parent->d_subdirs, d_child) {
		if (child->d_flags & DCACHE_CURSOR)
			continue;
		dget(child);
		d_genocide(child);
		d_drop(child);
		if (child->d_inode && child->d_count > 1)
			child->d_count--;	/* the pin */
		dput(child);
	}
}

int always_delete_dentry(const struct dentry *dentry)
{
	return 1;
}

const struct dentry_operations simple_dentry_operations = {
	.d_delete = always_delete_dentry,
};

ino_t parent_ino(struct dentry *dentry)
{
	return dentry->d_parent->d_inode->i_ino;
}

/* The VFS at boot (start_kernel): the mount tree with rootfs in it. */
void __init vfs_caches_init(void)
{
	mnt_init();
}

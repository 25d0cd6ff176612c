// SPDX-License-Identifier: GPL-2.0
/*
 * The /proc tree of proc_dir_entry nodes: creating, finding, listing
 * and removing entries. A name may have slashes ("tty/drivers"): the
 * leading components must be existing directories.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "internal.h"
#include <linux/module_abi.h>

abi_check_size(proc_ops);
abi_check_field(proc_ops, proc_open);
abi_check_field(proc_ops, proc_read);
abi_check_field(proc_ops, proc_write);
abi_check_field(proc_ops, proc_lseek);
abi_check_field(proc_ops, proc_release);
abi_check_field(proc_ops, proc_poll);
abi_check_field(proc_ops, proc_ioctl);
abi_check_field(proc_ops, proc_mmap);

static unsigned int next_proc_inum = PROC_DYNAMIC_FIRST;

/* Inode numbers of entries; never reused (there are few). */
unsigned int proc_alloc_inum(void)
{
	return next_proc_inum++;
}

/* Linux's rbtree order: shorter names first, then by bytes. */
static int proc_match(const char *name, struct proc_dir_entry *de,
		      unsigned int len)
{
	if (len < de->namelen)
		return -1;
	if (len > de->namelen)
		return 1;
	return memcmp(name, de->name, len);
}

static struct proc_dir_entry *pde_subdir_find(struct proc_dir_entry *dir,
					      const char *name,
					      unsigned int len)
{
	struct proc_dir_entry *de;

	list_for_each_entry(de, &dir->subdir, subdir_node)
		if (!proc_match(name, de, len))
			return de;
	return NULL;
}

struct proc_dir_entry *pde_get(struct proc_dir_entry *pde)
{
	pde->refcnt++;
	return pde;
}

void pde_put(struct proc_dir_entry *pde)
{
	if (--pde->refcnt)
		return;
	if (S_ISLNK(pde->mode))
		kfree(pde->data);
	if (pde->name != pde->inline_name)
		kfree(pde->name);
	kfree(pde);
}

/* The directory that holds the last component of name, and that component. */
static int xlate_proc_name(const char *name, struct proc_dir_entry **ret,
			   const char **residual)
{
	struct proc_dir_entry *de = *ret ?: &proc_root;
	const char *cp = name, *next;

	while ((next = strchr(cp, '/'))) {
		de = pde_subdir_find(de, cp, next - cp);
		if (!de || !S_ISDIR(de->mode)) {
			pr_err("proc: name '%s'\n", name);
			return -ENOENT;
		}
		cp = next + 1;
	}
	*residual = cp;
	*ret = de;
	return 0;
}

static bool name_is_number(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (name[i] < '0' || name[i] > '9')
			return false;
	return len > 0;
}

static struct proc_dir_entry *__proc_create(struct proc_dir_entry **parent,
					    const char *name, umode_t mode,
					    unsigned int nlink, size_t extra)
{
	struct proc_dir_entry *ent;
	const char *fn;
	size_t len;

	if (xlate_proc_name(name, parent, &fn))
		return NULL;
	len = strlen(fn);
	if (!len || len >= 256 || !strcmp(fn, ".") || !strcmp(fn, "..") ||
	    (*parent == &proc_root && name_is_number(fn, len))) {
		pr_err("proc: name '%s'\n", fn);
		return NULL;
	}
	ent = kzalloc(sizeof(*ent) + len + 1 + extra, GFP_KERNEL);
	if (!ent)
		return NULL;
	ent->name = ent->inline_name;
	memcpy(ent->name, fn, len + 1);
	ent->namelen = len;
	ent->mode = mode;
	ent->nlink = nlink;
	ent->refcnt = 1;
	ent->uid = (*parent)->uid;
	ent->gid = (*parent)->gid;
	INIT_LIST_HEAD(&ent->subdir);
	INIT_LIST_HEAD(&ent->pde_openers);
	return ent;
}

/* Insert dp under dir in readdir order; a name can only be there once. */
static struct proc_dir_entry *proc_register(struct proc_dir_entry *dir,
					    struct proc_dir_entry *dp)
{
	struct proc_dir_entry *de;

	list_for_each_entry(de, &dir->subdir, subdir_node) {
		int cmp = proc_match(dp->name, de, dp->namelen);

		if (!cmp) {
			WARN(1, "proc_dir_entry '%s/%s' already registered\n",
			     dir->name, dp->name);
			pde_put(dp);
			return NULL;
		}
		if (cmp < 0)
			break;
	}
	list_add_tail(&dp->subdir_node, &de->subdir_node);
	dp->low_ino = proc_alloc_inum();
	dp->parent = dir;
	if (S_ISDIR(dp->mode))
		dir->nlink++;
	return dp;
}

static const struct file_operations proc_dir_operations;
static const struct inode_operations proc_dir_inode_operations;

struct proc_dir_entry *proc_mkdir_data(const char *name, umode_t mode,
				       struct proc_dir_entry *parent, void *data)
{
	struct proc_dir_entry *ent;

	if (!(mode & S_IALLUGO))
		mode |= S_IRUGO | S_IXUGO;
	ent = __proc_create(&parent, name, S_IFDIR | mode, 2, 0);
	if (!ent)
		return NULL;
	ent->data = data;
	ent->proc_dir_ops = &proc_dir_operations;
	ent->proc_iops = &proc_dir_inode_operations;
	return proc_register(parent, ent);
}
EXPORT_SYMBOL_GPL(proc_mkdir_data);

struct proc_dir_entry *proc_mkdir_mode(const char *name, umode_t mode,
				       struct proc_dir_entry *parent)
{
	return proc_mkdir_data(name, mode, parent, NULL);
}
EXPORT_SYMBOL(proc_mkdir_mode);

struct proc_dir_entry *proc_mkdir(const char *name,
				  struct proc_dir_entry *parent)
{
	return proc_mkdir_data(name, 0, parent, NULL);
}
EXPORT_SYMBOL(proc_mkdir);

struct proc_dir_entry *proc_symlink(const char *name,
				    struct proc_dir_entry *parent,
				    const char *dest)
{
	struct proc_dir_entry *ent;

	ent = __proc_create(&parent, name,
			    S_IFLNK | S_IRUGO | S_IWUGO | S_IXUGO, 1, 0);
	if (!ent)
		return NULL;
	ent->data = kmalloc(strlen(dest) + 1, GFP_KERNEL);
	if (!ent->data) {
		kfree(ent);
		return NULL;
	}
	strcpy(ent->data, dest);
	ent->size = strlen(dest);
	ent->proc_iops = &proc_link_inode_operations;
	return proc_register(parent, ent);
}
EXPORT_SYMBOL(proc_symlink);

static struct proc_dir_entry *proc_create_reg(const char *name, umode_t mode,
					      struct proc_dir_entry **parent,
					      void *data)
{
	struct proc_dir_entry *ent;

	if ((mode & S_IFMT) == 0)
		mode |= S_IFREG;
	if ((mode & S_IALLUGO) == 0)
		mode |= S_IRUGO;
	if (!S_ISREG(mode))
		return NULL;
	ent = __proc_create(parent, name, mode, 1, 0);
	if (ent)
		ent->data = data;
	return ent;
}

struct proc_dir_entry *proc_create_data(const char *name, umode_t mode,
					struct proc_dir_entry *parent,
					const struct proc_ops *proc_ops,
					void *data)
{
	struct proc_dir_entry *p;

	p = proc_create_reg(name, mode, &parent, data);
	if (!p)
		return NULL;
	p->proc_ops = proc_ops;
	return proc_register(parent, p);
}
EXPORT_SYMBOL(proc_create_data);

struct proc_dir_entry *proc_create(const char *name, umode_t mode,
				   struct proc_dir_entry *parent,
				   const struct proc_ops *proc_ops)
{
	return proc_create_data(name, mode, parent, proc_ops, NULL);
}
EXPORT_SYMBOL(proc_create);

struct proc_dir_entry *proc_create_seq_private(const char *name, umode_t mode,
		struct proc_dir_entry *parent, const struct seq_operations *ops,
		unsigned int state_size, void *data)
{
	struct proc_dir_entry *p;

	p = proc_create_reg(name, mode, &parent, data);
	if (!p)
		return NULL;
	p->proc_ops = &proc_seq_ops;
	p->seq_ops = ops;
	p->state_size = state_size;
	p->flags |= PROC_ENTRY_SPLICE;
	return proc_register(parent, p);
}
EXPORT_SYMBOL(proc_create_seq_private);

struct proc_dir_entry *proc_create_single_data(const char *name, umode_t mode,
		struct proc_dir_entry *parent,
		int (*show)(struct seq_file *, void *), void *data)
{
	struct proc_dir_entry *p;

	p = proc_create_reg(name, mode, &parent, data);
	if (!p)
		return NULL;
	p->proc_ops = &proc_single_ops;
	p->single_show = show;
	p->flags |= PROC_ENTRY_SPLICE;
	return proc_register(parent, p);
}
EXPORT_SYMBOL(proc_create_single_data);

void proc_set_size(struct proc_dir_entry *de, loff_t size)
{
	de->size = size;
}
EXPORT_SYMBOL(proc_set_size);

void proc_set_user(struct proc_dir_entry *de, uid_t uid, gid_t gid)
{
	de->uid = uid;
	de->gid = gid;
}
EXPORT_SYMBOL(proc_set_user);

void *proc_get_parent_data(const struct inode *inode)
{
	return PDE(inode)->parent->data;
}
EXPORT_SYMBOL_GPL(proc_get_parent_data);

/*
 * Unlink de; its open files get -EIO from now on, and are released now,
 * while the code behind its proc_ops (a module's) is still there.
 */
static void pde_unlink(struct proc_dir_entry *de)
{
	list_del_init(&de->subdir_node);
	if (S_ISDIR(de->mode))
		de->parent->nlink--;
	de->flags |= PROC_ENTRY_REMOVED;
	if (S_ISREG(de->mode))
		proc_entry_rundown(de);
	pde_put(de);
}

void remove_proc_entry(const char *name, struct proc_dir_entry *parent)
{
	struct proc_dir_entry *de;
	const char *fn;

	if (xlate_proc_name(name, &parent, &fn))
		return;
	de = pde_subdir_find(parent, fn, strlen(fn));
	if (!de) {
		pr_err("%s: name '%s'\n", __func__, name);
		return;
	}
	if (!list_empty(&de->subdir))
		pr_err("%s: removing non-empty directory '%s/%s', leaking at least '%s'\n",
		       __func__, de->parent->name, de->name,
		       list_first_entry(&de->subdir, struct proc_dir_entry,
					subdir_node)->name);
	pde_unlink(de);
}
EXPORT_SYMBOL(remove_proc_entry);

static void remove_subtree(struct proc_dir_entry *de)
{
	while (!list_empty(&de->subdir))
		remove_subtree(list_first_entry(&de->subdir,
						struct proc_dir_entry,
						subdir_node));
	pde_unlink(de);
}

int remove_proc_subtree(const char *name, struct proc_dir_entry *parent)
{
	struct proc_dir_entry *de;
	const char *fn;

	if (xlate_proc_name(name, &parent, &fn))
		return -ENOENT;
	de = pde_subdir_find(parent, fn, strlen(fn));
	if (!de)
		return -ENOENT;
	remove_subtree(de);
	return 0;
}
EXPORT_SYMBOL(remove_proc_subtree);

void proc_remove(struct proc_dir_entry *de)
{
	if (de)
		remove_subtree(de);
}
EXPORT_SYMBOL(proc_remove);

struct dentry *proc_lookup_de(struct inode *dir, struct dentry *dentry,
			      struct proc_dir_entry *de)
{
	struct inode *inode;

	de = pde_subdir_find(de, (const char *)dentry->d_name.name,
			     dentry->d_name.len);
	if (!de)
		return ERR_PTR(-ENOENT);
	inode = proc_get_inode(dir->i_sb, pde_get(de));
	if (!inode)
		return ERR_PTR(-ENOMEM);
	return d_splice_alias(inode, dentry);
}

struct dentry *proc_lookup(struct inode *dir, struct dentry *dentry,
			   unsigned int flags)
{
	return proc_lookup_de(dir, dentry, PDE(dir));
}

static struct proc_dir_entry *pde_subdir_nth(struct proc_dir_entry *dir,
					     loff_t n)
{
	struct proc_dir_entry *de;

	list_for_each_entry(de, &dir->subdir, subdir_node)
		if (!n--)
			return de;
	return NULL;
}

/*
 * ".", "..", then the entries; ctx->pos - 2 is the index of the next.
 * Copying to the user may sleep, and the list change meanwhile: find
 * each entry afresh.
 */
int proc_readdir_de(struct file *file, struct dir_context *ctx,
		    struct proc_dir_entry *de)
{
	struct proc_dir_entry *child;
	bool more;

	if (!dir_emit_dots(file, ctx))
		return 0;
	while ((child = pde_subdir_nth(de, ctx->pos - 2))) {
		pde_get(child);
		more = dir_emit(ctx, child->name, child->namelen,
				child->low_ino, child->mode >> 12);
		pde_put(child);
		if (!more)
			return 0;
		ctx->pos++;
	}
	return 1;
}

int proc_readdir(struct file *file, struct dir_context *ctx)
{
	return proc_readdir_de(file, ctx, PDE(file_inode(file)));
}

static const struct file_operations proc_dir_operations = {
	.llseek		= generic_file_llseek,
	.read		= generic_read_dir,
	.iterate_shared	= proc_readdir,
};

static const struct inode_operations proc_dir_inode_operations = {
	.lookup		= proc_lookup,
};

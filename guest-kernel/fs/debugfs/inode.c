// SPDX-License-Identifier: GPL-2.0
/*
 * debugfs: the filesystem. Its tree lives in the dcache of one
 * superblock, mounted inside the kernel at boot and shared by every
 * `mount -t debugfs`; files exist whether or not user space has mounted
 * it (at /sys/kernel/debug, an empty directory until then). Each file
 * keeps its creator's data in i_private and its creator's fops in the
 * dentry, behind a proxy that refuses them once the file is removed.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/errno.h>
#include <linux/debugfs.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/kobject.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/slab.h>
#include <linux/stat.h>
#include <linux/string.h>
#include <linux/sysfs.h>
#include "internal.h"

#define DEBUGFS_MAGIC		0x64626720
#define DEBUGFS_DEFAULT_MODE	0700

static struct vfsmount *debugfs_mount;
static bool debugfs_registered;

static struct inode *debugfs_get_inode(struct super_block *sb)
{
	struct inode *inode = new_inode(sb);

	if (inode) {
		inode->i_ino = get_next_ino();
		inode->i_atime = inode->i_mtime = inode->i_ctime =
			current_time(inode);
	}
	return inode;
}

static void debugfs_evict_inode(struct inode *inode)
{
	if (S_ISLNK(inode->i_mode))
		kfree(inode->i_link);
}

static const struct super_operations debugfs_super_operations = {
	.statfs		= simple_statfs,
	.evict_inode	= debugfs_evict_inode,
};

/* A file's fsdata goes with its dentry. */
static void debugfs_release_dentry(struct dentry *dentry)
{
	kfree(dentry->d_fsdata);
}

static const struct dentry_operations debugfs_dops = {
	.d_release	= debugfs_release_dentry,
};

static int debugfs_fill_super(struct super_block *sb, void *data, int silent)
{
	struct inode *root;

	sb->s_magic = DEBUGFS_MAGIC;
	sb->s_op = &debugfs_super_operations;
	sb->s_d_op = &debugfs_dops;
	sb->s_time_gran = 1;
	root = debugfs_get_inode(sb);
	if (!root)
		return -ENOMEM;
	root->i_mode = S_IFDIR | DEBUGFS_DEFAULT_MODE;
	root->i_op = &simple_dir_inode_operations;
	root->i_fop = &simple_dir_operations;
	set_nlink(root, 2);
	sb->s_root = d_make_root(root);
	return sb->s_root ? 0 : -ENOMEM;
}

static struct dentry *debugfs_mount_fs(struct file_system_type *fs_type,
				       int flags, const char *dev_name,
				       void *data)
{
	return mount_single(fs_type, flags, data, debugfs_fill_super);
}

static struct file_system_type debug_fs_type = {
	.name		= "debugfs",
	.mount		= debugfs_mount_fs,
	.kill_sb	= kill_litter_super,
};

/* The negative dentry name will take under parent (the root if NULL). */
static struct dentry *start_creating(const char *name, struct dentry *parent)
{
	struct dentry *dentry;

	if (!debugfs_registered)
		return ERR_PTR(-ENOENT);
	if (!parent)
		parent = debugfs_mount->mnt_root;
	if (IS_DEADDIR(d_inode(parent)))
		return ERR_PTR(-ENOENT);
	dentry = lookup_one_len(name, parent, strlen(name));
	if (!IS_ERR(dentry) && d_really_is_positive(dentry)) {
		if (d_is_dir(dentry))
			pr_err("debugfs: Directory '%s' with parent '%s' already present!\n",
			       name, parent->d_name.name);
		else
			pr_err("debugfs: File '%s' in directory '%s' already present!\n",
			       name, parent->d_name.name);
		dput(dentry);
		dentry = ERR_PTR(-EEXIST);
	}
	return dentry;
}

static struct dentry *failed_creating(struct dentry *dentry)
{
	dput(dentry);
	return ERR_PTR(-ENOMEM);
}

/* Instantiated and pinned: the file lives in the dcache until removed. */
static struct dentry *end_creating(struct dentry *dentry, struct inode *inode)
{
	d_instantiate(dentry, inode);
	return dentry;
}

static struct dentry *__debugfs_create_file(const char *name, umode_t mode,
				struct dentry *parent, void *data,
				const struct file_operations *real_fops,
				bool full)
{
	struct debugfs_fsdata *fsd;
	struct dentry *dentry;
	struct inode *inode;

	if (!(mode & S_IFMT))
		mode |= S_IFREG;
	BUG_ON(!S_ISREG(mode));
	dentry = start_creating(name, parent);
	if (IS_ERR(dentry))
		return dentry;
	fsd = kzalloc(sizeof(*fsd), GFP_KERNEL);
	inode = debugfs_get_inode(dentry->d_sb);
	if (!fsd || !inode) {
		pr_err("debugfs: out of free dentries, can not create file '%s'\n",
		       name);
		kfree(fsd);
		iput(inode);
		return failed_creating(dentry);
	}
	inode->i_mode = mode;
	inode->i_private = data;
	inode->i_fop = &debugfs_proxy_file_operations;
	fsd->real_fops = real_fops ?: &debugfs_noop_file_operations;
	fsd->full = full;
	dentry->d_fsdata = fsd;
	return end_creating(dentry, inode);
}

struct dentry *debugfs_create_file(const char *name, umode_t mode,
				   struct dentry *parent, void *data,
				   const struct file_operations *fops)
{
	return __debugfs_create_file(name, mode, parent, data, fops, true);
}
EXPORT_SYMBOL_GPL(debugfs_create_file);

/* For fops that guard against removal themselves (debugfs_file_get()). */
struct dentry *debugfs_create_file_unsafe(const char *name, umode_t mode,
					  struct dentry *parent, void *data,
					  const struct file_operations *fops)
{
	return __debugfs_create_file(name, mode, parent, data, fops, false);
}
EXPORT_SYMBOL_GPL(debugfs_create_file_unsafe);

void debugfs_create_file_size(const char *name, umode_t mode,
			      struct dentry *parent, void *data,
			      const struct file_operations *fops,
			      loff_t file_size)
{
	struct dentry *de = debugfs_create_file(name, mode, parent, data, fops);

	if (!IS_ERR(de))
		d_inode(de)->i_size = file_size;
}
EXPORT_SYMBOL_GPL(debugfs_create_file_size);

struct dentry *debugfs_create_dir(const char *name, struct dentry *parent)
{
	struct dentry *dentry = start_creating(name, parent);
	struct inode *inode;

	if (IS_ERR(dentry))
		return dentry;
	inode = debugfs_get_inode(dentry->d_sb);
	if (!inode) {
		pr_err("debugfs: out of free dentries, can not create directory '%s'\n",
		       name);
		return failed_creating(dentry);
	}
	inode->i_mode = S_IFDIR | S_IRWXU | S_IRUGO | S_IXUGO;
	inode->i_op = &simple_dir_inode_operations;
	inode->i_fop = &simple_dir_operations;
	inc_nlink(inode);	/* "." */
	inc_nlink(d_inode(dentry->d_parent));
	return end_creating(dentry, inode);
}
EXPORT_SYMBOL_GPL(debugfs_create_dir);

struct dentry *debugfs_create_symlink(const char *name, struct dentry *parent,
				      const char *target)
{
	char *link = kstrdup(target, GFP_KERNEL);
	struct dentry *dentry;
	struct inode *inode;

	if (!link)
		return ERR_PTR(-ENOMEM);
	dentry = start_creating(name, parent);
	if (IS_ERR(dentry)) {
		kfree(link);
		return dentry;
	}
	inode = debugfs_get_inode(dentry->d_sb);
	if (!inode) {
		pr_err("debugfs: out of free dentries, can not create symlink '%s'\n",
		       name);
		kfree(link);
		return failed_creating(dentry);
	}
	inode->i_mode = S_IFLNK | S_IRWXUGO;
	inode->i_op = &simple_symlink_inode_operations;
	inode->i_link = link;
	return end_creating(dentry, inode);
}
EXPORT_SYMBOL_GPL(debugfs_create_symlink);

/* The first positive child of dir, or NULL. */
static struct dentry *first_child(struct dentry *dir)
{
	struct dentry *child;

	list_for_each_entry(child, &dir->d_subdirs, d_child)
		if (d_really_is_positive(child) && !d_unhashed(child))
			return child;
	return NULL;
}

/* Unlink one childless entry; its open files see -EIO from now on. */
static void remove_one(struct dentry *dentry)
{
	struct inode *dir = d_inode(dentry->d_parent);
	struct inode *inode = d_inode(dentry);

	if (S_ISREG(inode->i_mode))
		__debugfs_file_removed(dentry);
	d_delete(dentry);
	if (d_is_dir(dentry)) {
		inode->i_flags |= S_DEAD;
		simple_rmdir(dir, dentry);	/* drops the pin */
	} else {
		simple_unlink(dir, dentry);
	}
}

/* Children first, deepest first, then dentry itself. */
void debugfs_remove(struct dentry *dentry)
{
	struct dentry *this, *child;

	if (IS_ERR_OR_NULL(dentry) || d_really_is_negative(dentry))
		return;
	this = dentry;
	for (;;) {
		child = d_is_dir(this) ? first_child(this) : NULL;
		if (child) {
			this = child;
			continue;
		}
		child = this;
		this = this->d_parent;
		remove_one(child);
		if (child == dentry)
			return;
	}
}
EXPORT_SYMBOL_GPL(debugfs_remove);

/* name under parent, with a reference the caller drops (dput), or NULL. */
struct dentry *debugfs_lookup(const char *name, struct dentry *parent)
{
	struct dentry *dentry;

	if (!debugfs_registered || IS_ERR_OR_NULL(name))
		return NULL;
	if (!parent)
		parent = debugfs_mount->mnt_root;
	dentry = lookup_one_len(name, parent, strlen(name));
	if (IS_ERR(dentry))
		return NULL;
	if (d_really_is_negative(dentry)) {
		dput(dentry);
		return NULL;
	}
	return dentry;
}
EXPORT_SYMBOL_GPL(debugfs_lookup);

void debugfs_lookup_and_remove(const char *name, struct dentry *parent)
{
	struct dentry *dentry = debugfs_lookup(name, parent);

	if (!dentry)
		return;
	debugfs_remove(dentry);
	dput(dentry);
}
EXPORT_SYMBOL_GPL(debugfs_lookup_and_remove);

bool debugfs_initialized(void)
{
	return debugfs_registered;
}
EXPORT_SYMBOL_GPL(debugfs_initialized);

/* /sys/kernel/debug, then the filesystem and the kernel's own mount of it. */
static int __init debugfs_init(void)
{
	int retval;

	retval = sysfs_create_mount_point(kernel_kobj, "debug");
	if (retval)
		return retval;
	retval = register_filesystem(&debug_fs_type);
	if (retval) {
		sysfs_remove_mount_point(kernel_kobj, "debug");
		return retval;
	}
	debugfs_mount = kern_mount(&debug_fs_type);
	if (IS_ERR(debugfs_mount))
		return PTR_ERR(debugfs_mount);
	debugfs_registered = true;
	return 0;
}
core_initcall(debugfs_init);

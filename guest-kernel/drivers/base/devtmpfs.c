// SPDX-License-Identifier: GPL-2.0
/*
 * devtmpfs: a ramfs instance holding a node for every device, made when
 * the device is (or, for devices made before us, when we start). Every
 * "mount -t devtmpfs" shows that same instance, kept alive by an
 * internal mount, as in Linux. Linux runs this from a kernel thread
 * chrooted into the instance; one CPU and no preemption let us make
 * the nodes directly.
 *
 * The instance is ramfs's (tmpfs-like: directory sizes, "inode64"):
 * ramfs's mount makes a superblock of whatever type it is given, so it
 * makes ours, named "devtmpfs".
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/mount.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "base.h"

#define DEVTMPFS_MODE	0755

static struct vfsmount *mnt;
static struct super_operations devtmpfs_sops;

/*
 * What Linux's shmem instance shows: tmpfs's defaults, half of RAM and
 * as many inodes as pages in it (counted now, as rootfs does).
 */
static int devtmpfs_show_options(struct seq_file *m, struct dentry *root)
{
	unsigned long max_blocks = totalram_pages() / 2;

	seq_printf(m, ",size=%luk,nr_inodes=%lu,mode=%03o",
		   max_blocks << (PAGE_SHIFT - 10), max_blocks, DEVTMPFS_MODE);
	/* CONFIG_TMPFS_INODE64 is 64-bit only */
	if (BITS_PER_LONG == 64)
		seq_puts(m, ",inode64");
	return 0;
}

/* Every mount but the first (ours) shows the instance the first made. */
static struct dentry *devtmpfs_mount(struct file_system_type *fs_type,
				     int flags, const char *dev_name,
				     void *data)
{
	struct file_system_type *ramfs = get_fs_type("ramfs");
	struct super_block *sb;
	struct dentry *root;

	if (mnt)
		return dget(mnt->mnt_root);
	if (!ramfs)
		return ERR_PTR(-ENODEV);
	root = ramfs->mount(fs_type, flags, dev_name, NULL);
	if (IS_ERR(root))
		return root;
	sb = root->d_sb;
	devtmpfs_sops = *sb->s_op;
	devtmpfs_sops.show_options = devtmpfs_show_options;
	sb->s_op = &devtmpfs_sops;
	d_inode(root)->i_mode = S_IFDIR | DEVTMPFS_MODE;
	return root;
}

static struct file_system_type dev_fs_type = {
	.name		= "devtmpfs",
	.mount		= devtmpfs_mount,
	.kill_sb	= kill_litter_super,	/* never: our mount stays */
};

/* Marks what devtmpfs made (i_private): only those does it remove. */
static int devtmpfs_marker;

/* The child name of dir, referenced (negative if absent). */
static struct dentry *dev_lookup(struct dentry *dir, const char *name,
				 size_t len)
{
	return lookup_one_len(name, dir, len);
}

/* The directory that holds path's last component, made as needed. */
static struct dentry *dev_parent(const char *path, const char **last)
{
	struct dentry *dir = dget(mnt->mnt_root), *d;
	const char *slash;
	int err;

	while ((slash = strchr(path, '/'))) {
		d = dev_lookup(dir, path, slash - path);
		if (IS_ERR(d))
			goto fail;
		if (d_really_is_negative(d)) {
			err = vfs_mkdir(&init_user_ns, d_inode(dir), d, 0755);
			if (err) {
				dput(d);
				d = ERR_PTR(err);
				goto fail;
			}
			d_inode(d)->i_private = &devtmpfs_marker;
		}
		dput(dir);
		dir = d;
		path = slash + 1;
	}
	*last = path;
	return dir;
fail:
	dput(dir);
	return d;
}

/* name's node, referenced (negative if absent), and its parent in *dirp. */
static struct dentry *dev_node(const char *nodename, struct dentry **dirp)
{
	struct dentry *dir, *dentry;
	const char *name = NULL;	/* set whenever dir is good; gcc can't tell */

	dir = dev_parent(nodename, &name);
	if (IS_ERR(dir))
		return dir;
	dentry = dev_lookup(dir, name, strlen(name));
	if (IS_ERR(dentry))
		dput(dir);
	else
		*dirp = dir;
	return dentry;
}

static int handle_create(const char *nodename, umode_t mode, kuid_t uid,
			 kgid_t gid, struct device *dev)
{
	struct dentry *dir, *dentry;
	int err;

	dentry = dev_node(nodename, &dir);
	if (IS_ERR(dentry))
		return PTR_ERR(dentry);
	err = -EEXIST;
	if (d_really_is_negative(dentry))
		err = vfs_mknod(&init_user_ns, d_inode(dir), dentry, mode,
				dev->devt);
	if (!err) {
		/* the mode without the umask, and owned as the device says */
		d_inode(dentry)->i_mode = mode;
		d_inode(dentry)->i_uid = uid;
		d_inode(dentry)->i_gid = gid;
		d_inode(dentry)->i_private = &devtmpfs_marker;
	}
	dput(dentry);
	dput(dir);
	return err;
}

/* The directories devtmpfs made for a node go when they are empty. */
static void delete_path(const char *nodepath)
{
	char *path = kstrdup(nodepath, GFP_KERNEL), *base;
	struct dentry *dir, *dentry;

	while (path && (base = strrchr(path, '/'))) {
		*base = '\0';
		dentry = dev_node(path, &dir);
		if (IS_ERR(dentry))
			break;
		if (d_really_is_negative(dentry) ||
		    d_inode(dentry)->i_private != &devtmpfs_marker ||
		    vfs_rmdir(&init_user_ns, d_inode(dir), dentry)) {
			dput(dentry);
			dput(dir);
			break;
		}
		dput(dentry);
		dput(dir);
	}
	kfree(path);
}

/* Only a node devtmpfs made, and still for this device, goes. */
static int handle_remove(const char *nodename, struct device *dev)
{
	struct dentry *dir, *dentry;
	int err;

	dentry = dev_node(nodename, &dir);
	if (IS_ERR(dentry))
		return PTR_ERR(dentry);
	err = -ENOENT;
	if (d_really_is_positive(dentry) &&
	    d_inode(dentry)->i_private == &devtmpfs_marker &&
	    d_inode(dentry)->i_rdev == dev->devt &&
	    S_ISCHR(d_inode(dentry)->i_mode))
		err = vfs_unlink(&init_user_ns, d_inode(dir), dentry, NULL);
	dput(dentry);
	dput(dir);
	if (!err && strchr(nodename, '/'))
		delete_path(nodename);
	return err;
}

int devtmpfs_create_node(struct device *dev)
{
	const char *tmp = NULL, *nodename;
	kuid_t uid = 0;
	kgid_t gid = 0;
	umode_t mode = 0;
	int err;

	if (!mnt)
		return 0;
	nodename = device_get_devnode(dev, &mode, &uid, &gid, &tmp);
	if (!nodename)
		return -ENOMEM;
	if (mode == 0)
		mode = 0600;
	err = handle_create(nodename, S_IFCHR | mode, uid, gid, dev);
	kfree(tmp);
	return err;
}

int devtmpfs_delete_node(struct device *dev)
{
	const char *tmp = NULL, *nodename;
	int err;

	if (!mnt)
		return 0;
	nodename = device_get_devnode(dev, NULL, NULL, NULL, &tmp);
	if (!nodename)
		return -ENOMEM;
	err = handle_remove(nodename, dev);
	kfree(tmp);
	return err;
}

/*
 * Registered right after proc, as Linux's driver_init() comes after
 * proc_root_init(). The instance is made, and filled, at late_initcall,
 * once ramfs is usable; devices made later get their node at once.
 */
static int __init devtmpfs_init(void)
{
	return register_filesystem(&dev_fs_type);
}
core_initcall(devtmpfs_init);

static int __init devtmpfs_setup(void)
{
	struct kobject *k;

	mnt = vfs_kern_mount(&dev_fs_type, 0, "devtmpfs", NULL);
	if (IS_ERR(mnt)) {
		pr_err("devtmpfs: unable to create devtmpfs %ld\n", PTR_ERR(mnt));
		mnt = NULL;
		return 0;
	}
	list_for_each_entry(k, &devices_kset->list, entry)
		if (k->ktype == &device_ktype && MAJOR(kobj_to_dev(k)->devt))
			devtmpfs_create_node(kobj_to_dev(k));
	pr_info("devtmpfs: initialized\n");
	return 0;
}
late_initcall(devtmpfs_setup);

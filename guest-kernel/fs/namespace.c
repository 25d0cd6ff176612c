// SPDX-License-Identifier: GPL-2.0
/*
 * The mount tree: rootfs at the bottom, filesystems mounted on its
 * directories with mount(2), taken off with umount(2). A mount is found
 * from its mountpoint (lookup_mnt); /proc/mounts walks mount_list.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/dcache.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include "mount.h"

LIST_HEAD(mount_list);
static int last_mnt_id;

struct vfsmount *mntget(struct vfsmount *mnt)
{
	if (mnt)
		real_mount(mnt)->mnt_count++;
	return mnt;
}

static void free_mount(struct mount *m)
{
	struct super_block *sb = m->mnt.mnt_sb;

	dput(m->mnt.mnt_root);
	deactivate_super(sb);
	kfree(m->mnt_devname);
	kfree(m);
}

void mntput(struct vfsmount *mnt)
{
	struct mount *m;

	if (!mnt)
		return;
	m = real_mount(mnt);
	if (--m->mnt_count == 0)
		free_mount(m);
}

void path_get(const struct path *path)
{
	mntget(path->mnt);
	dget(path->dentry);
}

void path_put(const struct path *path)
{
	dput(path->dentry);
	mntput(path->mnt);
}

int mnt_has_parent(struct mount *mnt)
{
	return mnt->mnt_parent != mnt;
}

/* The mount on top of path, or NULL (the last mounted wins). */
struct vfsmount *lookup_mnt(const struct path *path)
{
	struct mount *parent = real_mount(path->mnt), *m;

	list_for_each_entry_reverse(m, &mount_list, mnt_list)
		if (m->mnt_parent == parent && m->mnt_mountpoint == path->dentry &&
		    m != parent)
			return &m->mnt;
	return NULL;
}

static struct mount *alloc_vfsmnt(const char *name, struct dentry *root)
{
	struct mount *m = kzalloc(sizeof(*m), GFP_KERNEL);

	if (!m)
		return NULL;
	m->mnt_devname = kstrdup(name ? name : "none", GFP_KERNEL);
	m->mnt_count = 1;
	m->mnt_id = ++last_mnt_id;
	m->mnt.mnt_root = root;
	m->mnt.mnt_sb = root->d_sb;
	m->mnt_parent = m;
	m->mnt_mountpoint = root;
	INIT_LIST_HEAD(&m->mnt_list);
	root->d_sb->s_active++;
	return m;
}

struct vfsmount *vfs_kern_mount(struct file_system_type *type, int flags,
				const char *name, void *data)
{
	struct dentry *root;
	struct mount *m;

	if (!type)
		return ERR_PTR(-EINVAL);
	root = type->mount(type, flags, name, data);
	if (IS_ERR(root))
		return ERR_CAST(root);
	m = alloc_vfsmnt(name, root);
	if (!m) {
		dput(root);
		return ERR_PTR(-ENOMEM);
	}
	return &m->mnt;
}

struct vfsmount *kern_mount(struct file_system_type *type)
{
	struct vfsmount *mnt = vfs_kern_mount(type, SB_KERNMOUNT, type->name, NULL);

	if (!IS_ERR(mnt))
		mnt->mnt_flags |= MNT_INTERNAL;
	return mnt;
}

static void attach_mnt(struct mount *m, const struct path *where)
{
	m->mnt_parent = real_mount(mntget(where->mnt));
	m->mnt_mountpoint = dget(where->dentry);
	where->dentry->d_flags |= DCACHE_MOUNTED;
	list_add_tail(&m->mnt_list, &mount_list);
}

static bool still_mounted_on(struct dentry *dentry)
{
	struct mount *m;

	list_for_each_entry(m, &mount_list, mnt_list)
		if (m->mnt_mountpoint == dentry && mnt_has_parent(m))
			return true;
	return false;
}

static void detach_mnt(struct mount *m)
{
	struct mount *parent = m->mnt_parent;
	struct dentry *mp = m->mnt_mountpoint;

	list_del_init(&m->mnt_list);
	m->mnt_parent = m;
	m->mnt_mountpoint = m->mnt.mnt_root;
	if (!still_mounted_on(mp))
		mp->d_flags &= ~DCACHE_MOUNTED;
	dput(mp);
	mntput(&parent->mnt);
}

static int flags_to_mnt_flags(unsigned long flags)
{
	int mnt_flags = 0;

	if (flags & MS_NOSUID)
		mnt_flags |= MNT_NOSUID;
	if (flags & MS_NODEV)
		mnt_flags |= MNT_NODEV;
	if (flags & MS_NOEXEC)
		mnt_flags |= MNT_NOEXEC;
	if (flags & MS_NOATIME)
		mnt_flags |= MNT_NOATIME;
	if (flags & MS_NODIRATIME)
		mnt_flags |= MNT_NODIRATIME;
	if (!(flags & (MS_NOATIME | MS_STRICTATIME)))
		mnt_flags |= MNT_RELATIME;
	if (flags & MS_RDONLY)
		mnt_flags |= MNT_READONLY;
	if (flags & MS_NOSYMFOLLOW)
		mnt_flags |= MNT_NOSYMFOLLOW;
	return mnt_flags;
}

static int do_remount(struct path *path, unsigned long flags, int mnt_flags)
{
	struct super_block *sb = path->mnt->mnt_sb;

	if (path->dentry != path->mnt->mnt_root)
		return -EINVAL;
	if (flags & MS_BIND) {
		path->mnt->mnt_flags = mnt_flags;
		return 0;
	}
	if (flags & MS_RDONLY)
		sb->s_flags |= SB_RDONLY;
	else
		sb->s_flags &= ~SB_RDONLY;
	path->mnt->mnt_flags = (path->mnt->mnt_flags & MNT_INTERNAL) |
			       (mnt_flags & ~MNT_READONLY);
	return 0;
}

static int do_add_mount(struct mount *m, struct path *path, int mnt_flags)
{
	/* mounting a filesystem on its own root again */
	if (path->mnt->mnt_sb == m->mnt.mnt_sb &&
	    path->mnt->mnt_root == path->dentry)
		return -EBUSY;
	if (S_ISLNK(m->mnt.mnt_root->d_inode->i_mode))
		return -EINVAL;
	m->mnt.mnt_flags = mnt_flags & ~MNT_READONLY;
	attach_mnt(m, path);
	return 0;
}

static int do_new_mount(struct path *path, const char *fstype, int sb_flags,
			int mnt_flags, const char *name, void *data)
{
	struct file_system_type *type;
	struct vfsmount *mnt;
	int err;

	if (!fstype)
		return -EINVAL;
	type = get_fs_type(fstype);
	if (!type)
		return -ENODEV;
	if (type->fs_flags & FS_REQUIRES_DEV)
		return name && *name ? -ENOTBLK : -EINVAL;
	mnt = vfs_kern_mount(type, sb_flags, name, data);
	if (IS_ERR(mnt))
		return PTR_ERR(mnt);
	err = do_add_mount(real_mount(mnt), path, mnt_flags);
	if (err)
		mntput(mnt);
	return err;
}

static int do_loopback(struct path *path, const char *old_name)
{
	struct path old_path;
	struct mount *m;
	int err;

	if (!old_name || !*old_name)
		return -EINVAL;
	err = kern_path(old_name, LOOKUP_FOLLOW, &old_path);
	if (err)
		return err;
	m = alloc_vfsmnt(real_mount(old_path.mnt)->mnt_devname, dget(old_path.dentry));
	if (!m) {
		path_put(&old_path);
		return -ENOMEM;
	}
	m->mnt.mnt_flags = old_path.mnt->mnt_flags & ~MNT_INTERNAL;
	attach_mnt(m, path);
	path_put(&old_path);
	return 0;
}

int path_mount(const char *dev_name, struct path *path, const char *type_page,
	       unsigned long flags, void *data_page)
{
	int mnt_flags, sb_flags;

	if ((flags & MS_MGC_MSK) == MS_MGC_VAL)
		flags &= ~MS_MGC_MSK;
	if (data_page)
		((char *)data_page)[PAGE_SIZE - 1] = 0;
	mnt_flags = flags_to_mnt_flags(flags);
	sb_flags = flags & (SB_RDONLY | SB_SYNCHRONOUS | SB_MANDLOCK |
			    SB_DIRSYNC | SB_SILENT | SB_POSIXACL |
			    SB_LAZYTIME | SB_I_VERSION);

	if (flags & MS_REMOUNT)
		return do_remount(path, flags, mnt_flags);
	if (flags & MS_BIND)
		return do_loopback(path, dev_name);
	if (flags & (MS_SHARED | MS_PRIVATE | MS_SLAVE | MS_UNBINDABLE))
		return 0;	/* one namespace: propagation means nothing */
	if (flags & MS_MOVE)
		return -EINVAL;
	return do_new_mount(path, type_page, sb_flags, mnt_flags, dev_name,
			    data_page);
}

long do_mount(const char *dev_name, const char __user *dir_name,
	      const char *type_page, unsigned long flags, void *data_page)
{
	struct path path;
	int ret;

	ret = user_path_at(AT_FDCWD, dir_name, LOOKUP_FOLLOW, &path);
	if (ret)
		return ret;
	ret = path_mount(dev_name, &path, type_page, flags, data_page);
	path_put(&path);
	return ret;
}

int init_mount(const char *dev_name, const char *dir_name,
	       const char *type_page, unsigned long flags, void *data_page)
{
	struct path path;
	int ret;

	ret = kern_path(dir_name, LOOKUP_FOLLOW, &path);
	if (ret)
		return ret;
	ret = path_mount(dev_name, &path, type_page, flags, data_page);
	path_put(&path);
	return ret;
}

/* mount(2)'s data: up to a page, as much of it as is readable. */
void *copy_mount_options(const void __user *data)
{
	unsigned long size;
	char *copy;

	if (!data)
		return NULL;
	copy = kzalloc(PAGE_SIZE, GFP_KERNEL);
	if (!copy)
		return ERR_PTR(-ENOMEM);
	size = PAGE_SIZE - offset_in_page(data);
	if (copy_from_user(copy, data, size) == size) {
		kfree(copy);
		return ERR_PTR(-EFAULT);
	}
	if (size < PAGE_SIZE)
		copy_from_user(copy + size, (const char __user *)data + size,
			       PAGE_SIZE - size);
	return copy;
}

static int can_umount(const struct path *path, int flags)
{
	struct mount *m = real_mount(path->mnt), *c;

	if (path->dentry != path->mnt->mnt_root)
		return -EINVAL;
	if (!mnt_has_parent(m) || list_empty(&m->mnt_list))
		return -EINVAL;
	if (flags & MNT_DETACH)
		return 0;
	list_for_each_entry(c, &mount_list, mnt_list)
		if (c->mnt_parent == m && c != m)
			return -EBUSY;
	/* the tree's reference and the one our lookup took */
	if (m->mnt_count > 2)
		return -EBUSY;
	return 0;
}

long ksys_umount(char __user *name, int flags)
{
	struct path path;
	int err;

	if (flags & ~(MNT_FORCE | MNT_DETACH | MNT_EXPIRE | UMOUNT_NOFOLLOW))
		return -EINVAL;
	err = user_path_at(AT_FDCWD, name,
			   (flags & UMOUNT_NOFOLLOW) ? 0 : LOOKUP_FOLLOW, &path);
	if (err)
		return err;
	err = can_umount(&path, flags);
	if (!err) {
		struct mount *m = real_mount(path.mnt);

		detach_mnt(m);
		mntput(&m->mnt);	/* the tree's reference */
	}
	path_put(&path);
	return err;
}

SYSCALL_DEFINE2(umount, char __user *, name, int, flags)
{
	return ksys_umount(name, flags);
}

extern struct file_system_type rootfs_fs_type;
void shmem_init(void);

/* rootfs: the first mount, the root and cwd of init_task and so of PID 1. */
static void __init init_mount_tree(void)
{
	struct vfsmount *mnt;
	struct path root;

	mnt = vfs_kern_mount(&rootfs_fs_type, 0, "rootfs", NULL);
	if (IS_ERR(mnt))
		panic("Can't create rootfs");
	list_add_tail(&real_mount(mnt)->mnt_list, &mount_list);
	root.mnt = mnt;
	root.dentry = mnt->mnt_root;
	set_fs_pwd(current->fs, &root);
	set_fs_root(current->fs, &root);
}

/* mount(2): the strings and options copied in, then do_mount(). */
static char *copy_mount_string(const void __user *data)
{
	return data ? strndup_user(data, PATH_MAX) : NULL;
}

SYSCALL_DEFINE5(mount, char __user *, dev_name, char __user *, dir_name,
		char __user *, type, unsigned long, flags, void __user *, data)
{
	char *kernel_type, *kernel_dev;
	void *options;
	int ret;

	kernel_type = copy_mount_string(type);
	ret = PTR_ERR(kernel_type);
	if (IS_ERR(kernel_type))
		goto out_type;
	kernel_dev = copy_mount_string(dev_name);
	ret = PTR_ERR(kernel_dev);
	if (IS_ERR(kernel_dev))
		goto out_dev;
	options = copy_mount_options(data);
	ret = PTR_ERR(options);
	if (IS_ERR(options))
		goto out_data;

	ret = do_mount(kernel_dev, dir_name, kernel_type, flags, options);

	kfree(options);
out_data:
	kfree(kernel_dev);
out_dev:
	kfree(kernel_type);
out_type:
	return ret;
}

/* sysfs registers first of all filesystems (Linux's mnt_init() order). */
int __weak __init sysfs_init(void)
{
	return 0;
}

void __init mnt_init(void)
{
	int err = sysfs_init();

	if (err)
		printk(KERN_WARNING "%s: sysfs_init error: %d\n", __func__, err);
	shmem_init();
	init_mount_tree();
}

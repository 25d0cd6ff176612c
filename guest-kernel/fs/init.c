// SPDX-License-Identifier: GPL-2.0
/*
 * File operations for the kernel's own use during boot (unpacking the
 * initramfs, opening the console): kernel path strings, the caller's
 * root and working directory.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/init.h>
#include <linux/namei.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include "internal.h"

int init_chdir(const char *filename)
{
	return ksys_chdir(filename);
}

int init_chroot(const char *filename)
{
	struct path path;
	int error = kern_path(filename, LOOKUP_FOLLOW | LOOKUP_DIRECTORY, &path);

	if (error)
		return error;
	set_fs_root(current->fs, &path);
	path_put(&path);
	return 0;
}

int init_mkdir(const char *pathname, umode_t mode)
{
	struct path path;
	struct dentry *dentry = kern_path_create(AT_FDCWD, pathname, &path,
						 LOOKUP_DIRECTORY);
	int error;

	if (IS_ERR(dentry))
		return PTR_ERR(dentry);
	error = vfs_mkdir(&init_user_ns, path.dentry->d_inode, dentry,
			  mode & ~current_umask());
	done_path_create(&path, dentry);
	return error;
}

int init_mknod(const char *filename, umode_t mode, unsigned int dev)
{
	struct path path;
	struct dentry *dentry = kern_path_create(AT_FDCWD, filename, &path, 0);
	int error;

	if (IS_ERR(dentry))
		return PTR_ERR(dentry);
	error = vfs_mknod(&init_user_ns, path.dentry->d_inode, dentry,
			  mode & ~current_umask(), new_decode_dev(dev));
	done_path_create(&path, dentry);
	return error;
}

int init_symlink(const char *oldname, const char *newname)
{
	struct path path;
	struct dentry *dentry = kern_path_create(AT_FDCWD, newname, &path, 0);
	int error;

	if (IS_ERR(dentry))
		return PTR_ERR(dentry);
	error = vfs_symlink(&init_user_ns, path.dentry->d_inode, dentry, oldname);
	done_path_create(&path, dentry);
	return error;
}

int init_link(const char *oldname, const char *newname)
{
	struct path old_path, new_path;
	struct dentry *new_dentry;
	int error = kern_path(oldname, 0, &old_path);

	if (error)
		return error;
	new_dentry = kern_path_create(AT_FDCWD, newname, &new_path, 0);
	error = PTR_ERR(new_dentry);
	if (!IS_ERR(new_dentry)) {
		error = -EXDEV;
		if (old_path.mnt == new_path.mnt)
			error = vfs_link(old_path.dentry, &init_user_ns,
					 new_path.dentry->d_inode, new_dentry,
					 NULL);
		done_path_create(&new_path, new_dentry);
	}
	path_put(&old_path);
	return error;
}

static int change_attr(const char *filename, unsigned int lookup, struct iattr *attr)
{
	struct path path;
	int error = kern_path(filename, lookup, &path);

	if (error)
		return error;
	error = notify_change(path.dentry, attr);
	path_put(&path);
	return error;
}

int init_chown(const char *filename, uid_t user, gid_t group, int flags)
{
	struct iattr attr = {
		.ia_valid = ATTR_UID | ATTR_GID | ATTR_CTIME,
		.ia_uid = user,
		.ia_gid = group,
	};

	return change_attr(filename, flags & AT_SYMLINK_NOFOLLOW ? 0 :
			   LOOKUP_FOLLOW, &attr);
}

int init_chmod(const char *filename, umode_t mode)
{
	struct iattr attr = {
		.ia_valid = ATTR_MODE | ATTR_CTIME,
		.ia_mode = mode,
	};

	return change_attr(filename, LOOKUP_FOLLOW, &attr);
}

int init_utimes(const char *filename, struct timespec64 *ts)
{
	struct iattr attr = {
		.ia_valid = ATTR_ATIME | ATTR_MTIME | ATTR_ATIME_SET |
			    ATTR_MTIME_SET | ATTR_CTIME,
		.ia_atime = ts[0],
		.ia_mtime = ts[1],
	};

	return change_attr(filename, 0, &attr);
}

int init_eaccess(const char *filename)
{
	struct path path;
	int error = kern_path(filename, LOOKUP_FOLLOW, &path);

	if (error)
		return error;
	error = inode_permission(&init_user_ns, d_inode(path.dentry), MAY_EXEC);
	path_put(&path);
	return error;
}

int init_stat(const char *filename, struct kstat *stat, int flags)
{
	struct path path;
	int error = kern_path(filename, flags & AT_SYMLINK_NOFOLLOW ? 0 :
			      LOOKUP_FOLLOW, &path);

	if (error)
		return error;
	error = vfs_getattr(&path, stat, 0x7ff, 0);
	path_put(&path);
	return error;
}

static int remove_name(const char *name, bool dir)
{
	char *slash = strrchr(name, '/');
	struct path parent;
	struct dentry *dentry;
	int error;

	if (slash) {
		char dirname[PATH_MAX];

		if (slash - name >= PATH_MAX)
			return -ENAMETOOLONG;
		memcpy(dirname, name, slash - name);
		dirname[slash - name] = '\0';
		error = kern_path(slash == name ? "/" : dirname, LOOKUP_FOLLOW,
				  &parent);
		name = slash + 1;
	} else {
		get_fs_pwd(current->fs, &parent);
		error = 0;
	}
	if (error)
		return error;
	dentry = lookup_one_len(name, parent.dentry, strlen(name));
	error = PTR_ERR(dentry);
	if (!IS_ERR(dentry)) {
		error = -ENOENT;
		if (d_is_positive(dentry))
			error = dir ? vfs_rmdir(&init_user_ns, parent.dentry->d_inode,
						dentry) :
				      vfs_unlink(&init_user_ns, parent.dentry->d_inode,
						 dentry, NULL);
		dput(dentry);
	}
	path_put(&parent);
	return error;
}

int init_unlink(const char *pathname)
{
	return remove_name(pathname, false);
}

int init_rmdir(const char *pathname)
{
	return remove_name(pathname, true);
}

int init_dup(struct file *file)
{
	int fd = get_unused_fd_flags(0);

	if (fd < 0)
		return fd;
	fd_install(fd, get_file(file));
	return 0;
}

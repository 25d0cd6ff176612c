// SPDX-License-Identifier: GPL-2.0
/* Paths from dentries: "/proc/self/exe" names, /proc/mounts, getcwd(). */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/dcache.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/mount.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include "mount.h"

/* Prepend name to the string that ends at *end (building right to left). */
static int prepend(char **buffer, int *buflen, const char *str, int namelen)
{
	*buflen -= namelen;
	if (*buflen < 0)
		return -ENAMETOOLONG;
	*buffer -= namelen;
	memcpy(*buffer, str, namelen);
	return 0;
}

/*
 * The path from root to path, at the end of buf. Unreachable from root
 * (another tree): the path from its own root. Unhashed (deleted) paths
 * get " (deleted)" as Linux writes it.
 */
static int prepend_path(const struct path *path, const struct path *root,
			char **buffer, int *buflen)
{
	struct dentry *dentry = path->dentry;
	struct mount *mnt = real_mount(path->mnt);
	bool slash = false;

	while (dentry != root->dentry || &mnt->mnt != root->mnt) {
		if (dentry == mnt->mnt.mnt_root || IS_ROOT(dentry)) {
			if (mnt_has_parent(mnt) && dentry == mnt->mnt.mnt_root) {
				dentry = mnt->mnt_mountpoint;
				mnt = mnt->mnt_parent;
				continue;
			}
			break;
		}
		if (prepend(buffer, buflen, (const char *)dentry->d_name.name,
			    dentry->d_name.len) ||
		    prepend(buffer, buflen, "/", 1))
			return -ENAMETOOLONG;
		slash = true;
		dentry = dentry->d_parent;
	}
	if (!slash && prepend(buffer, buflen, "/", 1))
		return -ENAMETOOLONG;
	return 0;
}

char *d_path(const struct path *path, char *buf, int buflen)
{
	char *res = buf + buflen;
	struct path root;
	int error;

	if (path->dentry->d_op && path->dentry->d_op->d_dname)
		return path->dentry->d_op->d_dname(path->dentry, buf, buflen);
	if (buflen < 1)
		return ERR_PTR(-ENAMETOOLONG);
	get_fs_root(current->fs, &root);
	prepend(&res, &buflen, "", 1);
	if (d_unhashed(path->dentry) && !IS_ROOT(path->dentry) &&
	    prepend(&res, &buflen, " (deleted)", 10)) {
		path_put(&root);
		return ERR_PTR(-ENAMETOOLONG);
	}
	error = prepend_path(path, &root, &res, &buflen);
	path_put(&root);
	if (error)
		return ERR_PTR(error);
	return res;
}

/* The path of dentry inside its own filesystem. */
char *dentry_path_raw(const struct dentry *dentry, char *buf, int buflen)
{
	char *end = buf + buflen;

	if (prepend(&end, &buflen, "", 1))
		return ERR_PTR(-ENAMETOOLONG);
	if (IS_ROOT(dentry) && prepend(&end, &buflen, "/", 1))
		return ERR_PTR(-ENAMETOOLONG);
	while (!IS_ROOT(dentry)) {
		if (prepend(&end, &buflen, (const char *)dentry->d_name.name,
			    dentry->d_name.len) ||
		    prepend(&end, &buflen, "/", 1))
			return ERR_PTR(-ENAMETOOLONG);
		dentry = dentry->d_parent;
	}
	return end;
}

/* For ->d_dname: format a name like "pipe:[1234]" at the end of buffer. */
char *dynamic_dname(char *buffer, int buflen, const char *fmt, ...)
{
	va_list args;
	char temp[64];
	int sz;

	va_start(args, fmt);
	sz = vsnprintf(temp, sizeof(temp), fmt, args) + 1;
	va_end(args);
	if (sz > sizeof(temp) || sz > buflen)
		return ERR_PTR(-ENAMETOOLONG);
	buffer += buflen - sz;
	return memcpy(buffer, temp, sz);
}

SYSCALL_DEFINE2(getcwd, char __user *, buf, unsigned long, size)
{
	char *page = (char *)__get_free_page(GFP_KERNEL);
	struct path pwd, root;
	char *cwd;
	int len, buflen = PAGE_SIZE;
	long error;

	if (!page)
		return -ENOMEM;
	get_fs_root(current->fs, &root);
	get_fs_pwd(current->fs, &pwd);
	cwd = page + buflen;
	prepend(&cwd, &buflen, "", 1);
	error = -ENOENT;
	if (d_unhashed(pwd.dentry) && !IS_ROOT(pwd.dentry))
		goto out;
	error = prepend_path(&pwd, &root, &cwd, &buflen);
	if (error)
		goto out;
	len = PAGE_SIZE + page - cwd;
	error = -ERANGE;
	if (len <= size) {
		error = len;
		if (copy_to_user(buf, cwd, len))
			error = -EFAULT;
	}
out:
	path_put(&pwd);
	path_put(&root);
	free_page((unsigned long)page);
	return error;
}

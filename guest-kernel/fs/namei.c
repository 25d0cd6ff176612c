// SPDX-License-Identifier: GPL-2.0
/*
 * Path names: the walk from the root or a directory to a dentry, one
 * component at a time, through "." and "..", mount points and symbolic
 * links (at most 40 links per walk, ELOOP after); and the system calls
 * that create and remove names.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/dcache.h>
#include <linux/fdtable.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include "mount.h"
#include "internal.h"

struct nameidata {
	struct path path;	/* where the walk is (referenced) */
	struct path root;	/* "/" for this walk (referenced) */
	struct qstr last;	/* the final component */
	int last_type;
	unsigned int flags;
	int total_link_count;
	bool jumped;		/* a magic link moved us (nd_jump_link) */
};

static struct nameidata *current_nd;

/* Copy a path name from user space: -ENAMETOOLONG, -ENOENT if empty. */
char *getname_flags(const char __user *filename, int flags)
{
	char *kname = kmalloc(PATH_MAX, GFP_KERNEL);
	long len;

	if (!kname)
		return ERR_PTR(-ENOMEM);
	len = strncpy_from_user(kname, filename, PATH_MAX);
	if (len < 0) {
		kfree(kname);
		return ERR_PTR(len);
	}
	if (len == PATH_MAX) {
		kfree(kname);
		return ERR_PTR(-ENAMETOOLONG);
	}
	if (!len && !(flags & LOOKUP_EMPTY)) {
		kfree(kname);
		return ERR_PTR(-ENOENT);
	}
	return kname;
}

char *getname(const char __user *filename)
{
	return getname_flags(filename, 0);
}

void putname(const char *name)
{
	kfree(name);
}

static void follow_mounts(struct path *path)
{
	while (d_mountpoint(path->dentry)) {
		struct vfsmount *mnt = lookup_mnt(path);
		struct path next;

		if (!mnt)
			break;
		next.mnt = mntget(mnt);
		next.dentry = dget(mnt->mnt_root);
		path_put(path);
		*path = next;
	}
}

int follow_down_one(struct path *path)
{
	struct vfsmount *mnt = lookup_mnt(path);

	if (!mnt)
		return 0;
	path_put(path);
	path->mnt = mntget(mnt);
	path->dentry = dget(mnt->mnt_root);
	return 1;
}

int follow_up(struct path *path)
{
	struct mount *m = real_mount(path->mnt);
	struct path up;

	if (!mnt_has_parent(m))
		return 0;
	up.mnt = mntget(&m->mnt_parent->mnt);
	up.dentry = dget(m->mnt_mountpoint);
	path_put(path);
	*path = up;
	return 1;
}

static void follow_dotdot(struct nameidata *nd)
{
	for (;;) {
		struct dentry *parent;

		if (path_equal(&nd->path, &nd->root))
			return;
		if (nd->path.dentry != nd->path.mnt->mnt_root) {
			parent = dget(nd->path.dentry->d_parent);
			dput(nd->path.dentry);
			nd->path.dentry = parent;
			break;
		}
		if (!follow_up(&nd->path))
			return;
	}
	follow_mounts(&nd->path);
}

/* The child name of dir: cached, or from the filesystem; may be negative. */
static struct dentry *lookup_one_qstr(struct dentry *dir, struct qstr *name,
				      unsigned int flags)
{
	struct inode *inode = dir->d_inode;
	struct dentry *dentry = d_lookup(dir, name), *old;

	if (dentry && dentry->d_op && dentry->d_op->d_revalidate &&
	    dentry->d_op->d_revalidate(dentry, flags) <= 0) {
		d_invalidate(dentry);
		dput(dentry);
		dentry = NULL;
	}
	if (dentry)
		return dentry;
	if (!inode || !inode->i_op || !inode->i_op->lookup)
		return ERR_PTR(-ENOTDIR);
	dentry = d_alloc(dir, name);
	if (!dentry)
		return ERR_PTR(-ENOMEM);
	old = inode->i_op->lookup(inode, dentry, flags);
	if (IS_ERR(old)) {
		dput(dentry);
		return old;
	}
	if (old) {
		dput(dentry);
		dentry = old;
	}
	return dentry;
}

struct dentry *lookup_one_len(const char *name, struct dentry *base, int len)
{
	struct qstr this = QSTR_INIT(name, len);

	if (!len || len > NAME_MAX)
		return ERR_PTR(len ? -ENAMETOOLONG : -EACCES);
	return lookup_one_qstr(base, &this, 0);
}

struct dentry *try_lookup_one_len(const char *name, struct dentry *base, int len)
{
	struct qstr this = QSTR_INIT(name, len);

	return d_lookup(base, &this);
}

static int walk_body(struct nameidata *nd, const char *name, bool follow_last);

/*
 * nd->path is the directory holding the symlink link: continue the
 * walk with its body (or where a magic link points).
 */
/*
 * The text of the symlink at link, to walk from nd->path (moved to the
 * root for "/..."): NULL in *bodyp if a magic link jumped instead.
 * With a body, the caller releases it with do_delayed_call(done).
 */
static int get_link_body(struct nameidata *nd, struct path *link,
			 struct delayed_call *done, const char **bodyp)
{
	struct inode *inode = link->dentry->d_inode;
	struct nameidata *saved = current_nd;
	const char *body;

	if (++nd->total_link_count >= MAXSYMLINKS)
		return -ELOOP;
	if (link->mnt->mnt_flags & MNT_NOSYMFOLLOW)
		return -ELOOP;
	if (!inode->i_op->get_link)
		return -EINVAL;
	nd->jumped = false;
	current_nd = nd;
	body = inode->i_op->get_link(link->dentry, inode, done);
	current_nd = saved;
	if (IS_ERR(body))
		return PTR_ERR(body);
	*bodyp = NULL;
	if (nd->jumped) {
		nd->jumped = false;
		do_delayed_call(done);
		return 0;
	}
	if (!body || !*body) {
		do_delayed_call(done);
		return -ENOENT;
	}
	if (*body == '/') {
		path_put(&nd->path);
		nd->path = nd->root;
		path_get(&nd->path);
	}
	*bodyp = body;
	return 0;
}

static int follow_link(struct nameidata *nd, struct path *link)
{
	DEFINE_DELAYED_CALL(done);
	const char *body;
	int err;

	err = get_link_body(nd, link, &done, &body);
	if (err || !body)
		return err;
	err = walk_body(nd, body, true);
	do_delayed_call(&done);
	return err;
}

/* A magic link's target (/proc/self/exe): the walk continues from there. */
void nd_jump_link(const struct path *path)
{
	struct nameidata *nd = current_nd;

	if (!nd)
		return;
	path_put(&nd->path);
	nd->path = *path;
	nd->jumped = true;
}

static int may_lookup(struct nameidata *nd)
{
	struct inode *inode = nd->path.dentry->d_inode;

	if (!inode || !S_ISDIR(inode->i_mode))
		return -ENOTDIR;
	return inode_permission(&init_user_ns, inode, MAY_EXEC);
}

/* Step into one component; follow a symlink there if asked. */
static int walk_component(struct nameidata *nd, struct qstr *name, int type,
			  bool follow)
{
	struct path next;
	struct dentry *dentry;
	int err;

	err = may_lookup(nd);
	if (err)
		return err;
	if (type == LAST_DOT)
		return 0;
	if (type == LAST_DOTDOT) {
		follow_dotdot(nd);
		return 0;
	}
	dentry = lookup_one_qstr(nd->path.dentry, name, nd->flags);
	if (IS_ERR(dentry))
		return PTR_ERR(dentry);
	if (d_is_negative(dentry)) {
		dput(dentry);
		return -ENOENT;
	}
	next.mnt = mntget(nd->path.mnt);
	next.dentry = dentry;
	follow_mounts(&next);
	if (follow && d_is_symlink(next.dentry)) {
		err = follow_link(nd, &next);
		path_put(&next);
		return err;
	}
	path_put(&nd->path);
	nd->path = next;
	return 0;
}

static int component_type(const char *name, int len)
{
	if (len == 1 && name[0] == '.')
		return LAST_DOT;
	if (len == 2 && name[0] == '.' && name[1] == '.')
		return LAST_DOTDOT;
	return LAST_NORM;
}

/*
 * Walk all but the last component of name from nd->path; leave the last
 * in nd->last (LAST_ROOT if there is none: "/" or "dir/").
 */
static int link_path_walk(const char *name, struct nameidata *nd)
{
	for (;;) {
		const char *end;
		int len, err;

		while (*name == '/')
			name++;
		if (!*name) {
			nd->last_type = LAST_ROOT;
			return 0;
		}
		end = strchrnul(name, '/');
		len = end - name;
		if (len > NAME_MAX)
			return -ENAMETOOLONG;
		nd->last.name = (const unsigned char *)name;
		nd->last.len = len;
		nd->last_type = component_type(name, len);
		while (*end == '/')
			end++;
		if (!*end) {
			/* a trailing slash: the last must be a directory */
			if (name[len] == '/')
				nd->flags |= LOOKUP_DIRECTORY | LOOKUP_FOLLOW;
			return 0;
		}
		err = walk_component(nd, &nd->last, nd->last_type, true);
		if (err)
			return err;
		if (!d_is_dir(nd->path.dentry))
			return -ENOTDIR;
		name = end;
	}
}

/* The whole of name (a link body, or a path): the result in nd->path. */
static int walk_body(struct nameidata *nd, const char *name, bool follow_last)
{
	unsigned int saved_flags = nd->flags;
	struct qstr last;
	int err, type;

	nd->flags &= ~LOOKUP_DIRECTORY;
	err = link_path_walk(name, nd);
	if (err)
		goto out;
	last = nd->last;
	type = nd->last_type;
	if (type != LAST_ROOT)
		err = walk_component(nd, &last, type, follow_last ||
				     (nd->flags & LOOKUP_FOLLOW));
	if (!err && (nd->flags & LOOKUP_DIRECTORY) && !d_is_dir(nd->path.dentry))
		err = -ENOTDIR;
out:
	nd->flags = saved_flags | (nd->flags & LOOKUP_DIRECTORY);
	return err;
}

static int path_init(struct nameidata *nd, int dfd, const char *name,
		     unsigned int flags)
{
	memset(nd, 0, sizeof(*nd));
	nd->flags = flags;
	get_fs_root(current->fs, &nd->root);
	if (*name == '/') {
		nd->path = nd->root;
		path_get(&nd->path);
		return 0;
	}
	if (dfd == AT_FDCWD) {
		get_fs_pwd(current->fs, &nd->path);
		return 0;
	}
	{
		struct file *f = fget_raw(dfd);

		if (!f) {
			path_put(&nd->root);
			return -EBADF;
		}
		if (*name && !d_is_dir(f->f_path.dentry)) {
			fput(f);
			path_put(&nd->root);
			return -ENOTDIR;
		}
		nd->path = f->f_path;
		path_get(&nd->path);
		fput(f);
	}
	return 0;
}

static void terminate_walk(struct nameidata *nd)
{
	path_put(&nd->path);
	path_put(&nd->root);
}

/* Look up name completely; the result is referenced in *path. */
int filename_lookup(int dfd, const char *name, unsigned int flags,
		    struct path *path)
{
	struct nameidata nd;
	int err;

	err = path_init(&nd, dfd, name, flags);
	if (err)
		return err;
	if (!*name) {
		if (!(flags & LOOKUP_EMPTY)) {
			terminate_walk(&nd);
			return -ENOENT;
		}
		*path = nd.path;
		path_put(&nd.root);
		return 0;
	}
	err = walk_body(&nd, name, flags & LOOKUP_FOLLOW);
	if (err) {
		terminate_walk(&nd);
		return err;
	}
	*path = nd.path;
	path_put(&nd.root);
	return 0;
}

/* The directory holding name's last component, which goes to *last. */
static int filename_parentat(int dfd, const char *name, unsigned int flags,
			     struct path *parent, struct qstr *last, int *type)
{
	struct nameidata nd;
	int err;

	err = path_init(&nd, dfd, name, flags);
	if (err)
		return err;
	err = link_path_walk(name, &nd);
	if (!err && !d_is_dir(nd.path.dentry))
		err = -ENOTDIR;
	if (err) {
		terminate_walk(&nd);
		return err;
	}
	*parent = nd.path;
	*last = nd.last;
	*type = nd.last_type;
	if (nd.flags & LOOKUP_DIRECTORY)
		*type |= 0x100;		/* had a trailing slash */
	path_put(&nd.root);
	return 0;
}

#define LAST_SLASH	0x100

int kern_path(const char *name, unsigned int flags, struct path *path)
{
	return filename_lookup(AT_FDCWD, name, flags, path);
}

int user_path_at_empty(int dfd, const char __user *name, unsigned int flags,
		       struct path *path, int *empty)
{
	char *kname = getname_flags(name, flags);
	int err;

	if (IS_ERR(kname))
		return PTR_ERR(kname);
	if (empty)
		*empty = !*kname;
	err = filename_lookup(dfd, kname, flags, path);
	putname(kname);
	return err;
}

int user_path_at(int dfd, const char __user *name, unsigned int flags,
		 struct path *path)
{
	return user_path_at_empty(dfd, name, flags, path, NULL);
}

/* For creating name: its parent and a negative dentry for the last part. */
static struct dentry *filename_create(int dfd, const char *name,
				      struct path *path, bool is_dir)
{
	struct qstr last;
	struct dentry *dentry;
	int type, err;

	err = filename_parentat(dfd, name, 0, path, &last, &type);
	if (err)
		return ERR_PTR(err);
	if ((type & ~LAST_SLASH) != LAST_NORM) {
		path_put(path);
		return ERR_PTR(-EEXIST);
	}
	if (path->mnt->mnt_sb->s_flags & SB_RDONLY) {
		path_put(path);
		return ERR_PTR(-EROFS);
	}
	dentry = lookup_one_qstr(path->dentry, &last, LOOKUP_CREATE | LOOKUP_EXCL);
	if (IS_ERR(dentry))
		goto fail;
	if (d_is_positive(dentry)) {
		dput(dentry);
		dentry = ERR_PTR(-EEXIST);
		goto fail;
	}
	if ((type & LAST_SLASH) && !is_dir) {
		dput(dentry);
		dentry = ERR_PTR(-ENOENT);
		goto fail;
	}
	return dentry;
fail:
	path_put(path);
	return dentry;
}

struct dentry *kern_path_create(int dfd, const char *pathname,
				struct path *path, unsigned int lookup_flags)
{
	return filename_create(dfd, pathname, path,
			       lookup_flags & LOOKUP_DIRECTORY);
}

void done_path_create(struct path *path, struct dentry *dentry)
{
	dput(dentry);
	path_put(path);
}

static int may_create_in(struct inode *dir)
{
	return inode_permission(&init_user_ns, dir, MAY_WRITE | MAY_EXEC);
}

int vfs_create(struct user_namespace *ns, struct inode *dir,
	       struct dentry *dentry, umode_t mode, bool want_excl)
{
	int err = may_create_in(dir);

	if (err)
		return err;
	if (!dir->i_op->create)
		return -EACCES;
	return dir->i_op->create(ns, dir, dentry, (mode & S_IALLUGO) | S_IFREG,
				 want_excl);
}

int vfs_mkdir(struct user_namespace *ns, struct inode *dir,
	      struct dentry *dentry, umode_t mode)
{
	int err = may_create_in(dir);

	if (err)
		return err;
	if (!dir->i_op->mkdir)
		return -EPERM;
	return dir->i_op->mkdir(ns, dir, dentry, mode & (S_IRWXUGO | S_ISVTX));
}

int vfs_mknod(struct user_namespace *ns, struct inode *dir,
	      struct dentry *dentry, umode_t mode, dev_t dev)
{
	int err = may_create_in(dir);

	if (err)
		return err;
	if (!dir->i_op->mknod)
		return -EPERM;
	return dir->i_op->mknod(ns, dir, dentry, mode, dev);
}

int vfs_symlink(struct user_namespace *ns, struct inode *dir,
		struct dentry *dentry, const char *oldname)
{
	int err = may_create_in(dir);

	if (err)
		return err;
	if (!dir->i_op->symlink)
		return -EPERM;
	return dir->i_op->symlink(ns, dir, dentry, oldname);
}

static bool is_local_mountpoint(struct dentry *dentry)
{
	return d_mountpoint(dentry);
}

/* unlink and rmdir differ only in the kind of victim and the op. */
static int vfs_remove(struct inode *dir, struct dentry *dentry, bool isdir)
{
	int (*op)(struct inode *, struct dentry *);
	int err = may_create_in(dir);

	if (err)
		return err;
	if (d_is_dir(dentry) != isdir)
		return isdir ? -ENOTDIR : -EISDIR;
	op = isdir ? dir->i_op->rmdir : dir->i_op->unlink;
	if (!op)
		return -EPERM;
	if (is_local_mountpoint(dentry))
		return -EBUSY;
	err = op(dir, dentry);
	if (!err)
		d_delete(dentry);
	return err;
}

int vfs_unlink(struct user_namespace *ns, struct inode *dir,
	       struct dentry *dentry, struct inode **delegated)
{
	return vfs_remove(dir, dentry, false);
}

int vfs_rmdir(struct user_namespace *ns, struct inode *dir,
	      struct dentry *dentry)
{
	return vfs_remove(dir, dentry, true);
}

int vfs_link(struct dentry *old_dentry, struct user_namespace *ns,
	     struct inode *dir, struct dentry *new_dentry,
	     struct inode **delegated)
{
	int err = may_create_in(dir);

	if (err)
		return err;
	if (d_is_dir(old_dentry))
		return -EPERM;
	if (!dir->i_op->link)
		return -EPERM;
	return dir->i_op->link(old_dentry, dir, new_dentry);
}

static long do_mknodat(int dfd, const char __user *filename, umode_t mode,
		       unsigned int dev)
{
	struct path path;
	struct dentry *dentry;
	char *name;
	long err;

	switch (mode & S_IFMT) {
	case 0:
		mode |= S_IFREG;
		break;
	case S_IFREG: case S_IFCHR: case S_IFBLK: case S_IFIFO: case S_IFSOCK:
		break;
	case S_IFDIR:
		return -EPERM;
	default:
		return -EINVAL;
	}
	name = getname(filename);
	if (IS_ERR(name))
		return PTR_ERR(name);
	dentry = filename_create(dfd, name, &path, false);
	err = PTR_ERR(dentry);
	if (IS_ERR(dentry))
		goto out;
	mode &= ~current_umask();
	if (S_ISREG(mode))
		err = vfs_create(&init_user_ns, path.dentry->d_inode, dentry, mode, true);
	else
		err = vfs_mknod(&init_user_ns, path.dentry->d_inode, dentry, mode,
				new_decode_dev(dev));
	done_path_create(&path, dentry);
out:
	putname(name);
	return err;
}

SYSCALL_DEFINE4(mknodat, int, dfd, const char __user *, filename, umode_t, mode,
		unsigned int, dev)
{
	return do_mknodat(dfd, filename, mode, dev);
}

SYSCALL_DEFINE3(mkdirat, int, dfd, const char __user *, pathname, umode_t, mode)
{
	struct path path;
	struct dentry *dentry;
	char *name = getname(pathname);
	long err;

	if (IS_ERR(name))
		return PTR_ERR(name);
	dentry = filename_create(dfd, name, &path, true);
	err = PTR_ERR(dentry);
	if (!IS_ERR(dentry)) {
		err = vfs_mkdir(&init_user_ns, path.dentry->d_inode, dentry,
				mode & ~current_umask());
		done_path_create(&path, dentry);
	}
	putname(name);
	return err;
}

/* The existing child for unlink/rmdir/rename: -ENOENT if absent. */
static struct dentry *lookup_existing(struct path *parent, struct qstr *last)
{
	struct dentry *dentry = lookup_one_qstr(parent->dentry, last, 0);

	if (!IS_ERR(dentry) && d_is_negative(dentry)) {
		dput(dentry);
		dentry = ERR_PTR(-ENOENT);
	}
	return dentry;
}

/* Why a "." / ".." / "/" last component cannot be removed. */
static int remove_last_type_err(int type, bool rmdir)
{
	if (!rmdir)
		return -EISDIR;
	switch (type) {
	case LAST_DOTDOT:
		return -ENOTEMPTY;
	case LAST_DOT:
		return -EINVAL;
	default:
		return -EBUSY;
	}
}

/* unlink/rmdir: the parent (referenced) and the existing child. */
static struct dentry *lookup_for_remove(int dfd, const char *name, bool rmdir,
					struct path *path, int *type)
{
	struct qstr last;
	struct dentry *dentry;
	int err;

	err = filename_parentat(dfd, name, 0, path, &last, type);
	if (err)
		return ERR_PTR(err);
	if ((*type & ~LAST_SLASH) != LAST_NORM)
		err = remove_last_type_err(*type & ~LAST_SLASH, rmdir);
	else if (path->mnt->mnt_sb->s_flags & SB_RDONLY)
		err = -EROFS;
	if (err) {
		path_put(path);
		return ERR_PTR(err);
	}
	dentry = lookup_existing(path, &last);
	if (IS_ERR(dentry))
		path_put(path);
	return dentry;
}

static long do_remove(int dfd, const char *name, bool rmdir)
{
	struct path path;
	struct dentry *dentry;
	int type;
	long err;

	dentry = lookup_for_remove(dfd, name, rmdir, &path, &type);
	if (IS_ERR(dentry))
		return PTR_ERR(dentry);
	if (rmdir)
		err = vfs_rmdir(&init_user_ns, path.dentry->d_inode, dentry);
	else if (type & LAST_SLASH)
		err = d_is_dir(dentry) ? -EISDIR : -ENOTDIR;
	else
		err = vfs_unlink(&init_user_ns, path.dentry->d_inode, dentry, NULL);
	dput(dentry);
	path_put(&path);
	return err;
}

SYSCALL_DEFINE3(unlinkat, int, dfd, const char __user *, pathname, int, flag)
{
	char *name;
	long err;

	if ((flag & ~AT_REMOVEDIR) != 0)
		return -EINVAL;
	name = getname(pathname);
	if (IS_ERR(name))
		return PTR_ERR(name);
	err = do_remove(dfd, name, flag & AT_REMOVEDIR);
	putname(name);
	return err;
}

SYSCALL_DEFINE3(symlinkat, const char __user *, oldname, int, newdfd,
		const char __user *, newname)
{
	char *from, *to;
	struct path path;
	struct dentry *dentry;
	long err;

	from = getname(oldname);
	if (IS_ERR(from))
		return PTR_ERR(from);
	to = getname(newname);
	err = PTR_ERR(to);
	if (IS_ERR(to))
		goto out_from;
	dentry = filename_create(newdfd, to, &path, false);
	err = PTR_ERR(dentry);
	if (!IS_ERR(dentry)) {
		err = vfs_symlink(&init_user_ns, path.dentry->d_inode, dentry, from);
		done_path_create(&path, dentry);
	}
	putname(to);
out_from:
	putname(from);
	return err;
}

SYSCALL_DEFINE5(linkat, int, olddfd, const char __user *, oldname,
		int, newdfd, const char __user *, newname, int, flags)
{
	struct path old_path, new_path;
	struct dentry *new_dentry;
	char *to;
	long err;

	if (flags & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	err = user_path_at(olddfd, oldname,
			   (flags & AT_SYMLINK_FOLLOW ? LOOKUP_FOLLOW : 0) |
			   (flags & AT_EMPTY_PATH ? LOOKUP_EMPTY : 0), &old_path);
	if (err)
		return err;
	to = getname(newname);
	err = PTR_ERR(to);
	if (IS_ERR(to))
		goto out;
	new_dentry = filename_create(newdfd, to, &new_path, false);
	err = PTR_ERR(new_dentry);
	if (!IS_ERR(new_dentry)) {
		err = -EXDEV;
		if (old_path.mnt == new_path.mnt)
			err = vfs_link(old_path.dentry, &init_user_ns,
				       new_path.dentry->d_inode, new_dentry, NULL);
		done_path_create(&new_path, new_dentry);
	}
	putname(to);
out:
	path_put(&old_path);
	return err;
}

static bool is_subdir(struct dentry *dentry, struct dentry *ancestor)
{
	for (;;) {
		if (dentry == ancestor)
			return true;
		if (IS_ROOT(dentry))
			return false;
		dentry = dentry->d_parent;
	}
}

static int vfs_rename(struct inode *old_dir, struct dentry *old_dentry,
		      struct inode *new_dir, struct dentry *new_dentry,
		      unsigned int flags)
{
	bool is_dir = d_is_dir(old_dentry);
	int err;

	if (old_dentry->d_inode == new_dentry->d_inode)
		return 0;
	err = may_create_in(old_dir);
	if (!err)
		err = may_create_in(new_dir);
	if (err)
		return err;
	if (d_is_positive(new_dentry) && !(flags & RENAME_EXCHANGE)) {
		if (is_dir && !d_is_dir(new_dentry))
			return -ENOTDIR;
		if (!is_dir && d_is_dir(new_dentry))
			return -EISDIR;
	}
	if (is_dir && is_subdir(new_dentry, old_dentry))
		return -EINVAL;
	if (d_mountpoint(old_dentry) || d_mountpoint(new_dentry))
		return -EBUSY;
	if (!old_dir->i_op->rename)
		return -EPERM;
	err = old_dir->i_op->rename(&init_user_ns, old_dir, old_dentry, new_dir,
				    new_dentry, flags);
	if (err)
		return err;
	if (flags & RENAME_EXCHANGE)
		d_exchange(old_dentry, new_dentry);
	else
		d_move(old_dentry, new_dentry);
	return 0;
}

static long do_renameat2(int olddfd, const char *from, int newdfd,
			 const char *to, unsigned int flags)
{
	struct path old_path, new_path;
	struct qstr old_last, new_last;
	struct dentry *old_dentry, *new_dentry;
	int old_type, new_type;
	long err;

	if (flags & ~(RENAME_NOREPLACE | RENAME_EXCHANGE | RENAME_WHITEOUT))
		return -EINVAL;
	if ((flags & RENAME_NOREPLACE) && (flags & RENAME_EXCHANGE))
		return -EINVAL;
	if (flags & RENAME_WHITEOUT)
		return -EINVAL;
	err = filename_parentat(olddfd, from, 0, &old_path, &old_last, &old_type);
	if (err)
		return err;
	err = filename_parentat(newdfd, to, 0, &new_path, &new_last, &new_type);
	if (err)
		goto put_old;
	err = -EXDEV;
	if (old_path.mnt != new_path.mnt)
		goto put_new;
	err = -EBUSY;
	if ((old_type & ~LAST_SLASH) != LAST_NORM)
		goto put_new;
	err = (flags & RENAME_NOREPLACE) ? -EEXIST : -EBUSY;
	if ((new_type & ~LAST_SLASH) != LAST_NORM)
		goto put_new;
	err = -EROFS;
	if (old_path.mnt->mnt_sb->s_flags & SB_RDONLY)
		goto put_new;
	old_dentry = lookup_existing(&old_path, &old_last);
	err = PTR_ERR(old_dentry);
	if (IS_ERR(old_dentry))
		goto put_new;
	new_dentry = lookup_one_qstr(new_path.dentry, &new_last, 0);
	err = PTR_ERR(new_dentry);
	if (IS_ERR(new_dentry))
		goto put_old_dentry;
	err = -EEXIST;
	if ((flags & RENAME_NOREPLACE) && d_is_positive(new_dentry))
		goto put_new_dentry;
	err = -ENOENT;
	if ((flags & RENAME_EXCHANGE) && d_is_negative(new_dentry))
		goto put_new_dentry;
	err = -ENOTDIR;
	if (!d_is_dir(old_dentry) && ((old_type | new_type) & LAST_SLASH))
		goto put_new_dentry;
	/* a directory may not become its own descendant, nor replace an ancestor */
	err = -ENOTEMPTY;
	if (is_subdir(old_path.dentry, new_dentry) && d_is_positive(new_dentry))
		goto put_new_dentry;
	err = vfs_rename(old_path.dentry->d_inode, old_dentry,
			 new_path.dentry->d_inode, new_dentry, flags);
put_new_dentry:
	dput(new_dentry);
put_old_dentry:
	dput(old_dentry);
put_new:
	path_put(&new_path);
put_old:
	path_put(&old_path);
	return err;
}

static long renameat2_user(int olddfd, const char __user *oldname, int newdfd,
			   const char __user *newname, unsigned int flags)
{
	char *from, *to;
	long err;

	from = getname(oldname);
	if (IS_ERR(from))
		return PTR_ERR(from);
	to = getname(newname);
	err = PTR_ERR(to);
	if (!IS_ERR(to)) {
		err = do_renameat2(olddfd, from, newdfd, to, flags);
		putname(to);
	}
	putname(from);
	return err;
}

SYSCALL_DEFINE5(renameat2, int, olddfd, const char __user *, oldname,
		int, newdfd, const char __user *, newname, unsigned int, flags)
{
	return renameat2_user(olddfd, oldname, newdfd, newname, flags);
}

SYSCALL_DEFINE4(renameat, int, olddfd, const char __user *, oldname,
		int, newdfd, const char __user *, newname)
{
	return renameat2_user(olddfd, oldname, newdfd, newname, 0);
}

int vfs_readlink(struct dentry *dentry, char __user *buffer, int buflen)
{
	struct inode *inode = d_inode(dentry);
	DEFINE_DELAYED_CALL(done);
	const char *link;
	int len;

	if (inode->i_op->readlink)
		return inode->i_op->readlink(dentry, buffer, buflen);
	if (!inode->i_op->get_link)
		return -EINVAL;
	link = inode->i_link;
	if (!link) {
		link = inode->i_op->get_link(dentry, inode, &done);
		if (IS_ERR(link))
			return PTR_ERR(link);
		if (!link)
			return -EINVAL;
	}
	len = strlen(link);
	if (len > buflen)
		len = buflen;
	if (copy_to_user(buffer, link, len))
		len = -EFAULT;
	do_delayed_call(&done);
	return len;
}

/*
 * open(): find or create the file, then dentry_open() it. A symlink as
 * the last component is followed unless O_NOFOLLOW (ELOOP), also to
 * create its missing target with O_CREAT.
 */
static struct file *do_open_last(struct nameidata *nd, int flags, umode_t mode,
				 int depth);
static struct file *finish_open(struct path *path, int flags, bool created);

static int may_open(const struct path *path, int acc_mode, int flag)
{
	struct inode *inode = path->dentry->d_inode;

	switch (inode->i_mode & S_IFMT) {
	case S_IFLNK:
		return -ELOOP;
	case S_IFDIR:
		if (acc_mode & MAY_WRITE)
			return -EISDIR;
		break;
	case S_IFBLK:
	case S_IFCHR:
		if (path->mnt->mnt_flags & MNT_NODEV)
			return -EACCES;
		break;
	case S_IFIFO:
	case S_IFSOCK:
		break;
	}
	if ((acc_mode & MAY_EXEC) && (path->mnt->mnt_flags & MNT_NOEXEC))
		return -EACCES;
	if ((acc_mode & MAY_WRITE) && (path->mnt->mnt_flags & MNT_READONLY))
		return -EROFS;
	return inode_permission(&init_user_ns, inode, acc_mode);
}

static int acc_mode_of(int flags)
{
	int acc = 0;

	if ((flags & O_ACCMODE) != O_WRONLY)
		acc |= MAY_READ;
	if ((flags & O_ACCMODE) != O_RDONLY)
		acc |= MAY_WRITE;
	if (flags & O_TRUNC)
		acc |= MAY_WRITE;
	if (flags & O_APPEND)
		acc |= MAY_APPEND;
	if (flags & O_PATH)
		acc = 0;
	return acc;
}

static struct file *finish_open(struct path *path, int flags, bool created)
{
	struct inode *inode = path->dentry->d_inode;
	struct file *file;
	int err;

	if ((flags & O_DIRECTORY) && !S_ISDIR(inode->i_mode))
		return ERR_PTR(-ENOTDIR);
	if ((flags & O_CREAT) && S_ISDIR(inode->i_mode))
		return ERR_PTR(-EISDIR);
	if (!(flags & O_PATH)) {
		err = may_open(path, created ? 0 : acc_mode_of(flags), flags);
		if (err)
			return ERR_PTR(err);
	}
	file = dentry_open(path, flags);
	if (IS_ERR(file))
		return file;
	if ((flags & O_TRUNC) && S_ISREG(inode->i_mode) && !created &&
	    !(flags & O_PATH)) {
		err = do_truncate(path->dentry, 0, ATTR_MTIME | ATTR_CTIME, file);
		if (err) {
			fput(file);
			return ERR_PTR(err);
		}
	}
	return file;
}

static struct file *open_created(struct nameidata *nd, struct dentry *dentry,
				 int flags, umode_t mode)
{
	struct path path;
	struct file *file;
	int err;

	if (nd->path.mnt->mnt_flags & MNT_READONLY)
		return ERR_PTR(-EROFS);
	err = vfs_create(&init_user_ns, nd->path.dentry->d_inode, dentry,
			 mode & ~current_umask(), flags & O_EXCL);
	if (err)
		return ERR_PTR(err);
	path.mnt = nd->path.mnt;
	path.dentry = dentry;
	file = finish_open(&path, flags, true);
	return file;
}

/* The last component was a symlink: open what it names instead. */
static struct file *open_link(struct nameidata *nd, struct path *link,
			      int flags, umode_t mode, int depth)
{
	DEFINE_DELAYED_CALL(done);
	const char *body;
	struct file *file;
	int err;

	err = get_link_body(nd, link, &done, &body);
	if (err)
		return ERR_PTR(err);
	if (!body)
		return finish_open(&nd->path, flags, false);
	err = link_path_walk(body, nd);
	if (!err && !d_is_dir(nd->path.dentry))
		err = -ENOTDIR;
	file = err ? ERR_PTR(err) : do_open_last(nd, flags, mode, depth + 1);
	do_delayed_call(&done);
	return file;
}

static struct file *do_open_last(struct nameidata *nd, int flags, umode_t mode,
				 int depth)
{
	struct dentry *dentry;
	struct path path;
	struct file *file;
	int err;

	if (nd->last_type != LAST_NORM) {
		if (flags & O_CREAT)
			return ERR_PTR(-EISDIR);
		if (nd->last_type != LAST_ROOT) {
			err = walk_component(nd, &nd->last, nd->last_type, true);
			if (err)
				return ERR_PTR(err);
		}
		return finish_open(&nd->path, flags, false);
	}
	err = may_lookup(nd);
	if (err)
		return ERR_PTR(err);
	dentry = lookup_one_qstr(nd->path.dentry, &nd->last,
				 flags & O_CREAT ? LOOKUP_CREATE : 0);
	if (IS_ERR(dentry))
		return ERR_CAST(dentry);
	if (d_is_negative(dentry)) {
		file = ERR_PTR(-ENOENT);
		if (flags & O_CREAT)
			file = (nd->flags & LOOKUP_DIRECTORY) ? ERR_PTR(-EISDIR) :
			       open_created(nd, dentry, flags, mode);
		dput(dentry);
		return file;
	}
	if ((flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL)) {
		dput(dentry);
		return ERR_PTR(-EEXIST);
	}
	path.mnt = mntget(nd->path.mnt);
	path.dentry = dentry;
	follow_mounts(&path);
	if (d_is_symlink(path.dentry) &&
	    (!(flags & (O_NOFOLLOW | O_PATH)) || (nd->flags & LOOKUP_DIRECTORY))) {
		file = open_link(nd, &path, flags, mode, depth);
		path_put(&path);
		return file;
	}
	if ((nd->flags & LOOKUP_DIRECTORY) && !d_is_dir(path.dentry)) {
		path_put(&path);
		return ERR_PTR(-ENOTDIR);
	}
	if (d_is_symlink(path.dentry) && (flags & O_PATH)) {
		file = dentry_open(&path, flags);
		path_put(&path);
		return file;
	}
	file = finish_open(&path, flags, false);
	path_put(&path);
	return file;
}

struct file *do_filp_open(int dfd, const char *name, int flags, umode_t mode)
{
	struct nameidata nd;
	struct file *file;
	int err;

	err = path_init(&nd, dfd, name, 0);
	if (err)
		return ERR_PTR(err);
	err = link_path_walk(name, &nd);
	if (!err && !d_is_dir(nd.path.dentry))
		err = -ENOTDIR;
	file = err ? ERR_PTR(err) : do_open_last(&nd, flags, mode, 0);
	terminate_walk(&nd);
	return file;
}

/* Open from a given root (exec of /proc/self/exe, firmware...). */
struct file *file_open_root(const struct path *root, const char *filename,
			    int flags, umode_t mode)
{
	struct nameidata nd;
	struct file *file;
	int err;

	memset(&nd, 0, sizeof(nd));
	nd.root = *root;
	path_get(&nd.root);
	nd.path = *root;
	path_get(&nd.path);
	err = link_path_walk(filename, &nd);
	file = err ? ERR_PTR(err) : do_open_last(&nd, flags, mode, 0);
	terminate_walk(&nd);
	return file;
}

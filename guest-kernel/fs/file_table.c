// SPDX-License-Identifier: GPL-2.0
/* Open file objects: allocation, and the release at the last fput(). */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/dcache.h>
#include <linux/fs.h>
#include <linux/cdev.h>
#include <linux/module.h>
#include <linux/mount.h>
#include <linux/slab.h>
#include <linux/module_abi.h>

abi_check_size(file);
abi_check_field(file, f_path);
abi_check_field(file, f_inode);
abi_check_field(file, f_op);
abi_check_field(file, f_lock);
abi_check_field(file, f_count);
abi_check_field(file, f_flags);
abi_check_field(file, f_mode);
abi_check_field(file, f_pos_lock);
abi_check_field(file, f_pos);
abi_check_field(file, f_owner);
abi_check_field(file, f_cred);
abi_check_field(file, f_ra);
abi_check_field(file, f_version);
abi_check_field(file, private_data);
abi_check_field(file, f_ep);
abi_check_field(file, f_mapping);
abi_check_field(file, f_wb_err);
abi_check_size(fown_struct);
abi_check_field(fown_struct, pid);
abi_check_field(fown_struct, signum);
abi_check_size(file_operations);
abi_check_field(file_operations, poll);
abi_check_field(file_operations, unlocked_ioctl);
abi_check_field(file_operations, open);
abi_check_field(file_operations, release);
abi_check_field(file_operations, fasync);
abi_check_field(file_operations, uring_cmd_iopoll);

unsigned long nr_files_open;

/* What sysctl fs.file-max shows: Linux sizes it from memory. */
unsigned long get_max_files(void)
{
	return 8UL << 17;
}

struct file *alloc_empty_file(int flags)
{
	struct file *f = kzalloc(sizeof(*f), GFP_KERNEL);

	if (!f)
		return ERR_PTR(-ENOMEM);
	f->f_count = 1;
	f->f_flags = flags;
	nr_files_open++;
	return f;
}

/*
 * The last reference: the driver's release(), then the character device
 * and the module of the file's operations are let go (__fput()).
 */
void fput(struct file *file)
{
	struct inode *inode = file->f_inode;
	struct path path;

	if (--file->f_count > 0)
		return;
	path = file->f_path;
	if ((file->f_flags & FASYNC) && file->f_op && file->f_op->fasync)
		file->f_op->fasync(-1, file, 0);
	if (file->f_op && file->f_op->release)
		file->f_op->release(inode, file);
	if (inode && S_ISCHR(inode->i_mode) && inode->i_cdev &&
	    !(file->f_mode & FMODE_PATH) && file->f_op)
		cdev_put(inode->i_cdev);
	fops_put(file->f_op);
	if (path.dentry)
		path_put(&path);
	nr_files_open--;
	kfree(file);
}
EXPORT_SYMBOL(fput);

static fmode_t open_mode(int flags)
{
	fmode_t mode = FMODE_LSEEK | FMODE_PREAD | FMODE_PWRITE;

	if ((flags & O_ACCMODE) != O_WRONLY)
		mode |= FMODE_READ;
	if ((flags & O_ACCMODE) != O_RDONLY)
		mode |= FMODE_WRITE;
	return mode;
}

/* A file on an inode that lives in no directory (pipes). */
struct file *alloc_file_pseudo(struct inode *inode, struct vfsmount *mnt,
			       const char *name, int flags,
			       const struct file_operations *fops)
{
	struct qstr this = QSTR_INIT(name, strlen(name));
	struct dentry *dentry;
	struct file *file;

	dentry = d_alloc_pseudo(mnt->mnt_sb, &this);
	if (!dentry)
		return ERR_PTR(-ENOMEM);
	d_instantiate(dentry, inode);
	file = alloc_empty_file(flags);
	if (IS_ERR(file)) {
		dput(dentry);
		return file;
	}
	file->f_path.mnt = mntget(mnt);
	file->f_path.dentry = dentry;
	file->f_inode = inode;
	file->f_mapping = inode->i_mapping;
	file->f_op = fops;
	file->f_mode = open_mode(flags);
	return file;
}

/* Open a looked-up path: a struct file, the driver's ->open() called. */
struct file *dentry_open(const struct path *path, int flags)
{
	struct inode *inode = path->dentry->d_inode;
	struct file *f = alloc_empty_file(flags);
	int error;

	if (IS_ERR(f))
		return f;
	f->f_path = *path;
	path_get(path);
	f->f_inode = inode;
	f->f_mapping = inode->i_mapping;
	f->f_mode = open_mode(flags);
	if (flags & O_PATH) {
		f->f_mode = FMODE_PATH;
		return f;
	}
	f->f_op = fops_get(inode->i_fop);
	if (inode->i_fop && !f->f_op) {
		fput(f);
		return ERR_PTR(-ENODEV);
	}
	if (S_ISDIR(inode->i_mode))
		f->f_mode &= ~FMODE_WRITE;
	if (f->f_op && f->f_op->open) {
		error = f->f_op->open(inode, f);
		if (error) {
			/* no ->release for a failed open, nor cdev_put() */
			fops_put(f->f_op);
			f->f_op = NULL;
			fput(f);
			return ERR_PTR(error);
		}
	}
	if ((f->f_mode & FMODE_READ) && f->f_op && f->f_op->read)
		f->f_mode |= FMODE_CAN_READ;
	if ((f->f_mode & FMODE_WRITE) && f->f_op && f->f_op->write)
		f->f_mode |= FMODE_CAN_WRITE;
	f->f_flags &= ~(O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC);
	return f;
}

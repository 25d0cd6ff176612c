// SPDX-License-Identifier: GPL-2.0
/*
 * Inodes: allocation, reference counting (an inode goes with its last
 * reference; filesystems that keep files, like ramfs, hold one through
 * a pinned dentry), attributes and the permission check.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/dcache.h>
#include <linux/fs.h>
#include <linux/cdev.h>
#include <linux/mm.h>
#include <linux/mount.h>
#include <linux/pipe_fs_i.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/timekeeping.h>
#include <linux/module_abi.h>

abi_check_size(inode);
abi_check_field(inode, i_uid);
abi_check_field(inode, i_flags);
abi_check_field(inode, i_op);
abi_check_field(inode, i_sb);
abi_check_field(inode, i_mapping);
abi_check_field(inode, i_ino);
abi_check_field(inode, i_nlink);
abi_check_field(inode, i_rdev);
abi_check_field(inode, i_size);
abi_check_field(inode, i_atime);
abi_check_field(inode, i_mtime);
abi_check_field(inode, i_ctime);
abi_check_field(inode, i_lock);
abi_check_field(inode, i_bytes);
abi_check_field(inode, i_blkbits);
abi_check_field(inode, i_blocks);
abi_check_field(inode, i_state);
abi_check_field(inode, i_rwsem);
abi_check_field(inode, dirtied_when);
abi_check_field(inode, i_hash);
abi_check_field(inode, i_sb_list);
abi_check_field(inode, i_count);
abi_check_field(inode, i_writecount);
abi_check_field(inode, i_fop);
abi_check_field(inode, i_data);
abi_check_field(inode, i_devices);
abi_check_field(inode, i_pipe);
abi_check_field(inode, i_cdev);
abi_check_field(inode, i_link);
abi_check_field(inode, i_generation);
abi_check_field(inode, i_private);

struct user_namespace init_user_ns;

static unsigned int last_ino;

/* Inode numbers for filesystems without their own: 1, 2, 3, ... */
unsigned int get_next_ino(void)
{
	if (!++last_ino)
		++last_ino;
	return last_ino;
}

/* Zeroed; ->alloc_inode's must be too. */
static struct inode *alloc_inode(struct super_block *sb)
{
	if (sb && sb->s_op && sb->s_op->alloc_inode)
		return sb->s_op->alloc_inode(sb);
	return kzalloc(sizeof(struct inode), GFP_KERNEL);
}

static void free_inode(struct inode *inode)
{
	struct super_block *sb = inode->i_sb;

	if (sb && sb->s_op && sb->s_op->free_inode)
		sb->s_op->free_inode(inode);
	else
		kfree(inode);
}

struct inode *new_inode(struct super_block *sb)
{
	struct inode *inode = alloc_inode(sb);

	if (!inode)
		return NULL;
	inode->i_sb = sb;
	inode->i_blkbits = sb ? sb->s_blocksize_bits : PAGE_SHIFT;
	inode->i_count = 1;
	inode->i_nlink = 1;
	inode->i_data.host = inode;
	inode->i_mapping = &inode->i_data;
	INIT_LIST_HEAD(&inode->i_sb_list);
	INIT_LIST_HEAD(&inode->i_devices);
	if (sb)
		list_add(&inode->i_sb_list, &sb->s_inodes);
	return inode;
}

/* Nothing to tear down here: ->evict_inode need not call it (kept for Linux code). */
void clear_inode(struct inode *inode)
{
}

void ihold(struct inode *inode)
{
	inode->i_count++;
}

struct inode *igrab(struct inode *inode)
{
	ihold(inode);
	return inode;
}

void truncate_inode_pages(struct address_space *mapping, loff_t lstart);

static void evict(struct inode *inode)
{
	inode->i_state |= I_FREEING;
	if (inode->i_sb && inode->i_sb->s_op && inode->i_sb->s_op->evict_inode)
		inode->i_sb->s_op->evict_inode(inode);
	truncate_inode_pages(&inode->i_data, 0);
	kfree(inode->i_data.pages);
	if (S_ISCHR(inode->i_mode) && inode->i_cdev)
		cd_forget(inode);
	list_del(&inode->i_sb_list);
	free_inode(inode);
}

void iput(struct inode *inode)
{
	if (!inode || --inode->i_count > 0)
		return;
	evict(inode);
}

void set_nlink(struct inode *inode, unsigned int nlink)
{
	inode->i_nlink = nlink;
}

void inc_nlink(struct inode *inode)
{
	inode->i_nlink++;
}

void drop_nlink(struct inode *inode)
{
	if (inode->i_nlink)
		inode->i_nlink--;
}

void clear_nlink(struct inode *inode)
{
	inode->i_nlink = 0;
}

struct timespec64 current_time(struct inode *inode)
{
	struct timespec64 now;
	u32 gran = inode && inode->i_sb && inode->i_sb->s_time_gran ?
		   inode->i_sb->s_time_gran : 1;

	ktime_get_real_ts64(&now);
	now.tv_nsec -= now.tv_nsec % gran;
	return now;
}

void inode_init_owner(struct user_namespace *mnt_userns, struct inode *inode,
		      const struct inode *dir, umode_t mode)
{
	inode->i_uid = 0;
	inode->i_gid = dir && (dir->i_mode & S_ISGID) ? dir->i_gid : 0;
	if (dir && (dir->i_mode & S_ISGID) && S_ISDIR(mode))
		mode |= S_ISGID;
	inode->i_mode = mode;
}

void generic_fillattr(struct user_namespace *mnt_userns, struct inode *inode,
		      struct kstat *stat)
{
	stat->dev = inode->i_sb ? inode->i_sb->s_dev : 0;
	stat->ino = inode->i_ino;
	stat->mode = inode->i_mode;
	stat->nlink = inode->i_nlink;
	stat->uid = inode->i_uid;
	stat->gid = inode->i_gid;
	stat->rdev = inode->i_rdev;
	stat->size = i_size_read(inode);
	stat->atime = inode->i_atime;
	stat->mtime = inode->i_mtime;
	stat->ctime = inode->i_ctime;
	stat->blksize = 1 << inode->i_blkbits;
	stat->blocks = inode->i_blocks;
}

void inode_set_bytes(struct inode *inode, loff_t bytes)
{
	inode->i_blocks = bytes >> 9;
	inode->i_bytes = bytes & 511;
}

/* Root may do anything, but run a file only if some x bit is set. */
int generic_permission(struct user_namespace *mnt_userns, struct inode *inode,
		       int mask)
{
	if ((mask & MAY_EXEC) && !S_ISDIR(inode->i_mode) &&
	    !(inode->i_mode & S_IXUGO))
		return -EACCES;
	return 0;
}

int inode_permission(struct user_namespace *mnt_userns, struct inode *inode,
		     int mask)
{
	if ((mask & MAY_WRITE) && inode->i_sb &&
	    (inode->i_sb->s_flags & SB_RDONLY) &&
	    (S_ISREG(inode->i_mode) || S_ISDIR(inode->i_mode) ||
	     S_ISLNK(inode->i_mode)))
		return -EROFS;
	if (inode->i_op && inode->i_op->permission)
		return inode->i_op->permission(mnt_userns, inode, mask);
	return generic_permission(mnt_userns, inode, mask);
}

int setattr_prepare(struct user_namespace *mnt_userns, struct dentry *dentry,
		    struct iattr *attr)
{
	if ((attr->ia_valid & ATTR_SIZE) && attr->ia_size < 0)
		return -EINVAL;
	return 0;
}

void setattr_copy(struct user_namespace *mnt_userns, struct inode *inode,
		  const struct iattr *attr)
{
	unsigned int ia_valid = attr->ia_valid;

	if (ia_valid & ATTR_UID)
		inode->i_uid = attr->ia_uid;
	if (ia_valid & ATTR_GID)
		inode->i_gid = attr->ia_gid;
	if (ia_valid & ATTR_ATIME)
		inode->i_atime = attr->ia_atime;
	if (ia_valid & ATTR_MTIME)
		inode->i_mtime = attr->ia_mtime;
	if (ia_valid & ATTR_CTIME)
		inode->i_ctime = attr->ia_ctime;
	if (ia_valid & ATTR_MODE)
		inode->i_mode = (inode->i_mode & S_IFMT) |
				(attr->ia_mode & S_IALLUGO);
}

int simple_setattr(struct user_namespace *mnt_userns, struct dentry *dentry,
		   struct iattr *iattr)
{
	struct inode *inode = d_inode(dentry);
	int error = setattr_prepare(mnt_userns, dentry, iattr);

	if (error)
		return error;
	if (iattr->ia_valid & ATTR_SIZE) {
		truncate_inode_pages(inode->i_mapping, iattr->ia_size);
		i_size_write(inode, iattr->ia_size);
	}
	setattr_copy(mnt_userns, inode, iattr);
	return 0;
}

/* Change attributes through the filesystem (chmod, chown, utimes, truncate). */
int notify_change(struct dentry *dentry, struct iattr *attr)
{
	struct inode *inode = d_inode(dentry);
	struct timespec64 now = current_time(inode);

	if (!(attr->ia_valid & ATTR_CTIME)) {
		attr->ia_ctime = now;
		attr->ia_valid |= ATTR_CTIME;
	}
	if ((attr->ia_valid & ATTR_ATIME) && !(attr->ia_valid & ATTR_ATIME_SET))
		attr->ia_atime = now;
	if ((attr->ia_valid & ATTR_MTIME) && !(attr->ia_valid & ATTR_MTIME_SET))
		attr->ia_mtime = now;
	if (inode->i_sb && (inode->i_sb->s_flags & SB_RDONLY))
		return -EROFS;
	if (inode->i_op && inode->i_op->setattr)
		return inode->i_op->setattr(&init_user_ns, dentry, attr);
	return simple_setattr(&init_user_ns, dentry, attr);
}

static int no_open(struct inode *inode, struct file *file)
{
	return -ENXIO;
}

/* Sockets in the filesystem: there is no networking to open them with. */
const struct file_operations bad_sock_fops = {
	.open = no_open,
};

void init_special_inode(struct inode *inode, umode_t mode, dev_t rdev)
{
	inode->i_mode = mode;
	if (S_ISCHR(mode)) {
		inode->i_fop = &def_chr_fops;
		inode->i_rdev = rdev;
	} else if (S_ISBLK(mode)) {
		inode->i_rdev = rdev;
	} else if (S_ISFIFO(mode)) {
		inode->i_fop = &pipefifo_fops;
	} else if (S_ISSOCK(mode)) {
		inode->i_fop = &bad_sock_fops;
	}
}

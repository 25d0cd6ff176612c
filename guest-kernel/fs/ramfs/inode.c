// SPDX-License-Identifier: GPL-2.0
/*
 * ramfs: files that live only in the page cache and the dcache. The
 * same code serves rootfs (the initramfs goes there) and tmpfs, which
 * behave like Debian's tmpfs-backed rootfs as user space sees them:
 * directories grow by 20 bytes per entry, st_blocks counts pages, and
 * tmpfs's limits hold (by default half of RAM in pages of data and as
 * many inodes): past them, ENOSPC, as shmem says it.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/dcache.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/ramfs.h>
#include <linux/shmem_fs.h>
#include "internal.h"

#define RAMFS_DEFAULT_MODE	0755
#define TMPFS_DEFAULT_MODE	01777

static const struct super_operations ramfs_ops;
static const struct inode_operations ramfs_dir_inode_operations;

static struct ramfs_fs_info *RAMFS_SB(struct super_block *sb)
{
	return sb->s_fs_info;
}

static bool is_tmpfs(struct super_block *sb)
{
	return RAMFS_SB(sb)->tmpfs;
}

/* tmpfs-like limits: half of RAM, as many inodes as pages in it. */
static unsigned long shmem_default_max_blocks(void)
{
	return totalram_pages() / 2;
}

static unsigned long shmem_default_max_inodes(void)
{
	return totalram_pages() / 2;
}

/* Room for pages more pages of file data? Then they are counted. */
int shmem_inode_acct_block(struct inode *inode, long pages)
{
	struct ramfs_fs_info *fsi = RAMFS_SB(inode->i_sb);

	if (fsi->tmpfs && fsi->max_blocks &&
	    fsi->used_blocks + pages > fsi->max_blocks)
		return -ENOSPC;
	fsi->used_blocks += pages;
	return 0;
}

void shmem_inode_unacct_blocks(struct inode *inode, long pages)
{
	RAMFS_SB(inode->i_sb)->used_blocks -= pages;
}

static bool shmem_reserve_inode(struct super_block *sb)
{
	struct ramfs_fs_info *fsi = RAMFS_SB(sb);

	if (!fsi->tmpfs || !fsi->max_inodes)
		return true;
	if (!fsi->free_inodes)
		return false;
	fsi->free_inodes--;
	return true;
}

static void shmem_free_inode(struct super_block *sb)
{
	struct ramfs_fs_info *fsi = RAMFS_SB(sb);

	if (fsi->tmpfs && fsi->max_inodes)
		fsi->free_inodes++;
}

/* tmpfs counts directory entries in i_size. */
static void dir_entries(struct inode *dir, int delta)
{
	if (is_tmpfs(dir->i_sb))
		dir->i_size += delta * BOGO_DIRENT_SIZE;
}

struct inode *ramfs_get_inode(struct super_block *sb, const struct inode *dir,
			      umode_t mode, dev_t dev)
{
	struct inode *inode;

	if (!shmem_reserve_inode(sb))
		return NULL;
	inode = new_inode(sb);
	if (!inode) {
		shmem_free_inode(sb);
		return NULL;
	}
	inode->i_ino = get_next_ino();
	inode_init_owner(&init_user_ns, inode, dir, mode);
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_time(inode);
	switch (mode & S_IFMT) {
	default:
		init_special_inode(inode, mode, dev);
		break;
	case S_IFREG:
		inode->i_op = &ramfs_file_inode_operations;
		inode->i_fop = &ramfs_file_operations;
		break;
	case S_IFDIR:
		inode->i_op = &ramfs_dir_inode_operations;
		inode->i_fop = &simple_dir_operations;
		inc_nlink(inode);	/* "." */
		if (is_tmpfs(sb))
			inode->i_size = 2 * BOGO_DIRENT_SIZE;
		break;
	case S_IFLNK:
		inode->i_op = &simple_symlink_inode_operations;
		break;
	}
	return inode;
}

static int ramfs_mknod(struct user_namespace *mnt_userns, struct inode *dir,
		       struct dentry *dentry, umode_t mode, dev_t dev)
{
	struct inode *inode = ramfs_get_inode(dir->i_sb, dir, mode, dev);

	if (!inode)
		return -ENOSPC;
	d_instantiate(dentry, inode);
	dget(dentry);	/* pinned: the file lives in the dcache */
	dir->i_mtime = dir->i_ctime = current_time(dir);
	dir_entries(dir, 1);
	return 0;
}

static int ramfs_mkdir(struct user_namespace *mnt_userns, struct inode *dir,
		       struct dentry *dentry, umode_t mode)
{
	int retval = ramfs_mknod(&init_user_ns, dir, dentry, mode | S_IFDIR, 0);

	if (!retval)
		inc_nlink(dir);
	return retval;
}

static int ramfs_create(struct user_namespace *mnt_userns, struct inode *dir,
			struct dentry *dentry, umode_t mode, bool excl)
{
	return ramfs_mknod(&init_user_ns, dir, dentry, mode | S_IFREG, 0);
}

static int ramfs_symlink(struct user_namespace *mnt_userns, struct inode *dir,
			 struct dentry *dentry, const char *symname)
{
	struct inode *inode;
	int len = strlen(symname);

	if (len + 1 > PAGE_SIZE)
		return -ENAMETOOLONG;
	inode = ramfs_get_inode(dir->i_sb, dir, S_IFLNK | S_IRWXUGO, 0);
	if (!inode)
		return -ENOSPC;
	inode->i_link = kstrdup(symname, GFP_KERNEL);
	if (!inode->i_link) {
		iput(inode);
		return -ENOMEM;
	}
	inode->i_size = len;
	d_instantiate(dentry, inode);
	dget(dentry);
	dir->i_mtime = dir->i_ctime = current_time(dir);
	dir_entries(dir, 1);
	return 0;
}

static int ramfs_link(struct dentry *old_dentry, struct inode *dir,
		      struct dentry *dentry)
{
	dir_entries(dir, 1);
	return simple_link(old_dentry, dir, dentry);
}

static int ramfs_unlink(struct inode *dir, struct dentry *dentry)
{
	dir_entries(dir, -1);
	return simple_unlink(dir, dentry);
}

static int ramfs_rmdir(struct inode *dir, struct dentry *dentry)
{
	int err = simple_rmdir(dir, dentry);

	if (!err)
		dir_entries(dir, -1);
	return err;
}

static int ramfs_rename(struct user_namespace *mnt_userns,
			struct inode *old_dir, struct dentry *old_dentry,
			struct inode *new_dir, struct dentry *new_dentry,
			unsigned int flags)
{
	bool replacing = d_really_is_positive(new_dentry);
	int err = simple_rename(&init_user_ns, old_dir, old_dentry, new_dir,
				new_dentry, flags);

	if (!err && !(flags & RENAME_EXCHANGE)) {
		dir_entries(old_dir, -1);
		if (!replacing)
			dir_entries(new_dir, 1);
	}
	return err;
}

static const struct inode_operations ramfs_dir_inode_operations = {
	.create		= ramfs_create,
	.lookup		= simple_lookup,
	.link		= ramfs_link,
	.unlink		= ramfs_unlink,
	.symlink	= ramfs_symlink,
	.mkdir		= ramfs_mkdir,
	.rmdir		= ramfs_rmdir,
	.mknod		= ramfs_mknod,
	.rename		= ramfs_rename,
	.getattr	= simple_getattr,
};

static void ramfs_evict_inode(struct inode *inode)
{
	if (S_ISLNK(inode->i_mode))
		kfree(inode->i_link);
	shmem_free_inode(inode->i_sb);
}

static int ramfs_statfs(struct dentry *dentry, struct kstatfs *buf)
{
	struct ramfs_fs_info *fsi = RAMFS_SB(dentry->d_sb);

	simple_statfs(dentry, buf);
	if (!fsi->tmpfs)
		return 0;
	if (fsi->max_blocks) {
		buf->f_blocks = fsi->max_blocks;
		buf->f_bfree = buf->f_bavail = fsi->max_blocks - fsi->used_blocks;
	}
	if (fsi->max_inodes) {
		buf->f_files = fsi->max_inodes;
		buf->f_ffree = fsi->free_inodes;
	}
	return 0;
}

/* Limits other than the defaults of now (rootfs's were set earlier). */
static int ramfs_show_options(struct seq_file *m, struct dentry *root)
{
	struct ramfs_fs_info *fsi = root->d_sb->s_fs_info;

	if (fsi->tmpfs && (fsi->rootfs || fsi->max_blocks != shmem_default_max_blocks()))
		seq_printf(m, ",size=%luk", fsi->max_blocks << (PAGE_SHIFT - 10));
	if (fsi->tmpfs && (fsi->rootfs || fsi->max_inodes != shmem_default_max_inodes()))
		seq_printf(m, ",nr_inodes=%lu", fsi->max_inodes);
	if (fsi->mode != (fsi->tmpfs ? TMPFS_DEFAULT_MODE : RAMFS_DEFAULT_MODE))
		seq_printf(m, ",mode=%o", fsi->mode);
	/* CONFIG_TMPFS_INODE64 is 64-bit only: 32-bit kernels say nothing */
	if (fsi->tmpfs && BITS_PER_LONG == 64)
		seq_puts(m, ",inode64");
	return 0;
}

static const struct super_operations ramfs_ops = {
	.statfs		= ramfs_statfs,
	.show_options	= ramfs_show_options,
	.evict_inode	= ramfs_evict_inode,
};

/* size=N[kmg%], nr_inodes=N[kmg] and mode=NNN; other options are accepted. */
static void ramfs_parse_options(struct ramfs_fs_info *fsi, char *data)
{
	char *p, *end;

	while (data && (p = strsep(&data, ",")) != NULL) {
		if (!strncmp(p, "mode=", 5)) {
			unsigned long mode = simple_strtoul(p + 5, &end, 8);

			if (*end == '\0')
				fsi->mode = mode & S_IALLUGO;
		} else if (!strncmp(p, "size=", 5)) {
			unsigned long long size = memparse(p + 5, &end);

			if (*end == '%')
				size = (unsigned long long)totalram_pages() *
				       PAGE_SIZE / 100 * size;
			fsi->max_blocks = DIV_ROUND_UP(size, PAGE_SIZE);
		} else if (!strncmp(p, "nr_inodes=", 10)) {
			fsi->max_inodes = memparse(p + 10, &end);
		}
	}
}

static struct file_system_type ramfs_fs_type, tmpfs_fs_type;
struct file_system_type rootfs_fs_type;

/*
 * Any type but "ramfs" gets tmpfs behaviour (directory sizes, statfs,
 * default mode 1777, "inode64"): rootfs, tmpfs, and devtmpfs, which
 * mounts with "mode=755" and shows its own options.
 */
int ramfs_fill_super(struct super_block *sb, void *data, int silent)
{
	struct ramfs_fs_info *fsi = kzalloc(sizeof(*fsi), GFP_KERNEL);
	struct inode *inode;

	if (!fsi)
		return -ENOMEM;
	sb->s_fs_info = fsi;
	fsi->tmpfs = sb->s_type != &ramfs_fs_type;
	fsi->rootfs = sb->s_type == &rootfs_fs_type;
	fsi->mode = fsi->tmpfs ? TMPFS_DEFAULT_MODE : RAMFS_DEFAULT_MODE;
	fsi->max_blocks = shmem_default_max_blocks();
	fsi->max_inodes = shmem_default_max_inodes();
	ramfs_parse_options(fsi, data);
	fsi->free_inodes = fsi->max_inodes;
	sb->s_maxbytes = MAX_LFS_FILESIZE;
	sb->s_magic = fsi->tmpfs ? TMPFS_MAGIC : RAMFS_MAGIC;
	sb->s_op = &ramfs_ops;
	sb->s_time_gran = 1;
	inode = ramfs_get_inode(sb, NULL, S_IFDIR | fsi->mode, 0);
	sb->s_root = d_make_root(inode);
	if (!sb->s_root) {
		kfree(fsi);
		sb->s_fs_info = NULL;
		return -ENOMEM;
	}
	return 0;
}

static struct dentry *ramfs_mount(struct file_system_type *fs_type, int flags,
				  const char *dev_name, void *data)
{
	return mount_nodev(fs_type, flags, data, ramfs_fill_super);
}

void ramfs_kill_sb(struct super_block *sb)
{
	void *fsi = sb->s_fs_info;

	kill_litter_super(sb);
	kfree(fsi);
}

static struct file_system_type ramfs_fs_type = {
	.name		= "ramfs",
	.mount		= ramfs_mount,
	.kill_sb	= ramfs_kill_sb,
};

static struct file_system_type tmpfs_fs_type = {
	.name		= "tmpfs",
	.mount		= ramfs_mount,
	.kill_sb	= ramfs_kill_sb,
};

/* Not registered (as on Linux): only init_mount_tree() mounts it. */
struct file_system_type rootfs_fs_type = {
	.name		= "rootfs",
	.mount		= ramfs_mount,
	.kill_sb	= ramfs_kill_sb,
};

/* tmpfs registers early, from mnt_init(), like Linux's shmem_init(). */
void __init shmem_init(void)
{
	register_filesystem(&tmpfs_fs_type);
}

static int __init init_ramfs_fs(void)
{
	return register_filesystem(&ramfs_fs_type);
}
fs_initcall(init_ramfs_fs);

// SPDX-License-Identifier: GPL-2.0
/*
 * Superblocks: one per mounted filesystem instance. Filesystems without
 * a device get an anonymous device number 0:N. A superblock lives while
 * mounts use it (s_active).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/dcache.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/string.h>

static LIST_HEAD(super_blocks);
static unsigned long anon_devs[4];	/* 256 anonymous device numbers */

int get_anon_bdev(dev_t *p)
{
	int i;

	for (i = 1; i < 256; i++) {
		if (!(anon_devs[i / 64] & (1UL << (i % 64)))) {
			anon_devs[i / 64] |= 1UL << (i % 64);
			*p = MKDEV(0, i);
			return 0;
		}
	}
	return -EMFILE;
}

static void free_anon_bdev(dev_t dev)
{
	int i = MINOR(dev);

	if (!MAJOR(dev) && i < 256)
		anon_devs[i / 64] &= ~(1UL << (i % 64));
}

struct super_block *alloc_super(struct file_system_type *type, int flags)
{
	struct super_block *s = kzalloc(sizeof(*s), GFP_KERNEL);

	if (!s)
		return NULL;
	if (get_anon_bdev(&s->s_dev)) {
		kfree(s);
		return NULL;
	}
	s->s_type = type;
	s->s_flags = flags;
	s->s_blocksize = PAGE_SIZE;
	s->s_blocksize_bits = PAGE_SHIFT;
	s->s_maxbytes = MAX_LFS_FILESIZE;
	s->s_time_gran = 1;
	INIT_LIST_HEAD(&s->s_inodes);
	strscpy(s->s_id, type->name, sizeof(s->s_id));
	list_add_tail(&s->s_list, &super_blocks);
	return s;
}

static void destroy_super(struct super_block *s)
{
	list_del(&s->s_list);
	free_anon_bdev(s->s_dev);
	kfree(s);
}

static struct dentry *fill_new_super(struct file_system_type *fs_type,
				     int flags, void *data,
				     int (*fill_super)(struct super_block *, void *, int))
{
	struct super_block *s = alloc_super(fs_type, flags);
	int error;

	if (!s)
		return ERR_PTR(-ENOMEM);
	error = fill_super(s, data, flags & SB_SILENT ? 1 : 0);
	if (error) {
		if (s->s_root)
			dput(s->s_root);
		destroy_super(s);
		return ERR_PTR(error);
	}
	s->s_flags |= SB_ACTIVE;
	return dget(s->s_root);
}

struct dentry *mount_nodev(struct file_system_type *fs_type, int flags,
			   void *data,
			   int (*fill_super)(struct super_block *, void *, int))
{
	return fill_new_super(fs_type, flags, data, fill_super);
}

struct dentry *mount_single(struct file_system_type *fs_type, int flags,
			    void *data,
			    int (*fill_super)(struct super_block *, void *, int))
{
	struct dentry *root;

	if (fs_type->single_sb)
		return dget(fs_type->single_sb->s_root);
	root = fill_new_super(fs_type, flags, data, fill_super);
	if (!IS_ERR(root))
		fs_type->single_sb = root->d_sb;
	return root;
}

/* Drop the root and what is cached under it, then the superblock. */
void kill_anon_super(struct super_block *sb)
{
	struct dentry *root = sb->s_root;

	if (sb->s_type->single_sb == sb)
		sb->s_type->single_sb = NULL;
	if (root) {
		shrink_dcache_parent(root);
		d_drop(root);
		dput(root);
	}
	if (sb->s_op && sb->s_op->put_super)
		sb->s_op->put_super(sb);
	destroy_super(sb);
}

void kill_litter_super(struct super_block *sb)
{
	if (sb->s_root)
		d_genocide(sb->s_root);
	kill_anon_super(sb);
}

/* The last mount of sb went away. */
void deactivate_super(struct super_block *sb)
{
	if (--sb->s_active > 0)
		return;
	if (sb->s_type->kill_sb)
		sb->s_type->kill_sb(sb);
	else
		kill_anon_super(sb);
}

// SPDX-License-Identifier: GPL-2.0
/*
 * kernfs inodes, directories and dentries. Inodes are made on lookup
 * and dropped with their dentry (which is never kept unused), so what
 * is shown always follows the node tree.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/stat.h>
#include <linux/string.h>
#include "kernfs-internal.h"

static void kernfs_refresh_inode(struct kernfs_node *kn, struct inode *inode)
{
	inode->i_mode = kn->mode;
	if (kernfs_type(kn) == KERNFS_DIR)
		set_nlink(inode, kn->dir.subdirs + 2);
}

struct inode *kernfs_get_inode(struct super_block *sb, struct kernfs_node *kn)
{
	struct inode *inode = new_inode(sb);

	if (!inode)
		return NULL;
	kernfs_get(kn);
	inode->i_private = kn;
	inode->i_ino = kn->ino;
	inode->i_mtime = inode->i_atime = inode->i_ctime = current_time(inode);
	kernfs_refresh_inode(kn, inode);
	switch (kernfs_type(kn)) {
	case KERNFS_DIR:
		inode->i_op = &kernfs_dir_iops;
		inode->i_fop = &kernfs_dir_fops;
		break;
	case KERNFS_FILE:
		inode->i_size = kn->attr.size;
		inode->i_fop = &kernfs_file_fops;
		break;
	case KERNFS_LINK:
		inode->i_op = &kernfs_symlink_iops;
		break;
	}
	return inode;
}

void kernfs_evict_inode(struct inode *inode)
{
	kernfs_put(inode->i_private);
	inode->i_private = NULL;
}

static int kernfs_iop_getattr(struct user_namespace *mnt_userns,
			      const struct path *path, struct kstat *stat,
			      u32 request_mask, unsigned int query_flags)
{
	struct inode *inode = d_inode(path->dentry);

	kernfs_refresh_inode(inode->i_private, inode);
	generic_fillattr(&init_user_ns, inode, stat);
	return 0;
}

static struct dentry *kernfs_iop_lookup(struct inode *dir,
					struct dentry *dentry,
					unsigned int flags)
{
	struct kernfs_node *parent = dir->i_private, *kn;
	struct inode *inode = NULL;

	kn = kernfs_find(parent, (const char *)dentry->d_name.name,
			 dentry->d_name.len);
	if (kn) {
		inode = kernfs_get_inode(dir->i_sb, kn);
		if (!inode)
			return ERR_PTR(-ENOMEM);
	}
	return d_splice_alias(inode, dentry);
}

/*
 * ".", "..", then the children: ctx->pos - 2 indexes them. Each is found
 * afresh, as nodes may come and go while dir_emit() sleeps.
 */
static int kernfs_fop_readdir(struct file *file, struct dir_context *ctx)
{
	struct kernfs_node *parent = file_inode(file)->i_private, *kn;

	if (!dir_emit_dots(file, ctx))
		return 0;
	while ((kn = kernfs_nth_child(parent, ctx->pos - 2))) {
		bool more;

		kernfs_get(kn);
		more = dir_emit(ctx, kn->name, strlen(kn->name), kn->ino,
				kn->mode >> 12);
		kernfs_put(kn);
		if (!more)
			break;
		ctx->pos++;
	}
	return 0;
}

static int kernfs_dop_revalidate(struct dentry *dentry, unsigned int flags)
{
	struct inode *inode = d_inode(dentry);

	if (!inode)	/* negative: the name may exist by now */
		return 0;
	return !(((struct kernfs_node *)inode->i_private)->flags &
		 KERNFS_REMOVED);
}

const struct dentry_operations kernfs_dops = {
	.d_revalidate	= kernfs_dop_revalidate,
	.d_delete	= always_delete_dentry,
};

const struct inode_operations kernfs_dir_iops = {
	.lookup		= kernfs_iop_lookup,
	.getattr	= kernfs_iop_getattr,
};

const struct file_operations kernfs_dir_fops = {
	.read		= generic_read_dir,
	.iterate_shared	= kernfs_fop_readdir,
	.llseek		= generic_file_llseek,
};

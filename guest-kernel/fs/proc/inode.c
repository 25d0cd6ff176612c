// SPDX-License-Identifier: GPL-2.0
/*
 * procfs inodes and the superblock. Each inode is part of a struct
 * proc_inode: the entry it shows, or the process and per-pid file it is
 * about; an entry's inode has the entry's data in i_private. Files of proc_dir_entry nodes reach their
 * proc_ops through the proc_reg_* wrappers, which refuse an entry that
 * has been removed meanwhile; removing an entry releases its open files
 * then, so that a module's ->proc_release runs before the module goes.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "internal.h"

#define PROC_SUPER_MAGIC	0x9fa0

static struct inode *proc_alloc_inode(struct super_block *sb)
{
	struct proc_inode *ei = kzalloc(sizeof(*ei), GFP_KERNEL);

	return ei ? &ei->vfs_inode : NULL;
}

static void proc_free_inode(struct inode *inode)
{
	kfree(PROC_I(inode));
}

struct inode *proc_new_inode(struct super_block *sb)
{
	struct inode *inode = new_inode(sb);

	if (!inode)
		return NULL;
	inode->i_mtime = inode->i_atime = inode->i_ctime = current_time(inode);
	return inode;
}

static void proc_evict_inode(struct inode *inode)
{
	struct proc_inode *ei = PROC_I(inode);

	if (ei->pde)
		pde_put(ei->pde);
	if (ei->sysctl)
		sysctl_head_put(ei->sysctl);
}

static struct proc_dir_entry *pde_of(struct file *file)
{
	struct proc_dir_entry *pde = PDE(file_inode(file));

	return (pde->flags & PROC_ENTRY_REMOVED) ? NULL : pde;
}

static loff_t proc_reg_llseek(struct file *file, loff_t offset, int whence)
{
	struct proc_dir_entry *pde = pde_of(file);

	if (!pde)
		return -EINVAL;
	if (!pde->proc_ops->proc_lseek)
		return -ESPIPE;
	return pde->proc_ops->proc_lseek(file, offset, whence);
}

static ssize_t proc_reg_read(struct file *file, char __user *buf,
			     size_t count, loff_t *ppos)
{
	struct proc_dir_entry *pde = pde_of(file);

	if (!pde)
		return -EIO;
	if (!pde->proc_ops->proc_read)
		return -EIO;
	return pde->proc_ops->proc_read(file, buf, count, ppos);
}

static ssize_t proc_reg_write(struct file *file, const char __user *buf,
			      size_t count, loff_t *ppos)
{
	struct proc_dir_entry *pde = pde_of(file);

	if (!pde)
		return -EIO;
	if (!pde->proc_ops->proc_write)
		return -EIO;
	return pde->proc_ops->proc_write(file, buf, count, ppos);
}

static __poll_t proc_reg_poll(struct file *file, struct poll_table_struct *pts)
{
	struct proc_dir_entry *pde = pde_of(file);

	if (!pde)
		return EPOLLERR;
	if (!pde->proc_ops->proc_poll)
		return DEFAULT_POLLMASK;
	return pde->proc_ops->proc_poll(file, pts);
}

static long proc_reg_unlocked_ioctl(struct file *file, unsigned int cmd,
				    unsigned long arg)
{
	struct proc_dir_entry *pde = pde_of(file);

	if (!pde)
		return -ENOTTY;
	if (!pde->proc_ops->proc_ioctl)
		return -ENOTTY;
	return pde->proc_ops->proc_ioctl(file, cmd, arg);
}

static int proc_reg_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct proc_dir_entry *pde = pde_of(file);

	if (!pde)
		return -EIO;
	if (!pde->proc_ops->proc_mmap)
		return -EIO;
	return pde->proc_ops->proc_mmap(file, vma);
}

/* An open file of an entry with ->proc_release. */
struct pde_opener {
	struct list_head lh;
	struct file *file;
};

static struct pde_opener *find_opener(struct proc_dir_entry *pde,
				      struct file *file)
{
	struct pde_opener *pdeo;

	list_for_each_entry(pdeo, &pde->pde_openers, lh)
		if (pdeo->file == file)
			return pdeo;
	return NULL;
}

static int proc_reg_open(struct inode *inode, struct file *file)
{
	struct proc_dir_entry *pde = PDE(inode);
	struct pde_opener *pdeo = NULL;
	int rv = 0;

	if (pde->flags & PROC_ENTRY_REMOVED)
		return -ENOENT;
	if (!pde->proc_ops->proc_lseek)
		file->f_mode &= ~FMODE_LSEEK;
	if (pde->proc_ops->proc_release) {
		pdeo = kmalloc(sizeof(*pdeo), GFP_KERNEL);
		if (!pdeo)
			return -ENOMEM;
	}
	if (pde->proc_ops->proc_open)
		rv = pde->proc_ops->proc_open(inode, file);
	if (pdeo && !rv) {
		pdeo->file = file;
		list_add(&pdeo->lh, &pde->pde_openers);
	} else {
		kfree(pdeo);
	}
	return rv;
}

/* Unless the entry's removal has done it already. */
static int proc_reg_release(struct inode *inode, struct file *file)
{
	struct proc_dir_entry *pde = PDE(inode);
	struct pde_opener *pdeo = find_opener(pde, file);

	if (!pdeo)
		return 0;
	list_del(&pdeo->lh);
	kfree(pdeo);
	return pde->proc_ops->proc_release(inode, file);
}

void proc_entry_rundown(struct proc_dir_entry *pde)
{
	while (!list_empty(&pde->pde_openers)) {
		struct pde_opener *pdeo = list_first_entry(&pde->pde_openers,
							   struct pde_opener,
							   lh);
		struct file *file = pdeo->file;

		list_del(&pdeo->lh);
		kfree(pdeo);
		pde->proc_ops->proc_release(file_inode(file), file);
	}
}

static const struct file_operations proc_reg_file_ops = {
	.llseek		= proc_reg_llseek,
	.read		= proc_reg_read,
	.write		= proc_reg_write,
	.poll		= proc_reg_poll,
	.unlocked_ioctl	= proc_reg_unlocked_ioctl,
	.mmap		= proc_reg_mmap,
	.open		= proc_reg_open,
	.release	= proc_reg_release,
};

/* Linux reads seq_file entries through read_iter, which can splice. */
static const struct file_operations proc_iter_file_ops = {
	.llseek		= proc_reg_llseek,
	.read		= proc_reg_read,
	.write		= proc_reg_write,
	.splice_read	= generic_file_splice_read,
	.poll		= proc_reg_poll,
	.unlocked_ioctl	= proc_reg_unlocked_ioctl,
	.mmap		= proc_reg_mmap,
	.open		= proc_reg_open,
	.release	= proc_reg_release,
};

static int proc_seq_open(struct inode *inode, struct file *file)
{
	struct proc_dir_entry *de = PDE(inode);

	if (de->state_size)
		return seq_open_private(file, de->seq_ops, de->state_size);
	return seq_open(file, de->seq_ops);
}

static int proc_seq_release(struct inode *inode, struct file *file)
{
	struct proc_dir_entry *de = PDE(inode);

	if (de->state_size)
		return seq_release_private(inode, file);
	return seq_release(inode, file);
}

const struct proc_ops proc_seq_ops = {
	.proc_open	= proc_seq_open,
	.proc_read	= seq_read,
	.proc_lseek	= seq_lseek,
	.proc_release	= proc_seq_release,
};

static int proc_single_open(struct inode *inode, struct file *file)
{
	struct proc_dir_entry *de = PDE(inode);

	return single_open(file, de->single_show, de->data);
}

const struct proc_ops proc_single_ops = {
	.proc_open	= proc_single_open,
	.proc_read	= seq_read,
	.proc_lseek	= seq_lseek,
	.proc_release	= single_release,
};

static const char *proc_get_link(struct dentry *dentry, struct inode *inode,
				 struct delayed_call *done)
{
	struct proc_dir_entry *pde = PDE(inode);

	if (pde->flags & PROC_ENTRY_REMOVED)
		return ERR_PTR(-EINVAL);
	return pde->data;
}

const struct inode_operations proc_link_inode_operations = {
	.get_link	= proc_get_link,
};

/* An inode for a proc_dir_entry; takes over the caller's reference. */
struct inode *proc_get_inode(struct super_block *sb, struct proc_dir_entry *de)
{
	struct inode *inode = proc_new_inode(sb);

	if (!inode) {
		pde_put(de);
		return NULL;
	}
	PROC_I(inode)->pde = de;
	inode->i_private = de->data;
	inode->i_ino = de->low_ino;
	inode->i_mode = de->mode;
	inode->i_uid = de->uid;
	inode->i_gid = de->gid;
	inode->i_size = de->size;
	if (de->nlink)
		set_nlink(inode, de->nlink);
	inode->i_op = de->proc_iops;
	if (S_ISREG(inode->i_mode))
		inode->i_fop = (de->flags & PROC_ENTRY_SPLICE) ?
			       &proc_iter_file_ops : &proc_reg_file_ops;
	else if (S_ISDIR(inode->i_mode))
		inode->i_fop = de->proc_dir_ops;
	return inode;
}

static const struct super_operations proc_sops = {
	.alloc_inode	= proc_alloc_inode,
	.free_inode	= proc_free_inode,
	.statfs		= simple_statfs,
	.evict_inode	= proc_evict_inode,
};

int proc_fill_super(struct super_block *s, void *data, int silent)
{
	struct inode *root_inode;

	s->s_blocksize = 1024;
	s->s_blocksize_bits = 10;
	s->s_magic = PROC_SUPER_MAGIC;
	s->s_op = &proc_sops;
	s->s_d_op = &proc_dentry_operations;
	s->s_time_gran = 1;

	root_inode = proc_get_inode(s, pde_get(&proc_root));
	if (!root_inode)
		return -ENOMEM;
	s->s_root = d_make_root(root_inode);
	return s->s_root ? 0 : -ENOMEM;
}

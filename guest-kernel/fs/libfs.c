// SPDX-License-Identifier: GPL-2.0
/*
 * Helpers for simple filesystems whose tree lives in the dcache (ramfs,
 * and synthetic ones built the same way): lookups that find nothing
 * new, readdir over the cached children, link/unlink/rename that only
 * adjust counts, and copy helpers for small buffers.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/errno.h>
#include <linux/dcache.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

int simple_statfs(struct dentry *dentry, struct kstatfs *buf)
{
	buf->f_type = dentry->d_sb->s_magic;
	buf->f_bsize = PAGE_SIZE;
	buf->f_namelen = NAME_MAX;
	return 0;
}

int simple_getattr(struct user_namespace *mnt_userns, const struct path *path,
		   struct kstat *stat, u32 request_mask, unsigned int query_flags)
{
	struct inode *inode = d_inode(path->dentry);

	generic_fillattr(&init_user_ns, inode, stat);
	stat->blocks = inode->i_mapping->nrpages << (PAGE_SHIFT - 9);
	return 0;
}

/* Everything that exists is in the dcache: a name not there is absent. */
struct dentry *simple_lookup(struct inode *dir, struct dentry *dentry,
			     unsigned int flags)
{
	if (dentry->d_name.len > NAME_MAX)
		return ERR_PTR(-ENAMETOOLONG);
	d_add(dentry, NULL);
	return NULL;
}

int simple_open(struct inode *inode, struct file *file)
{
	if (inode->i_private)
		file->private_data = inode->i_private;
	return 0;
}
EXPORT_SYMBOL(simple_open);

/* The cursor marks where readdir is among the children; it moves past each entry. */
int dcache_dir_open(struct inode *inode, struct file *file)
{
	static const struct qstr cursor_name = QSTR_INIT(".", 1);
	struct dentry *parent = file->f_path.dentry;
	struct dentry *cursor = d_alloc_pseudo(parent->d_sb, &cursor_name);

	if (!cursor)
		return -ENOMEM;
	cursor->d_flags |= DCACHE_CURSOR;
	cursor->d_parent = parent;
	list_add(&cursor->d_child, &parent->d_subdirs);
	file->private_data = cursor;
	return 0;
}

int dcache_dir_close(struct inode *inode, struct file *file)
{
	struct dentry *cursor = file->private_data;

	list_del_init(&cursor->d_child);
	cursor->d_parent = cursor;
	dput(cursor);
	return 0;
}

static bool simple_positive(struct dentry *dentry)
{
	return dentry->d_inode && !d_unhashed(dentry) &&
	       !(dentry->d_flags & DCACHE_CURSOR);
}

/* The first positive child after p (the list head to start). */
static struct dentry *scan_positives(struct dentry *parent, struct list_head *p)
{
	for (p = p->next; p != &parent->d_subdirs; p = p->next) {
		struct dentry *d = list_entry(p, struct dentry, d_child);

		if (simple_positive(d))
			return d;
	}
	return NULL;
}

loff_t dcache_dir_lseek(struct file *file, loff_t offset, int whence)
{
	struct dentry *dentry = file->f_path.dentry;
	struct dentry *cursor = file->private_data;
	struct dentry *d;
	loff_t n;

	switch (whence) {
	case SEEK_CUR:
		offset += file->f_pos;
		fallthrough;
	case SEEK_SET:
		if (offset >= 0)
			break;
		fallthrough;
	default:
		return -EINVAL;
	}
	if (offset != file->f_pos) {
		file->f_pos = offset;
		list_move(&cursor->d_child, &dentry->d_subdirs);
		/* skip offset - 2 entries after the dots */
		for (n = offset - 2, d = NULL; n > 0; n--) {
			d = scan_positives(dentry, &cursor->d_child);
			if (!d)
				break;
			list_move(&cursor->d_child, &d->d_child);
		}
	}
	return offset;
}

static unsigned char dt_type(struct inode *inode)
{
	return (inode->i_mode >> 12) & 15;
}

bool dir_emit_dots(struct file *file, struct dir_context *ctx)
{
	if (ctx->pos == 0) {
		if (!dir_emit(ctx, ".", 1, file_inode(file)->i_ino, DT_DIR))
			return false;
		ctx->pos = 1;
	}
	if (ctx->pos == 1) {
		struct dentry *d = file->f_path.dentry;

		if (!dir_emit(ctx, "..", 2, parent_ino(d), DT_DIR))
			return false;
		ctx->pos = 2;
	}
	return true;
}

int dcache_readdir(struct file *file, struct dir_context *ctx)
{
	struct dentry *dentry = file->f_path.dentry;
	struct dentry *cursor = file->private_data;
	struct dentry *next;

	if (!dir_emit_dots(file, ctx))
		return 0;
	if (ctx->pos == 2)
		list_move(&cursor->d_child, &dentry->d_subdirs);
	while ((next = scan_positives(dentry, &cursor->d_child))) {
		if (!dir_emit(ctx, (const char *)next->d_name.name,
			      next->d_name.len, d_inode(next)->i_ino,
			      dt_type(d_inode(next))))
			break;
		list_move(&cursor->d_child, &next->d_child);
		ctx->pos++;
	}
	return 0;
}

ssize_t generic_read_dir(struct file *filp, char __user *buf, size_t siz,
			 loff_t *ppos)
{
	return -EISDIR;
}

const struct file_operations simple_dir_operations = {
	.open		= dcache_dir_open,
	.release	= dcache_dir_close,
	.llseek		= dcache_dir_lseek,
	.read		= generic_read_dir,
	.iterate_shared	= dcache_readdir,
	.fsync		= noop_fsync,
};

const struct inode_operations simple_dir_inode_operations = {
	.lookup		= simple_lookup,
};

int simple_empty(struct dentry *dentry)
{
	return !scan_positives(dentry, &dentry->d_subdirs);
}

int simple_link(struct dentry *old_dentry, struct inode *dir,
		struct dentry *dentry)
{
	struct inode *inode = d_inode(old_dentry);

	inode->i_ctime = dir->i_ctime = dir->i_mtime = current_time(inode);
	inc_nlink(inode);
	ihold(inode);
	dget(dentry);
	d_instantiate(dentry, inode);
	return 0;
}

int simple_unlink(struct inode *dir, struct dentry *dentry)
{
	struct inode *inode = d_inode(dentry);

	inode->i_ctime = dir->i_ctime = dir->i_mtime = current_time(inode);
	drop_nlink(inode);
	dput(dentry);	/* the pin */
	return 0;
}

int simple_rmdir(struct inode *dir, struct dentry *dentry)
{
	if (!simple_empty(dentry))
		return -ENOTEMPTY;
	drop_nlink(d_inode(dentry));
	simple_unlink(dir, dentry);
	drop_nlink(dir);
	return 0;
}

int simple_rename(struct user_namespace *mnt_userns, struct inode *old_dir,
		  struct dentry *old_dentry, struct inode *new_dir,
		  struct dentry *new_dentry, unsigned int flags)
{
	struct inode *inode = d_inode(old_dentry);
	int they_are_dirs = d_is_dir(old_dentry);

	if (flags & ~(RENAME_NOREPLACE | RENAME_EXCHANGE))
		return -EINVAL;
	if (flags & RENAME_EXCHANGE) {
		bool old_is_dir = d_is_dir(old_dentry);
		bool new_is_dir = d_is_dir(new_dentry);

		if (old_dir != new_dir && old_is_dir != new_is_dir) {
			if (old_is_dir) {
				drop_nlink(old_dir);
				inc_nlink(new_dir);
			} else {
				drop_nlink(new_dir);
				inc_nlink(old_dir);
			}
		}
		old_dir->i_ctime = old_dir->i_mtime = new_dir->i_ctime =
			new_dir->i_mtime = current_time(old_dir);
		return 0;
	}
	if (!simple_empty(new_dentry))
		return -ENOTEMPTY;
	if (d_really_is_positive(new_dentry)) {
		simple_unlink(new_dir, new_dentry);
		if (they_are_dirs) {
			drop_nlink(d_inode(new_dentry));
			drop_nlink(old_dir);
		}
	} else if (they_are_dirs) {
		drop_nlink(old_dir);
		inc_nlink(new_dir);
	}
	old_dir->i_ctime = old_dir->i_mtime = new_dir->i_ctime =
		new_dir->i_mtime = inode->i_ctime = current_time(old_dir);
	return 0;
}

const char *simple_get_link(struct dentry *dentry, struct inode *inode,
			    struct delayed_call *done)
{
	return inode->i_link;
}

void kfree_link(void *p)
{
	kfree(p);
}

const struct inode_operations simple_symlink_inode_operations = {
	.get_link	= simple_get_link,
};

ssize_t simple_read_from_buffer(void __user *to, size_t count, loff_t *ppos,
				const void *from, size_t available)
{
	loff_t pos = *ppos;
	size_t ret;

	if (pos < 0)
		return -EINVAL;
	if (pos >= available || !count)
		return 0;
	if (count > available - pos)
		count = available - pos;
	ret = copy_to_user(to, (const char *)from + pos, count);
	if (ret == count)
		return -EFAULT;
	count -= ret;
	*ppos = pos + count;
	return count;
}
EXPORT_SYMBOL(simple_read_from_buffer);

ssize_t simple_write_to_buffer(void *to, size_t available, loff_t *ppos,
			       const void __user *from, size_t count)
{
	loff_t pos = *ppos;
	size_t res;

	if (pos < 0)
		return -EINVAL;
	if (pos >= available || !count)
		return 0;
	if (count > available - pos)
		count = available - pos;
	res = copy_from_user((char *)to + pos, from, count);
	if (res == count)
		return -EFAULT;
	count -= res;
	*ppos = pos + count;
	return count;
}
EXPORT_SYMBOL(simple_write_to_buffer);

/*
 * Simple attribute files: one number, read with fmt and written as
 * text in any base. Opened by DEFINE_SIMPLE_ATTRIBUTE's and
 * DEFINE_DEBUGFS_ATTRIBUTE's ->open; the data is inode->i_private.
 */
struct simple_attr {
	int (*get)(void *, u64 *);
	int (*set)(void *, u64);
	char get_buf[24];	/* enough for one u64 and a newline */
	char set_buf[24];
	void *data;
	const char *fmt;
};

int simple_attr_open(struct inode *inode, struct file *file,
		     int (*get)(void *, u64 *), int (*set)(void *, u64),
		     const char *fmt)
{
	struct simple_attr *attr = kzalloc(sizeof(*attr), GFP_KERNEL);

	if (!attr)
		return -ENOMEM;
	attr->get = get;
	attr->set = set;
	attr->data = inode->i_private;
	attr->fmt = fmt;
	file->private_data = attr;
	return nonseekable_open(inode, file);
}
EXPORT_SYMBOL_GPL(simple_attr_open);

int simple_attr_release(struct inode *inode, struct file *file)
{
	kfree(file->private_data);
	return 0;
}
EXPORT_SYMBOL_GPL(simple_attr_release);

/* The value is read once per open file, at offset 0; later reads continue it. */
ssize_t simple_attr_read(struct file *file, char __user *buf, size_t len,
			 loff_t *ppos)
{
	struct simple_attr *attr = file->private_data;
	size_t size;
	int ret;

	if (!attr->get)
		return -EACCES;
	if (*ppos && attr->get_buf[0]) {
		size = strlen(attr->get_buf);
	} else {
		u64 val;

		ret = attr->get(attr->data, &val);
		if (ret)
			return ret;
		size = scnprintf(attr->get_buf, sizeof(attr->get_buf),
				 attr->fmt, (unsigned long long)val);
	}
	return simple_read_from_buffer(buf, len, ppos, attr->get_buf, size);
}
EXPORT_SYMBOL_GPL(simple_attr_read);

/* Only the first 23 bytes count; success claims the whole write. */
static ssize_t simple_attr_write_xsigned(struct file *file,
					 const char __user *buf, size_t len,
					 loff_t *ppos, bool is_signed)
{
	struct simple_attr *attr = file->private_data;
	unsigned long long val;
	size_t size;
	ssize_t ret;

	if (!attr->set)
		return -EACCES;
	size = min(sizeof(attr->set_buf) - 1, len);
	if (copy_from_user(attr->set_buf, buf, size))
		return -EFAULT;
	attr->set_buf[size] = '\0';
	if (is_signed)
		ret = kstrtoll(attr->set_buf, 0, (long long *)&val);
	else
		ret = kstrtoull(attr->set_buf, 0, &val);
	if (ret)
		return ret;
	ret = attr->set(attr->data, val);
	return ret ? ret : len;
}

ssize_t simple_attr_write(struct file *file, const char __user *buf,
			  size_t len, loff_t *ppos)
{
	return simple_attr_write_xsigned(file, buf, len, ppos, false);
}
EXPORT_SYMBOL_GPL(simple_attr_write);

ssize_t simple_attr_write_signed(struct file *file, const char __user *buf,
				 size_t len, loff_t *ppos)
{
	return simple_attr_write_xsigned(file, buf, len, ppos, true);
}
EXPORT_SYMBOL_GPL(simple_attr_write_signed);

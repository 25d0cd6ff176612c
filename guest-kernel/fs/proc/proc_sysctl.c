// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/sys: the registered sysctl tables as a tree of directories and
 * files, each directory's entries kept in name order (Linux's readdir
 * order). Access follows the entry's mode even for root, as in Linux:
 * root cannot write a 0444 entry.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysctl.h>
#include <linux/uaccess.h>
#include "internal.h"

/* A directory, or one entry of a registered table. */
struct ctl_node {
	struct list_head sibling;	/* in the parent's children, by name */
	struct list_head children;
	struct ctl_node *parent;
	const char *name;
	struct ctl_table *table;	/* NULL: a directory */
	struct ctl_table_header *head;
};

struct ctl_table_header {
	struct ctl_table *table;
	struct ctl_node *nodes;		/* one per entry */
	int count;			/* the registration and each inode */
	bool unregistering;
};

static struct ctl_node sysctl_root = {
	.children	= LIST_HEAD_INIT(sysctl_root.children),
	.name		= "sys",
};

static struct ctl_node *dir_node(struct inode *inode)
{
	return PROC_I(inode)->sysctl_node ?: &sysctl_root;
}

static struct ctl_node *find_entry(struct ctl_node *dir, const char *name,
				   size_t len)
{
	struct ctl_node *n;

	list_for_each_entry(n, &dir->children, sibling)
		if (strlen(n->name) == len && !memcmp(n->name, name, len))
			return n;
	return NULL;
}

static void insert_entry(struct ctl_node *dir, struct ctl_node *node)
{
	struct ctl_node *n;

	node->parent = dir;
	list_for_each_entry(n, &dir->children, sibling)
		if (strcmp(node->name, n->name) < 0)
			break;
	list_add_tail(&node->sibling, &n->sibling);
}

/* The directory for path, made as needed; directories stay forever. */
static struct ctl_node *get_dir(const char *path)
{
	struct ctl_node *dir = &sysctl_root, *sub;

	while (*path) {
		const char *slash = strchr(path, '/');
		size_t len = slash ? (size_t)(slash - path) : strlen(path);
		char *name;

		sub = len ? find_entry(dir, path, len) : dir;
		if (sub && sub->table)
			return ERR_PTR(-EEXIST);
		if (!sub) {
			sub = kzalloc(sizeof(*sub) + len + 1, GFP_KERNEL);
			if (!sub)
				return ERR_PTR(-ENOMEM);
			name = (char *)(sub + 1);
			memcpy(name, path, len);
			sub->name = name;
			INIT_LIST_HEAD(&sub->children);
			insert_entry(dir, sub);
		}
		dir = sub;
		path += len;
		if (*path == '/')
			path++;
	}
	return dir;
}

struct ctl_table_header *register_sysctl(const char *path,
					 struct ctl_table *table)
{
	struct ctl_table_header *head;
	struct ctl_node *dir = get_dir(path);
	struct ctl_table *entry;
	int n = 0, i;

	if (IS_ERR(dir))
		return NULL;
	for (entry = table; entry->procname; entry++)
		n++;
	head = kzalloc(sizeof(*head) + n * sizeof(struct ctl_node), GFP_KERNEL);
	if (!head)
		return NULL;
	head->table = table;
	head->nodes = (struct ctl_node *)(head + 1);
	head->count = 1;
	for (i = 0; i < n; i++) {
		if (find_entry(dir, table[i].procname,
			       strlen(table[i].procname))) {
			pr_err("sysctl duplicate entry: /%s/%s\n", path,
			       table[i].procname);
			goto fail;
		}
		head->nodes[i].name = table[i].procname;
		head->nodes[i].table = &table[i];
		head->nodes[i].head = head;
		INIT_LIST_HEAD(&head->nodes[i].children);
		insert_entry(dir, &head->nodes[i]);
	}
	return head;
fail:
	while (i--)
		list_del_init(&head->nodes[i].sibling);
	kfree(head);
	return NULL;
}

void sysctl_head_put(struct ctl_table_header *head)
{
	if (!--head->count)
		kfree(head);
}

bool sysctl_is_unregistered(struct inode *inode)
{
	struct ctl_table_header *head = PROC_I(inode)->sysctl;

	return head && head->unregistering;
}

void unregister_sysctl_table(struct ctl_table_header *head)
{
	struct ctl_table *entry;
	int i = 0;

	if (!head)
		return;
	for (entry = head->table; entry->procname; entry++)
		list_del_init(&head->nodes[i++].sibling);
	head->unregistering = true;
	sysctl_head_put(head);
}

/* Root too is held to the mode: bits 6-8 say what it may do. */
static int sysctl_perm(struct ctl_table *table, int op)
{
	int mode = table->mode >> 6;

	return (op & ~mode & (MAY_READ | MAY_WRITE | MAY_EXEC)) ? -EACCES : 0;
}

static const struct inode_operations proc_sys_inode_operations;
static const struct file_operations proc_sys_file_operations;
static const struct inode_operations proc_sys_dir_operations;
static const struct file_operations proc_sys_dir_file_operations;

static struct inode *proc_sys_make_inode(struct super_block *sb,
					 struct ctl_node *node)
{
	struct inode *inode = proc_new_inode(sb);
	struct proc_inode *ei;

	if (!inode)
		return NULL;
	ei = PROC_I(inode);
	inode->i_ino = get_next_ino();
	if (node->table) {
		ei->sysctl = node->head;
		ei->sysctl_entry = node->table;
		node->head->count++;
		inode->i_mode = S_IFREG | (node->table->mode & S_IALLUGO);
		inode->i_op = &proc_sys_inode_operations;
		inode->i_fop = &proc_sys_file_operations;
	} else {
		ei->sysctl_node = node;
		inode->i_mode = S_IFDIR | S_IRUGO | S_IXUGO;
		inode->i_op = &proc_sys_dir_operations;
		inode->i_fop = &proc_sys_dir_file_operations;
	}
	return inode;
}

static struct dentry *proc_sys_lookup(struct inode *dir, struct dentry *dentry,
				      unsigned int flags)
{
	struct ctl_node *node;
	struct inode *inode;

	node = find_entry(dir_node(dir), (const char *)dentry->d_name.name,
			  dentry->d_name.len);
	if (!node)
		return ERR_PTR(-ENOENT);
	inode = proc_sys_make_inode(dir->i_sb, node);
	if (!inode)
		return ERR_PTR(-ENOMEM);
	return d_splice_alias(inode, dentry);
}

static ssize_t proc_sys_call_handler(struct file *file, char __user *ubuf,
				     size_t count, loff_t *ppos, int write)
{
	struct proc_inode *ei = PROC_I(file_inode(file));
	struct ctl_table *table = ei->sysctl_entry;
	ssize_t error;
	char *kbuf;

	if (ei->sysctl->unregistering)
		return -ENOENT;
	if (sysctl_perm(table, write ? MAY_WRITE : MAY_READ))
		return -EPERM;
	if (!table->proc_handler)
		return -EINVAL;
	if (!write)	/* no entry of ours is longer */
		count = min(count, (size_t)PAGE_SIZE);
	kbuf = kzalloc(count + 1, GFP_KERNEL);
	if (!kbuf)
		return -ENOMEM;
	error = -EFAULT;
	if (write && copy_from_user(kbuf, ubuf, count))
		goto out;
	error = table->proc_handler(table, write, kbuf, &count, ppos);
	if (error)
		goto out;
	error = -EFAULT;
	if (!write && copy_to_user(ubuf, kbuf, count))
		goto out;
	error = count;
out:
	kfree(kbuf);
	return error;
}

static ssize_t proc_sys_read(struct file *file, char __user *buf,
			     size_t count, loff_t *ppos)
{
	return proc_sys_call_handler(file, buf, count, ppos, 0);
}

static ssize_t proc_sys_write(struct file *file, const char __user *buf,
			      size_t count, loff_t *ppos)
{
	return proc_sys_call_handler(file, (char __user *)buf, count, ppos, 1);
}

static int proc_sys_open(struct inode *inode, struct file *filp)
{
	return PROC_I(inode)->sysctl->unregistering ? -ENOENT : 0;
}

static struct ctl_node *nth_entry(struct ctl_node *dir, loff_t i)
{
	struct ctl_node *n;

	list_for_each_entry(n, &dir->children, sibling)
		if (!i--)
			return n;
	return NULL;
}

/*
 * ".", "..", then the entries: ctx->pos - 2 indexes the children. Each
 * is found afresh, as a table may go while dir_emit() sleeps.
 */
static int proc_sys_readdir(struct file *file, struct dir_context *ctx)
{
	struct ctl_node *dir = dir_node(file_inode(file)), *n;

	if (!dir_emit_dots(file, ctx))
		return 0;
	while ((n = nth_entry(dir, ctx->pos - 2))) {
		char name[NAME_MAX + 1];

		strscpy(name, n->name, sizeof(name));
		if (!dir_emit(ctx, name, strlen(name), 1,
			      n->table ? DT_REG : DT_DIR))
			return 0;
		ctx->pos++;
	}
	return 0;
}

static int proc_sys_permission(struct user_namespace *mnt_userns,
			       struct inode *inode, int mask)
{
	struct proc_inode *ei = PROC_I(inode);

	if ((mask & MAY_EXEC) && S_ISREG(inode->i_mode))
		return -EACCES;
	if (!ei->sysctl_entry)		/* a directory: r-xr-xr-x */
		return (mask & MAY_WRITE) ? -EACCES : 0;
	if (ei->sysctl->unregistering)
		return -ENOENT;
	return sysctl_perm(ei->sysctl_entry, mask);
}

static int proc_sys_setattr(struct user_namespace *mnt_userns,
			    struct dentry *dentry, struct iattr *attr)
{
	if (attr->ia_valid & (ATTR_MODE | ATTR_UID | ATTR_GID))
		return -EPERM;
	return 0;
}

static const struct file_operations proc_sys_file_operations = {
	.open		= proc_sys_open,
	.read		= proc_sys_read,
	.write		= proc_sys_write,
	.splice_read	= generic_file_splice_read,
	.splice_write	= iter_file_splice_write,
	.llseek		= default_llseek,
};

static const struct file_operations proc_sys_dir_file_operations = {
	.read		= generic_read_dir,
	.iterate_shared	= proc_sys_readdir,
	.llseek		= generic_file_llseek,
};

static const struct inode_operations proc_sys_inode_operations = {
	.permission	= proc_sys_permission,
	.setattr	= proc_sys_setattr,
};

static const struct inode_operations proc_sys_dir_operations = {
	.lookup		= proc_sys_lookup,
	.permission	= proc_sys_permission,
	.setattr	= proc_sys_setattr,
};

int __init proc_sys_init(void)
{
	struct proc_dir_entry *proc_sys_root = proc_mkdir("sys", NULL);

	if (!proc_sys_root)
		return -ENOMEM;
	proc_sys_root->proc_iops = &proc_sys_dir_operations;
	proc_sys_root->proc_dir_ops = &proc_sys_dir_file_operations;
	proc_sys_root->nlink = 0;
	return 0;
}

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kernfs, reduced: a tree of directories, attribute files and symlinks
 * that a pseudo filesystem (sysfs) shows. Nodes are looked up by name;
 * a removed node stays valid while referenced, but its files fail with
 * -ENODEV and never call their ops again.
 */
#ifndef _LINUX_KERNFS_H
#define _LINUX_KERNFS_H

#include <linux/types.h>
#include <linux/list.h>

struct file;
struct seq_file;
struct kernfs_open_file;

enum kernfs_node_type {
	KERNFS_DIR	= 0x0001,
	KERNFS_FILE	= 0x0002,
	KERNFS_LINK	= 0x0004,
};

#define KERNFS_TYPE_MASK	0x000f
#define KERNFS_REMOVED		0x0010

struct kernfs_ops {
	/* text attributes: show into the seq_file */
	int (*seq_show)(struct seq_file *sf, void *v);
	/* binary attributes: read and write at an offset */
	ssize_t (*read)(struct kernfs_open_file *of, char *buf, size_t bytes,
			loff_t off);
	/* a write of more than this fails with -E2BIG (0: PAGE_SIZE, cut) */
	size_t atomic_write_len;
	ssize_t (*write)(struct kernfs_open_file *of, char *buf, size_t bytes,
			 loff_t off);
};

struct kernfs_node {
	int count;
	struct kernfs_node *parent;
	const char *name;
	struct list_head sibling;	/* in the parent's children, by name */
	unsigned short flags;
	umode_t mode;
	unsigned long ino;
	union {
		struct {
			struct list_head children;
			unsigned int subdirs;
		} dir;
		struct {
			struct kernfs_node *target_kn;
		} symlink;
		struct {
			const struct kernfs_ops *ops;
			loff_t size;
			unsigned int event;	/* kernfs_notify()s so far */
		} attr;
	};
	void *priv;			/* the kobject, or the attribute */
};

struct kernfs_open_file {
	struct kernfs_node *kn;
	struct file *file;
	struct seq_file *seq_file;
	void *priv;
	unsigned int event;		/* the last one this file has seen */
};

static inline enum kernfs_node_type kernfs_type(struct kernfs_node *kn)
{
	return kn->flags & KERNFS_TYPE_MASK;
}

struct kernfs_node *kernfs_create_root(void *priv);
struct kernfs_node *kernfs_create_dir(struct kernfs_node *parent,
				      const char *name, umode_t mode,
				      void *priv);
struct kernfs_node *kernfs_create_file(struct kernfs_node *parent,
				       const char *name, umode_t mode,
				       loff_t size, const struct kernfs_ops *ops,
				       void *priv);
struct kernfs_node *kernfs_create_link(struct kernfs_node *parent,
				       const char *name,
				       struct kernfs_node *target);
struct kernfs_node *kernfs_find_and_get(struct kernfs_node *parent,
					const char *name);
void kernfs_get(struct kernfs_node *kn);
void kernfs_put(struct kernfs_node *kn);
void kernfs_remove(struct kernfs_node *kn);
void kernfs_notify(struct kernfs_node *kn);
int kernfs_remove_by_name(struct kernfs_node *parent, const char *name);
int kernfs_name(struct kernfs_node *kn, char *buf, size_t buflen);
int kernfs_path(struct kernfs_node *kn, char *buf, size_t buflen);

struct super_block;
int kernfs_fill_super(struct super_block *sb, struct kernfs_node *root,
		      unsigned long magic);

#endif

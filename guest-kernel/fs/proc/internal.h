/* SPDX-License-Identifier: GPL-2.0 */
/* procfs internals. */
#ifndef _FS_PROC_INTERNAL_H
#define _FS_PROC_INTERNAL_H

#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/namei.h>
#include <linux/poll.h>
#include <linux/list.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/seq_file.h>

#define PROC_ROOT_INO		1
#define PROC_DYNAMIC_FIRST	0xF0000000U	/* first pde inode number */

/* pde->flags */
#define PROC_ENTRY_SPLICE	2	/* read_iter-based in Linux: sendfile works */
#define PROC_ENTRY_REMOVED	4	/* gone: open files get -EIO */

/*
 * A node of the /proc tree: files, directories and symlinks created by
 * proc_create() and friends. Children are kept sorted as Linux's rbtree
 * sorts them (shorter names first, then memcmp), which is readdir order.
 */
struct proc_dir_entry {
	unsigned int refcnt;
	const struct inode_operations *proc_iops;
	union {
		const struct proc_ops *proc_ops;
		const struct file_operations *proc_dir_ops;
	};
	union {
		const struct seq_operations *seq_ops;
		int (*single_show)(struct seq_file *, void *);
	};
	void *data;
	unsigned int state_size;
	unsigned int low_ino;
	unsigned int nlink;
	uid_t uid;
	gid_t gid;
	loff_t size;
	struct proc_dir_entry *parent;
	struct list_head subdir;
	struct list_head subdir_node;
	struct list_head pde_openers;	/* open files that need ->proc_release */
	char *name;
	umode_t mode;
	u8 flags;
	u8 namelen;
	char inline_name[];
};

struct task_struct;
struct ctl_node;
struct ctl_table;
struct ctl_table_header;

/* The per-pid files: a show function, or a link to follow. */
union proc_op {
	int (*proc_get_link)(struct dentry *, struct path *);
	int (*proc_show)(struct seq_file *m, struct task_struct *task);
};

/*
 * What a procfs inode is about, around the inode itself as in Linux: an
 * entry's inode keeps i_private for the entry's data (pde_data(), which
 * modules inline as inode->i_private).
 */
struct proc_inode {
	struct proc_dir_entry *pde;
	pid_t pid;		/* 0: not a per-process inode */
	u64 start_time;		/* of that task, so a reused pid is not it */
	unsigned int fd;
	union proc_op op;
	struct ctl_table_header *sysctl;	/* a /proc/sys file's table */
	struct ctl_table *sysctl_entry;
	struct ctl_node *sysctl_node;		/* a /proc/sys directory */
	struct inode vfs_inode;
};

static inline struct proc_inode *PROC_I(const struct inode *inode)
{
	return container_of(inode, struct proc_inode, vfs_inode);
}

static inline struct proc_dir_entry *PDE(const struct inode *inode)
{
	return PROC_I(inode)->pde;
}

extern struct proc_dir_entry proc_root;
extern const struct dentry_operations proc_dentry_operations;
extern const struct inode_operations proc_link_inode_operations;

/* generic.c */
unsigned int proc_alloc_inum(void);
struct proc_dir_entry *pde_get(struct proc_dir_entry *pde);
void pde_put(struct proc_dir_entry *pde);
struct dentry *proc_lookup(struct inode *dir, struct dentry *dentry,
			   unsigned int flags);
struct dentry *proc_lookup_de(struct inode *dir, struct dentry *dentry,
			      struct proc_dir_entry *de);
int proc_readdir(struct file *file, struct dir_context *ctx);
int proc_readdir_de(struct file *file, struct dir_context *ctx,
		    struct proc_dir_entry *de);

/* inode.c */
void proc_entry_rundown(struct proc_dir_entry *pde);
struct inode *proc_new_inode(struct super_block *sb);
struct inode *proc_get_inode(struct super_block *sb, struct proc_dir_entry *de);
int proc_fill_super(struct super_block *sb, void *data, int silent);
extern const struct proc_ops proc_seq_ops, proc_single_ops;

/* base.c */
struct task_struct *get_proc_task(const struct inode *inode);
struct inode *proc_pid_make_inode(struct super_block *sb,
				  struct task_struct *task, umode_t mode);
struct dentry *proc_pid_lookup(struct dentry *dentry, unsigned int flags);
int proc_pid_readdir(struct file *file, struct dir_context *ctx);
int pid_revalidate(struct dentry *dentry, unsigned int flags);
int proc_pid_readlink(struct dentry *dentry, char __user *buffer, int buflen);
const char *proc_pid_get_link(struct dentry *dentry, struct inode *inode,
			      struct delayed_call *done);
extern const struct inode_operations proc_pid_link_inode_operations;
extern const struct dentry_operations pid_dentry_operations;
unsigned int nr_processes(void);

/* fd.c */
extern const struct file_operations proc_fd_operations, proc_fdinfo_operations;
extern const struct inode_operations proc_fd_inode_operations;
extern const struct inode_operations proc_fdinfo_inode_operations;

/* array.c */
int proc_pid_stat(struct seq_file *m, struct task_struct *task);
int proc_pid_status(struct seq_file *m, struct task_struct *task);
int proc_pid_statm(struct seq_file *m, struct task_struct *task);

/* task_mmu.c */
extern const struct file_operations proc_pid_maps_operations;

/* self.c, thread_self.c */
extern unsigned int self_inum, thread_self_inum;
struct dentry *proc_self_lookup(struct inode *dir, struct dentry *dentry);
struct dentry *proc_thread_self_lookup(struct inode *dir, struct dentry *dentry);

/* root.c: called by start_kernel() */
void proc_root_init(void);

/* proc_sysctl.c */
int proc_sys_init(void);
void sysctl_head_put(struct ctl_table_header *head);
bool sysctl_is_unregistered(struct inode *inode);

/* proc_namespace.c (fs/) */
extern const struct file_operations proc_mounts_operations;
extern const struct file_operations proc_mountinfo_operations;

#endif

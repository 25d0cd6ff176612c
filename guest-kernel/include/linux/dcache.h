/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Directory entries: the name tree. Children are cached under their
 * parent; see Documentation/vfs.txt for when they are dropped.
 */
#ifndef _LINUX_DCACHE_H
#define _LINUX_DCACHE_H

#include <linux/types.h>
#include <linux/list.h>

struct inode;
struct super_block;
struct path;
struct vfsmount;

struct qstr {
	union {
		struct {
			u32 hash;
			u32 len;
		};
		u64 hash_len;
	};
	const unsigned char *name;
};

#define QSTR_INIT(n, l) { .hash = 0, .len = l, .name = (const unsigned char *)(n) }
#ifdef CONFIG_64BIT
#define DNAME_INLINE_LEN 32
#else
#define DNAME_INLINE_LEN 36	/* Linux's, so that struct dentry fills its cache lines */
#endif

/*
 * Laid out as Debian's headers lay it out (checked in fs/dcache.c):
 * modules use d_inode() and d_name inline. Room is kept for Linux's
 * members we do not have.
 */
struct dentry {
	unsigned int d_flags;
	u32 d_seq;
	char d_hash[2 * sizeof(void *)];	/* struct hlist_bl_node */
	struct dentry *d_parent;
	struct qstr d_name;
	struct inode *d_inode;		/* NULL: negative */
	unsigned char d_iname[DNAME_INLINE_LEN];
	u32 d_lock;
	int d_count;			/* d_lockref's count */
	const struct dentry_operations *d_op;
	struct super_block *d_sb;
	unsigned long d_time;
	void *d_fsdata;
	struct list_head d_lru;
	struct list_head d_child;	/* in the parent's d_subdirs */
	struct list_head d_subdirs;
	char d_u[2 * sizeof(void *)];	/* d_alias / d_rcu */
};

/* d_flags */
#define DCACHE_MOUNTED		0x00010000	/* something is mounted here */
#define DCACHE_UNHASHED		0x00020000	/* not findable by name any more */
#define DCACHE_CURSOR		0x00040000	/* a readdir cursor, not an entry */

struct dentry_operations {
	int (*d_revalidate)(struct dentry *, unsigned int);
	int (*d_weak_revalidate)(struct dentry *, unsigned int);
	int (*d_hash)(const struct dentry *, struct qstr *);
	int (*d_compare)(const struct dentry *, unsigned int, const char *,
			 const struct qstr *);
	int (*d_delete)(const struct dentry *);
	int (*d_init)(struct dentry *);
	void (*d_release)(struct dentry *);
	void (*d_prune)(struct dentry *);
	void (*d_iput)(struct dentry *, struct inode *);
	char *(*d_dname)(struct dentry *, char *, int);
};

static inline struct inode *d_inode(const struct dentry *dentry)
{
	return dentry->d_inode;
}

static inline bool d_really_is_negative(const struct dentry *dentry)
{
	return dentry->d_inode == NULL;
}

static inline bool d_really_is_positive(const struct dentry *dentry)
{
	return dentry->d_inode != NULL;
}

#define d_is_negative(d)	d_really_is_negative(d)
#define d_is_positive(d)	d_really_is_positive(d)

static inline bool d_unhashed(const struct dentry *dentry)
{
	return dentry->d_flags & DCACHE_UNHASHED;
}

static inline bool d_mountpoint(const struct dentry *dentry)
{
	return dentry->d_flags & DCACHE_MOUNTED;
}

static inline bool IS_ROOT(const struct dentry *dentry)
{
	return dentry == dentry->d_parent;
}

bool d_is_dir(const struct dentry *dentry);
bool d_is_reg(const struct dentry *dentry);
bool d_is_symlink(const struct dentry *dentry);

struct dentry *dget(struct dentry *dentry);
void dput(struct dentry *dentry);
struct dentry *d_alloc(struct dentry *parent, const struct qstr *name);
struct dentry *d_alloc_name(struct dentry *parent, const char *name);
struct dentry *d_alloc_pseudo(struct super_block *sb, const struct qstr *name);
void d_instantiate(struct dentry *dentry, struct inode *inode);
void d_add(struct dentry *dentry, struct inode *inode);
struct dentry *d_make_root(struct inode *root_inode);
struct dentry *d_splice_alias(struct inode *inode, struct dentry *dentry);
struct dentry *d_lookup(const struct dentry *parent, const struct qstr *name);
void d_drop(struct dentry *dentry);
void d_delete(struct dentry *dentry);
void d_move(struct dentry *dentry, struct dentry *target);
void d_exchange(struct dentry *dentry1, struct dentry *dentry2);
void d_invalidate(struct dentry *dentry);
void shrink_dcache_parent(struct dentry *parent);
void d_genocide(struct dentry *parent);
int always_delete_dentry(const struct dentry *dentry);
extern const struct dentry_operations simple_dentry_operations;
char *d_path(const struct path *path, char *buf, int buflen);
char *dentry_path_raw(const struct dentry *dentry, char *buf, int buflen);
char *dynamic_dname(char *buffer, int buflen, const char *fmt, ...);
struct dentry *lookup_one_len(const char *name, struct dentry *base, int len);
struct dentry *try_lookup_one_len(const char *name, struct dentry *base, int len);
ino_t parent_ino(struct dentry *dentry);

#endif

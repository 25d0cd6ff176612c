/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The VFS objects: inodes, open files, superblocks, filesystem types,
 * and their operations. See Documentation/vfs.txt for the contract.
 */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

#include <linux/types.h>
#include <linux/errno.h>
#include <linux/list.h>
#include <linux/wait.h>
#include <linux/err.h>
#include <linux/dcache.h>
#include <asm/page.h>
#include <linux/stat.h>
#include <linux/path.h>
#include <linux/kdev_t.h>
#include <linux/compiler.h>
#include <linux/module_abi.h>
#include <uapi/linux/fcntl.h>
#include <uapi/linux/fs.h>

struct dentry;
struct file;
struct inode;
struct kiocb;
struct iov_iter;
struct io_comp_batch;
struct poll_table_struct;
struct vm_area_struct;
struct file_lock;
struct page;
struct pipe_inode_info;
struct seq_file;
struct super_block;
struct module;
struct kstatfs;
struct io_uring_cmd;
struct fiemap_extent_info;
struct fileattr;
struct posix_acl;
struct fs_context;
struct writeback_control;
struct shrink_control;
struct vfsmount;
struct pid;

/* One user namespace: ids are plain numbers. */
struct user_namespace {
	int level;
};
extern struct user_namespace init_user_ns;

/* Something to run when a link body is no longer needed. */
struct delayed_call {
	void (*fn)(void *);
	void *arg;
};

static inline void set_delayed_call(struct delayed_call *call,
				    void (*fn)(void *), void *arg)
{
	call->fn = fn;
	call->arg = arg;
}

static inline void do_delayed_call(struct delayed_call *call)
{
	if (call->fn)
		call->fn(call->arg);
	call->fn = NULL;
}

#define DEFINE_DELAYED_CALL(name) struct delayed_call name = { NULL, NULL }

/* fmode_t */
#define FMODE_READ		((fmode_t)0x1)
#define FMODE_WRITE		((fmode_t)0x2)
#define FMODE_LSEEK		((fmode_t)0x4)
#define FMODE_PREAD		((fmode_t)0x8)
#define FMODE_PWRITE		((fmode_t)0x10)
#define FMODE_EXEC		((fmode_t)0x20)
#define FMODE_ATOMIC_POS	((fmode_t)0x8000)
#define FMODE_UNSIGNED_OFFSET	((fmode_t)0x2000)
#define FMODE_STREAM		((fmode_t)0x200000)
#define FMODE_CAN_READ		((fmode_t)0x20000)
#define FMODE_CAN_WRITE		((fmode_t)0x40000)
#define FMODE_PATH		((fmode_t)0x4000)
#define FMODE_NOWAIT		((fmode_t)0x8000000)

/* may_open / permission masks */
#define MAY_EXEC		0x00000001
#define MAY_WRITE		0x00000002
#define MAY_READ		0x00000004
#define MAY_APPEND		0x00000008
#define MAY_ACCESS		0x00000010
#define MAY_OPEN		0x00000020
#define MAY_CHDIR		0x00000040

/* superblock flags */
#define SB_RDONLY		1
#define SB_NOSUID		2
#define SB_NODEV		4
#define SB_NOEXEC		8
#define SB_SYNCHRONOUS		16
#define SB_MANDLOCK		64
#define SB_DIRSYNC		128
#define SB_NOATIME		1024
#define SB_NODIRATIME		2048
#define SB_SILENT		32768
#define SB_POSIXACL		(1 << 16)
#define SB_KERNMOUNT		(1 << 22)
#define SB_I_VERSION		(1 << 23)
#define SB_LAZYTIME		(1 << 25)
#define SB_ACTIVE		(1 << 30)
#define SB_NOUSER		(1 << 31)

/* file_system_type->fs_flags */
#define FS_REQUIRES_DEV		1
#define FS_BINARY_MOUNTDATA	2
#define FS_HAS_SUBTYPE		4
#define FS_USERNS_MOUNT		8

/* readdir d_type */
#define DT_UNKNOWN	0
#define DT_FIFO		1
#define DT_CHR		2
#define DT_DIR		4
#define DT_BLK		6
#define DT_REG		8
#define DT_LNK		10
#define DT_SOCK		12
#define DT_WHT		14

#define MAX_LFS_FILESIZE	((loff_t)LLONG_MAX)
#define LLONG_MAX		((long long)(~0ULL >> 1))
#define NAME_MAX		255
#define PATH_MAX		4096
#define MAX_NON_LFS		((1UL << 31) - 1)
#define BOGO_DIRENT_SIZE	20	/* tmpfs: a directory grows by this per entry */

/* The pages of a file (ramfs keeps its data here), indexed by page. */
struct address_space {
	struct inode *host;
	struct page **pages;
	unsigned long nr_slots;
	unsigned long nrpages;
};

/*
 * Inodes and open files are laid out as Debian's headers lay them out
 * (checked in fs/inode.c and fs/file_table.c): modules read i_rdev,
 * i_cdev, i_private, f_pos, f_flags, private_data... inline. Room is
 * kept for Linux's members we do not have.
 */
struct inode {
	umode_t			i_mode;
	unsigned short		i_opflags;
	uid_t			i_uid;
	gid_t			i_gid;
	unsigned int		i_flags;
	abi_pad(inode, i_flags, 4, i_op);	/* i_acl, i_default_acl: no ACLs */
	const struct inode_operations *i_op;
	struct super_block	*i_sb;
	struct address_space	*i_mapping;
	abi_pad(inode, i_mapping, sizeof(void *), i_ino);	/* i_security */
	unsigned long		i_ino;
	unsigned int		i_nlink;
	dev_t			i_rdev;
	abi_pad(inode, i_rdev, sizeof(dev_t), i_size);
	loff_t			i_size;
	struct timespec64	i_atime;
	struct timespec64	i_mtime;
	struct timespec64	i_ctime;
	u32			i_lock;
	unsigned short		i_bytes;
	u8			i_blkbits;
	u8			i_write_hint;
	blkcnt_t		i_blocks;
	abi_pad(inode, i_blocks, sizeof(blkcnt_t), i_state);	/* 32-bit: i_size_seqcount */
	unsigned long		i_state;
	abi_pad(inode, i_state, sizeof(long), i_rwsem);
	char			i_rwsem[ABI_SIZEOF_rw_semaphore];
	unsigned long		dirtied_when;
	unsigned long		dirtied_time_when;
	abi_pad(inode, dirtied_when, 2 * sizeof(long), i_hash);
	char			i_hash[2 * sizeof(void *)];	/* struct hlist_node */
	abi_pad(inode, i_hash, 2 * sizeof(void *), i_sb_list);	/* i_io_list, i_wb*, i_lru */
	struct list_head	i_sb_list;
	abi_pad(inode, i_sb_list, sizeof(struct list_head), i_count);	/* i_wb_list, i_dentry, i_version... */
	int			i_count;
	abi_pad(inode, i_count, sizeof(int), i_writecount);	/* i_dio_count */
	int			i_writecount;	/* < 0: mapped for execution */
	abi_pad(inode, i_writecount, sizeof(int), i_fop);	/* i_readcount */
	const struct file_operations *i_fop;
	abi_pad(inode, i_fop, sizeof(void *), i_data);	/* i_flctx */
	union {
		struct address_space	i_data;
		char		__i_data_room[ABI_inode__i_devices - ABI_inode__i_data];
	};
	struct list_head	i_devices;	/* on i_cdev's list */
	union {
		struct pipe_inode_info	*i_pipe;
		struct cdev		*i_cdev;
		char			*i_link;
	};
	u32			i_generation;
	abi_pad(inode, i_generation, sizeof(u32), i_private);	/* fsnotify, crypt, verity */
	void			*i_private;
	abi_pad_end(inode, i_private, sizeof(void *));
};

#define I_FREEING	(1 << 5)

enum pid_type {
	PIDTYPE_PID,
	PIDTYPE_TGID,
	PIDTYPE_PGID,
	PIDTYPE_SID,
	PIDTYPE_MAX,
};

/*
 * Who gets SIGIO (and which signal) for an O_ASYNC file: F_SETOWN,
 * F_SETSIG. pid holds the owner's number (negative: a process group);
 * there are no struct pid objects here.
 */
struct fown_struct {
	rwlock_t		lock;
	struct pid		*pid;
	enum pid_type		pid_type;
	uid_t			uid, euid;
	int			signum;
};

/* A file that asked a driver for SIGIO (fs/fcntl.c); Debian's layout. */
struct fasync_struct {
	rwlock_t		fa_lock;
	int			magic;
	int			fa_fd;
	struct fasync_struct	*fa_next;
	struct file		*fa_file;
	char			fa_rcu[2 * sizeof(void *)];	/* struct rcu_head */
};

int fasync_helper(int fd, struct file *filp, int on,
		  struct fasync_struct **fapp);
void kill_fasync(struct fasync_struct **fp, int sig, int band);

struct file {
	void			*f_u[2];	/* llist node / rcu head */
	struct path		f_path;
	struct inode		*f_inode;
	const struct file_operations *f_op;
	u32			f_lock;
	long			f_count;
	unsigned int		f_flags;
	fmode_t			f_mode;
	char			f_pos_lock[ABI_SIZEOF_mutex];	/* struct mutex */
	loff_t			f_pos;
	struct fown_struct	f_owner;
	const void		*f_cred;
	abi_pad(file, f_cred, sizeof(void *), f_ra);
	char			f_ra[ABI_file__f_version - ABI_file__f_ra];	/* struct file_ra_state */
	u64			f_version;
	void			*f_security;
	void			*private_data;
	void			*f_ep;
	struct address_space	*f_mapping;
	u32			f_wb_err;
	u32			f_sb_err;
};

abi_check_field(file, f_path);
abi_check_field(file, f_inode);
abi_check_field(file, f_op);
abi_check_field(file, f_count);
abi_check_field(file, f_flags);
abi_check_field(file, f_mode);
abi_check_field(file, f_pos);
abi_check_field(file, f_version);
abi_check_field(file, private_data);
abi_check_field(file, f_mapping);

static inline struct inode *file_inode(const struct file *f)
{
	return f->f_inode;
}

static inline struct dentry *file_dentry(const struct file *f)
{
	return f->f_path.dentry;
}

struct dir_context;
typedef bool (*filldir_t)(struct dir_context *, const char *, int, loff_t,
			  u64, unsigned);

struct dir_context {
	filldir_t actor;
	loff_t pos;
};

static inline bool dir_emit(struct dir_context *ctx, const char *name,
			    int namelen, u64 ino, unsigned int type)
{
	return ctx->actor(ctx, name, namelen, ctx->pos, ino, type);
}

bool dir_emit_dots(struct file *file, struct dir_context *ctx);

/* Linux 6.1's members, in Linux's order (modules fill these in). */
struct file_operations {
	struct module *owner;
	loff_t (*llseek)(struct file *, loff_t, int);
	ssize_t (*read)(struct file *, char __user *, size_t, loff_t *);
	ssize_t (*write)(struct file *, const char __user *, size_t, loff_t *);
	ssize_t (*read_iter)(struct kiocb *, struct iov_iter *);
	ssize_t (*write_iter)(struct kiocb *, struct iov_iter *);
	int (*iopoll)(struct kiocb *kiocb, struct io_comp_batch *,
		      unsigned int flags);
	int (*iterate)(struct file *, struct dir_context *);
	int (*iterate_shared)(struct file *, struct dir_context *);
	__poll_t (*poll)(struct file *, struct poll_table_struct *);
	long (*unlocked_ioctl)(struct file *, unsigned int, unsigned long);
	long (*compat_ioctl)(struct file *, unsigned int, unsigned long);
	int (*mmap)(struct file *, struct vm_area_struct *);
	unsigned long mmap_supported_flags;
	int (*open)(struct inode *, struct file *);
	int (*flush)(struct file *, fl_owner_t id);
	int (*release)(struct inode *, struct file *);
	int (*fsync)(struct file *, loff_t, loff_t, int datasync);
	int (*fasync)(int, struct file *, int);
	int (*lock)(struct file *, int, struct file_lock *);
	ssize_t (*sendpage)(struct file *, struct page *, int, size_t,
			    loff_t *, int);
	unsigned long (*get_unmapped_area)(struct file *, unsigned long,
					   unsigned long, unsigned long,
					   unsigned long);
	int (*check_flags)(int);
	int (*flock)(struct file *, int, struct file_lock *);
	ssize_t (*splice_write)(struct pipe_inode_info *, struct file *,
				loff_t *, size_t, unsigned int);
	ssize_t (*splice_read)(struct file *, loff_t *,
			       struct pipe_inode_info *, size_t, unsigned int);
	void (*splice_eof)(struct file *file);
	int (*setlease)(struct file *, long, struct file_lock **, void **);
	long (*fallocate)(struct file *file, int mode, loff_t offset,
			  loff_t len);
	void (*show_fdinfo)(struct seq_file *m, struct file *f);
	ssize_t (*copy_file_range)(struct file *, loff_t, struct file *,
				   loff_t, size_t, unsigned int);
	loff_t (*remap_file_range)(struct file *file_in, loff_t pos_in,
				   struct file *file_out, loff_t pos_out,
				   loff_t len, unsigned int remap_flags);
	int (*fadvise)(struct file *, loff_t, loff_t, int);
	int (*uring_cmd)(struct io_uring_cmd *ioucmd, unsigned int issue_flags);
	int (*uring_cmd_iopoll)(struct io_uring_cmd *, struct io_comp_batch *,
				unsigned int poll_flags);
};

struct iattr {
	unsigned int ia_valid;
	umode_t ia_mode;
	uid_t ia_uid;
	gid_t ia_gid;
	loff_t ia_size;
	struct timespec64 ia_atime;
	struct timespec64 ia_mtime;
	struct timespec64 ia_ctime;
};

#define ATTR_MODE	(1 << 0)
#define ATTR_UID	(1 << 1)
#define ATTR_GID	(1 << 2)
#define ATTR_SIZE	(1 << 3)
#define ATTR_ATIME	(1 << 4)
#define ATTR_MTIME	(1 << 5)
#define ATTR_CTIME	(1 << 6)
#define ATTR_ATIME_SET	(1 << 7)
#define ATTR_MTIME_SET	(1 << 8)
#define ATTR_FORCE	(1 << 9)
#define ATTR_TOUCH	(1 << 17)

struct kstat {
	u32 result_mask;
	umode_t mode;
	unsigned int nlink;
	u32 blksize;
	u64 attributes;
	u64 attributes_mask;
	u64 ino;
	dev_t dev;
	dev_t rdev;
	uid_t uid;
	gid_t gid;
	loff_t size;
	struct timespec64 atime;
	struct timespec64 mtime;
	struct timespec64 ctime;
	struct timespec64 btime;
	u64 blocks;
	u64 mnt_id;
};

struct inode_operations {
	struct dentry *(*lookup)(struct inode *, struct dentry *, unsigned int);
	const char *(*get_link)(struct dentry *, struct inode *,
				struct delayed_call *);
	int (*permission)(struct user_namespace *, struct inode *, int);
	struct posix_acl *(*get_acl)(struct inode *, int, bool);
	int (*readlink)(struct dentry *, char __user *, int);
	int (*create)(struct user_namespace *, struct inode *, struct dentry *,
		      umode_t, bool);
	int (*link)(struct dentry *, struct inode *, struct dentry *);
	int (*unlink)(struct inode *, struct dentry *);
	int (*symlink)(struct user_namespace *, struct inode *,
		       struct dentry *, const char *);
	int (*mkdir)(struct user_namespace *, struct inode *, struct dentry *,
		     umode_t);
	int (*rmdir)(struct inode *, struct dentry *);
	int (*mknod)(struct user_namespace *, struct inode *, struct dentry *,
		     umode_t, dev_t);
	int (*rename)(struct user_namespace *, struct inode *, struct dentry *,
		      struct inode *, struct dentry *, unsigned int);
	int (*setattr)(struct user_namespace *, struct dentry *, struct iattr *);
	int (*getattr)(struct user_namespace *, const struct path *,
		       struct kstat *, u32, unsigned int);
	ssize_t (*listxattr)(struct dentry *, char *, size_t);
	int (*fiemap)(struct inode *, struct fiemap_extent_info *, u64 start,
		      u64 len);
	int (*update_time)(struct inode *, struct timespec64 *, int);
	int (*atomic_open)(struct inode *, struct dentry *, struct file *,
			   unsigned open_flag, umode_t create_mode);
	int (*tmpfile)(struct user_namespace *, struct inode *, struct file *,
		       umode_t);
	int (*set_acl)(struct user_namespace *, struct inode *,
		       struct posix_acl *, int);
	int (*fileattr_set)(struct user_namespace *mnt_userns,
			    struct dentry *dentry, struct fileattr *fa);
	int (*fileattr_get)(struct dentry *dentry, struct fileattr *fa);
};

struct super_operations {
	/* a filesystem whose inodes live inside a bigger struct of its own */
	struct inode *(*alloc_inode)(struct super_block *sb);
	void (*free_inode)(struct inode *);
	int (*statfs)(struct dentry *, struct kstatfs *);
	int (*show_options)(struct seq_file *, struct dentry *);
	void (*evict_inode)(struct inode *);
	void (*put_super)(struct super_block *);
	int (*remount_fs)(struct super_block *, int *, char *);
};

struct super_block {
	struct list_head	s_list;
	dev_t			s_dev;
	unsigned char		s_blocksize_bits;
	unsigned long		s_blocksize;
	loff_t			s_maxbytes;
	struct file_system_type	*s_type;
	const struct super_operations *s_op;
	unsigned long		s_flags;
	unsigned long		s_magic;
	struct dentry		*s_root;
	int			s_active;	/* mounts using it */
	const struct dentry_operations *s_d_op;
	void			*s_fs_info;
	u32			s_time_gran;
	struct list_head	s_inodes;
	char			s_id[32];
};

struct file_system_type {
	const char *name;
	int fs_flags;
	struct dentry *(*mount)(struct file_system_type *, int,
				const char *, void *);
	void (*kill_sb)(struct super_block *);
	struct module *owner;
	struct file_system_type *next;
	struct super_block *single_sb;	/* mount_single()'s */
};

struct kstatfs {
	long f_type;
	long f_bsize;
	u64 f_blocks;
	u64 f_bfree;
	u64 f_bavail;
	u64 f_files;
	u64 f_ffree;
	struct { int val[2]; } f_fsid;
	long f_namelen;
	long f_frsize;
	long f_flags;
	long f_spare[4];
};

#define ST_RDONLY	0x0001
#define ST_NOSUID	0x0002
#define ST_NODEV	0x0004
#define ST_NOEXEC	0x0008
#define ST_SYNCHRONOUS	0x0010
#define ST_VALID	0x0020
#define ST_NOATIME	0x0400
#define ST_NODIRATIME	0x0800
#define ST_RELATIME	0x1000

/* fs/filesystems.c */
int register_filesystem(struct file_system_type *fs);
int unregister_filesystem(struct file_system_type *fs);
struct file_system_type *get_fs_type(const char *name);
int filesystems_proc_show(struct seq_file *m, void *v);
int list_bdev_fs_names(char *buf, size_t size);

/* fs/super.c */
struct dentry *mount_nodev(struct file_system_type *fs_type, int flags,
			   void *data,
			   int (*fill_super)(struct super_block *, void *, int));
struct dentry *mount_single(struct file_system_type *fs_type, int flags,
			    void *data,
			    int (*fill_super)(struct super_block *, void *, int));
void kill_anon_super(struct super_block *sb);
void kill_litter_super(struct super_block *sb);
void deactivate_super(struct super_block *sb);
struct super_block *alloc_super(struct file_system_type *type, int flags);
int get_anon_bdev(dev_t *p);

/* fs/inode.c */
struct inode *new_inode(struct super_block *sb);
unsigned int get_next_ino(void);
void iput(struct inode *inode);
void clear_inode(struct inode *inode);
void ihold(struct inode *inode);
struct inode *igrab(struct inode *inode);
void set_nlink(struct inode *inode, unsigned int nlink);
void inc_nlink(struct inode *inode);
void drop_nlink(struct inode *inode);
void clear_nlink(struct inode *inode);
void init_special_inode(struct inode *inode, umode_t mode, dev_t rdev);
struct timespec64 current_time(struct inode *inode);
void inode_init_owner(struct user_namespace *mnt_userns, struct inode *inode,
		      const struct inode *dir, umode_t mode);
void generic_fillattr(struct user_namespace *, struct inode *, struct kstat *);
int inode_permission(struct user_namespace *, struct inode *inode, int mask);
int setattr_prepare(struct user_namespace *, struct dentry *, struct iattr *);
void setattr_copy(struct user_namespace *, struct inode *inode,
		  const struct iattr *attr);
int simple_setattr(struct user_namespace *, struct dentry *, struct iattr *);
int notify_change(struct dentry *dentry, struct iattr *attr);
void inode_set_bytes(struct inode *inode, loff_t bytes);
extern const struct file_operations def_chr_fops;
extern const struct file_operations bad_sock_fops;

/* fs/file_table.c */
struct file *alloc_file_pseudo(struct inode *inode, struct vfsmount *mnt,
			       const char *name, int flags,
			       const struct file_operations *fops);
struct file *alloc_empty_file(int flags);
struct file *dentry_open(const struct path *path, int flags);
void fput(struct file *file);
static inline struct file *get_file(struct file *f)
{
	f->f_count++;
	return f;
}
unsigned long get_max_files(void);
extern unsigned long nr_files_open;

/* fs/open.c, fs/read_write.c */
struct file *filp_open(const char *filename, int flags, umode_t mode);
int filp_close(struct file *filp, fl_owner_t id);
struct file *file_open_root(const struct path *root, const char *filename,
			    int flags, umode_t mode);
int vfs_truncate(const struct path *path, loff_t length);
int do_truncate(struct dentry *dentry, loff_t length, unsigned int time_attrs,
		struct file *filp);
int nonseekable_open(struct inode *inode, struct file *filp);
int stream_open(struct inode *inode, struct file *filp);
int generic_file_open(struct inode *inode, struct file *filp);
loff_t generic_file_llseek(struct file *file, loff_t offset, int whence);
loff_t generic_file_llseek_size(struct file *file, loff_t offset, int whence,
				loff_t maxsize, loff_t eof);
loff_t default_llseek(struct file *file, loff_t offset, int whence);
loff_t no_llseek(struct file *file, loff_t offset, int whence);
loff_t fixed_size_llseek(struct file *file, loff_t offset, int whence,
			 loff_t size);
loff_t noop_llseek(struct file *file, loff_t offset, int whence);
loff_t vfs_setpos(struct file *file, loff_t offset, loff_t maxsize);
loff_t vfs_llseek(struct file *file, loff_t offset, int whence);
ssize_t vfs_read(struct file *file, char __user *buf, size_t count, loff_t *pos);
ssize_t vfs_write(struct file *file, const char __user *buf, size_t count,
		  loff_t *pos);
ssize_t kernel_read(struct file *file, void *buf, size_t count, loff_t *pos);
ssize_t kernel_write(struct file *file, const void *buf, size_t count,
		     loff_t *pos);
int rw_verify_area(int rw, struct file *file, const loff_t *ppos, size_t count);
ssize_t generic_file_splice_read(struct file *in, loff_t *ppos,
				 struct pipe_inode_info *pipe, size_t len,
				 unsigned int flags);
ssize_t iter_file_splice_write(struct pipe_inode_info *pipe, struct file *out,
			       loff_t *ppos, size_t len, unsigned int flags);
ssize_t generic_read_dir(struct file *, char __user *, size_t, loff_t *);
int noop_fsync(struct file *, loff_t, loff_t, int);
int iterate_dir(struct file *file, struct dir_context *ctx);

/* mm/filemap.c */
struct page *find_or_create_page(struct address_space *mapping,
				 unsigned long index, bool create);
void truncate_inode_pages(struct address_space *mapping, loff_t lstart);
ssize_t generic_file_read(struct file *file, char __user *buf, size_t count,
			  loff_t *ppos);
ssize_t generic_file_write(struct file *file, const char __user *buf,
			   size_t count, loff_t *ppos);
int generic_file_mmap(struct file *file, struct vm_area_struct *vma);
void file_accessed(struct file *file);

/* fs/libfs.c */
ssize_t simple_read_from_buffer(void __user *to, size_t count, loff_t *ppos,
				const void *from, size_t available);
ssize_t simple_write_to_buffer(void *to, size_t available, loff_t *ppos,
			       const void __user *from, size_t count);
struct dentry *simple_lookup(struct inode *dir, struct dentry *dentry,
			     unsigned int flags);
int simple_statfs(struct dentry *, struct kstatfs *);
int simple_open(struct inode *inode, struct file *file);
int simple_link(struct dentry *, struct inode *, struct dentry *);
int simple_unlink(struct inode *, struct dentry *);
int simple_rmdir(struct inode *, struct dentry *);
int simple_rename(struct user_namespace *, struct inode *, struct dentry *,
		  struct inode *, struct dentry *, unsigned int);
int simple_empty(struct dentry *);
int simple_getattr(struct user_namespace *, const struct path *,
		   struct kstat *, u32, unsigned int);
int dcache_dir_open(struct inode *, struct file *);
int dcache_dir_close(struct inode *, struct file *);
loff_t dcache_dir_lseek(struct file *, loff_t, int);
int dcache_readdir(struct file *, struct dir_context *);
const char *simple_get_link(struct dentry *, struct inode *,
			    struct delayed_call *);
void kfree_link(void *p);
extern const struct file_operations simple_dir_operations;
extern const struct inode_operations simple_dir_inode_operations;
extern const struct inode_operations simple_symlink_inode_operations;
extern const struct inode_operations page_symlink_inode_operations;

/* fs/namei.c */
int vfs_readlink(struct dentry *dentry, char __user *buffer, int buflen);
int generic_permission(struct user_namespace *, struct inode *, int);
int vfs_mkdir(struct user_namespace *, struct inode *, struct dentry *, umode_t);
int vfs_mknod(struct user_namespace *, struct inode *, struct dentry *,
	      umode_t, dev_t);
int vfs_create(struct user_namespace *, struct inode *, struct dentry *,
	       umode_t, bool);
int vfs_symlink(struct user_namespace *, struct inode *, struct dentry *,
		const char *);
int vfs_unlink(struct user_namespace *, struct inode *, struct dentry *,
	       struct inode **);
int vfs_rmdir(struct user_namespace *, struct inode *, struct dentry *);
int vfs_link(struct dentry *, struct user_namespace *, struct inode *,
	     struct dentry *, struct inode **);
int vfs_getattr(const struct path *, struct kstat *, u32, unsigned int);
int vfs_statfs(const struct path *, struct kstatfs *);

/* A file's operations hold their module (fops_get() fails if it is going). */
bool try_module_get(struct module *mod);
void module_put(struct module *mod);
#define fops_get(fops) \
	(((fops) && try_module_get((fops)->owner) ? (fops) : NULL))
#define fops_put(fops) \
	do { if (fops) module_put((fops)->owner); } while (0)
#define replace_fops(f, fops) \
	do {	struct file *__file = (f); \
		fops_put(__file->f_op); \
		__file->f_op = (fops); \
	} while (0)

/* fs/char_dev.c */
#define WHITEOUT_DEV	0
#define CHRDEV_MAJOR_MAX	512
int register_chrdev_region(dev_t from, unsigned count, const char *name);
int alloc_chrdev_region(dev_t *dev, unsigned baseminor, unsigned count,
			const char *name);
void unregister_chrdev_region(dev_t from, unsigned count);
int __register_chrdev(unsigned int major, unsigned int baseminor,
		      unsigned int count, const char *name,
		      const struct file_operations *fops);
void __unregister_chrdev(unsigned int major, unsigned int baseminor,
			 unsigned int count, const char *name);
static inline int register_chrdev(unsigned int major, const char *name,
				  const struct file_operations *fops)
{
	return __register_chrdev(major, 0, 256, name, fops);
}
static inline void unregister_chrdev(unsigned int major, const char *name)
{
	__unregister_chrdev(major, 0, 256, name);
}
void chrdev_show(struct seq_file *f, off_t offset);
void chrdev_init(void);

static inline unsigned iminor(const struct inode *inode)
{
	return MINOR(inode->i_rdev);
}

static inline unsigned imajor(const struct inode *inode)
{
	return MAJOR(inode->i_rdev);
}

static inline loff_t i_size_read(const struct inode *inode)
{
	return inode->i_size;
}

static inline void i_size_write(struct inode *inode, loff_t i_size)
{
	inode->i_size = i_size;
}

/* fs/exec.c */
int kernel_execve(const char *filename, const char *const *argv,
		  const char *const *envp);

/* fs/sync.c */
void ksys_sync(void);

/* init/do_mounts.c, init/initramfs.c */
void prepare_namespace(void);
int init_eaccess(const char *filename);

static inline bool is_sxid(umode_t mode)
{
	return mode & (S_ISUID | S_ISGID);
}

/* fs/libfs.c: files of one number (DEFINE_SIMPLE_ATTRIBUTE, debugfs) */
int simple_attr_open(struct inode *inode, struct file *file,
		     int (*get)(void *, u64 *), int (*set)(void *, u64),
		     const char *fmt);
int simple_attr_release(struct inode *inode, struct file *file);
ssize_t simple_attr_read(struct file *file, char __user *buf, size_t len,
			 loff_t *ppos);
ssize_t simple_attr_write(struct file *file, const char __user *buf,
			  size_t len, loff_t *ppos);
ssize_t simple_attr_write_signed(struct file *file, const char __user *buf,
				 size_t len, loff_t *ppos);

#endif

// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/<pid> and /proc/<pid>/task/<tid>: one directory per process,
 * whose entries are described by a table as in Linux. An inode names its
 * process by pid and start time, so a reused pid does not revive it.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs_struct.h>
#include <linux/kthread.h>
#include <linux/workqueue.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include "internal.h"

#define FIRST_PROCESS_ENTRY	256
#define TGID_OFFSET		(FIRST_PROCESS_ENTRY + 2)
#define PID_MAX_LIMIT		(4 * 1024 * 1024)

struct pid_entry {
	const char *name;
	unsigned int len;
	umode_t mode;
	const struct inode_operations *iop;
	const struct file_operations *fop;
	union proc_op op;
};

#define NOD(NAME, MODE, IOP, FOP, OP) {			\
	.name = (NAME),					\
	.len  = sizeof(NAME) - 1,			\
	.mode = MODE,					\
	.iop  = IOP,					\
	.fop  = FOP,					\
	.op   = OP,					\
}

#define DIR(NAME, MODE, iops, fops)	\
	NOD(NAME, (S_IFDIR|(MODE)), &iops, &fops, {})
#define LNK(NAME, get_link)					\
	NOD(NAME, (S_IFLNK|S_IRWXUGO),				\
		&proc_pid_link_inode_operations, NULL,		\
		{ .proc_get_link = get_link })
#define REG(NAME, MODE, fops)				\
	NOD(NAME, (S_IFREG|(MODE)), NULL, &fops, {})
#define ONE(NAME, MODE, show)				\
	NOD(NAME, (S_IFREG|(MODE)),			\
		NULL, &proc_single_file_operations,	\
		{ .proc_show = show })

unsigned int nr_processes(void)
{
	struct task_struct *p;
	unsigned int n = 0;

	for_each_process(p)
		if (p->pid)
			n++;
	return n;
}

/* The inode's process, referenced; NULL once it is gone. */
struct task_struct *get_proc_task(const struct inode *inode)
{
	struct proc_inode *ei = PROC_I(inode);
	struct task_struct *task = find_task_by_vpid(ei->pid);

	if (!task || task->start_time != ei->start_time)
		return NULL;
	get_task_struct(task);
	return task;
}

struct inode *proc_pid_make_inode(struct super_block *sb,
				  struct task_struct *task, umode_t mode)
{
	struct inode *inode = proc_new_inode(sb);

	if (!inode)
		return NULL;
	inode->i_mode = mode;
	inode->i_ino = get_next_ino();
	PROC_I(inode)->pid = task_pid_nr(task);
	PROC_I(inode)->start_time = task->start_time;
	return inode;
}

int pid_revalidate(struct dentry *dentry, unsigned int flags)
{
	struct task_struct *task = get_proc_task(d_inode(dentry));

	if (!task)
		return 0;
	put_task_struct(task);
	return 1;
}

/* The number after "/proc/" or "task/": digits, no leading zero. */
static unsigned int name_to_int(const struct qstr *qstr)
{
	const unsigned char *name = qstr->name;
	unsigned int len = qstr->len, n = 0;

	if (!len || (len > 1 && *name == '0'))
		return ~0U;
	while (len--) {
		unsigned int c = *name++ - '0';

		if (c > 9 || n >= (~0U - 9) / 10)
			return ~0U;
		n = n * 10 + c;
	}
	return n;
}

/* Magic links: the path to jump to; cwd and root come from task->fs. */
static int proc_fs_link(struct dentry *dentry, struct path *path,
			void (*get)(struct fs_struct *, struct path *))
{
	struct task_struct *task = get_proc_task(d_inode(dentry));
	int result = -ENOENT;

	if (!task)
		return -ENOENT;
	if (task->fs) {
		get(task->fs, path);
		result = 0;
	}
	put_task_struct(task);
	return result;
}

static int proc_cwd_link(struct dentry *dentry, struct path *path)
{
	return proc_fs_link(dentry, path, get_fs_pwd);
}

static int proc_root_link(struct dentry *dentry, struct path *path)
{
	return proc_fs_link(dentry, path, get_fs_root);
}

static int proc_exe_link(struct dentry *dentry, struct path *exe_path)
{
	struct task_struct *task = get_proc_task(d_inode(dentry));
	struct file *exe_file = NULL;
	struct mm_struct *mm;

	if (!task)
		return -ENOENT;
	mm = get_task_mm(task);
	put_task_struct(task);
	if (mm) {
		exe_file = get_mm_exe_file(mm);
		mmput(mm);
	}
	if (!exe_file)
		return -ENOENT;
	*exe_path = exe_file->f_path;
	path_get(exe_path);
	fput(exe_file);
	return 0;
}

const char *proc_pid_get_link(struct dentry *dentry, struct inode *inode,
			      struct delayed_call *done)
{
	struct path path;
	int error;

	if (!dentry)
		return ERR_PTR(-ECHILD);
	error = PROC_I(inode)->op.proc_get_link(dentry, &path);
	if (error)
		return ERR_PTR(error);
	nd_jump_link(&path);
	return NULL;
}

static int do_proc_readlink(const struct path *path, char __user *buffer,
			    int buflen)
{
	char *tmp = kmalloc(PAGE_SIZE, GFP_KERNEL);
	char *pathname;
	int len;

	if (!tmp)
		return -ENOMEM;
	pathname = d_path(path, tmp, PAGE_SIZE);
	len = PTR_ERR(pathname);
	if (IS_ERR(pathname))
		goto out;
	len = tmp + PAGE_SIZE - 1 - pathname;
	if (len > buflen)
		len = buflen;
	if (copy_to_user(buffer, pathname, len))
		len = -EFAULT;
out:
	kfree(tmp);
	return len;
}

int proc_pid_readlink(struct dentry *dentry, char __user *buffer, int buflen)
{
	struct inode *inode = d_inode(dentry);
	struct path path;
	int error;

	error = PROC_I(inode)->op.proc_get_link(dentry, &path);
	if (error)
		return error;
	error = do_proc_readlink(&path, buffer, buflen);
	path_put(&path);
	return error;
}

const struct inode_operations proc_pid_link_inode_operations = {
	.readlink	= proc_pid_readlink,
	.get_link	= proc_pid_get_link,
};

/* "ONE" files: a show function run with the process found again. */
static int proc_single_show(struct seq_file *m, void *v)
{
	struct inode *inode = m->private;
	struct task_struct *task = get_proc_task(inode);
	int ret;

	if (!task)
		return -ESRCH;
	ret = PROC_I(inode)->op.proc_show(m, task);
	put_task_struct(task);
	return ret;
}

static int proc_single_open(struct inode *inode, struct file *filp)
{
	return single_open(filp, proc_single_show, inode);
}

static const struct file_operations proc_single_file_operations = {
	.open		= proc_single_open,
	.read		= seq_read,
	.llseek		= seq_lseek,
	.release	= single_release,
};

/* cmdline: argv as the process left it, NULs included. */
static ssize_t get_mm_proctitle(struct mm_struct *mm, char __user *buf,
				size_t count, unsigned long pos,
				unsigned long arg_start)
{
	char *page = kmalloc(PAGE_SIZE, GFP_KERNEL);
	int got, len = 0;

	if (!page)
		return -ENOMEM;
	/* setproctitle() wrote over argv: one string, up to its NUL */
	got = access_remote_vm(mm, arg_start, page, PAGE_SIZE, 0);
	if (got > 0) {
		len = strnlen(page, got);
		if (len < got)
			len++;
		if (len > pos) {
			len = min((size_t)(len - pos), count);
			if (copy_to_user(buf, page + pos, len))
				len = -EFAULT;
		} else {
			len = 0;
		}
	}
	kfree(page);
	return len;
}

static ssize_t copy_remote_range(struct mm_struct *mm, char __user *buf,
				 unsigned long pos, size_t count)
{
	char *page = kmalloc(PAGE_SIZE, GFP_KERNEL);
	ssize_t len = 0;

	if (!page)
		return -ENOMEM;
	while (count) {
		int got = access_remote_vm(mm, pos, page,
					   min(count, (size_t)PAGE_SIZE), 0);

		if (got <= 0)
			break;
		if (copy_to_user(buf, page, got)) {
			if (!len)
				len = -EFAULT;
			break;
		}
		pos += got;
		buf += got;
		len += got;
		count -= got;
	}
	kfree(page);
	return len;
}

static ssize_t get_mm_cmdline(struct mm_struct *mm, char __user *buf,
			      size_t count, loff_t *ppos)
{
	unsigned long arg_start = mm->arg_start, arg_end = mm->arg_end;
	unsigned long env_start = mm->env_start, env_end = mm->env_end;
	unsigned long pos, len;
	char c;

	if (!env_end || arg_start >= arg_end)
		return 0;
	/* setproctitle() may run on into the environment, not further */
	if (env_start != arg_end || env_end < env_start)
		env_start = env_end = arg_end;
	len = env_end - arg_start;
	pos = *ppos;
	if (pos >= len)
		return 0;
	count = min(count, (size_t)(len - pos));
	if (!count)
		return 0;
	if (access_remote_vm(mm, arg_end - 1, &c, 1, 0) == 1 && c)
		return get_mm_proctitle(mm, buf, count, pos, arg_start);

	pos += arg_start;
	if (pos >= arg_end)
		return 0;
	return copy_remote_range(mm, buf, pos, min(count, (size_t)(arg_end - pos)));
}

static ssize_t proc_pid_cmdline_read(struct file *file, char __user *buf,
				     size_t count, loff_t *pos)
{
	struct task_struct *tsk = get_proc_task(file_inode(file));
	struct mm_struct *mm;
	ssize_t ret;

	if (!tsk)
		return -ESRCH;
	mm = get_task_mm(tsk);
	put_task_struct(tsk);
	if (!mm)
		return 0;
	ret = get_mm_cmdline(mm, buf, count, pos);
	mmput(mm);
	if (ret > 0)
		*pos += ret;
	return ret;
}

static const struct file_operations proc_pid_cmdline_ops = {
	.read	= proc_pid_cmdline_read,
	.llseek	= generic_file_llseek,
};

static ssize_t environ_read(struct file *file, char __user *buf,
			    size_t count, loff_t *ppos)
{
	struct task_struct *tsk = get_proc_task(file_inode(file));
	unsigned long src = *ppos;
	struct mm_struct *mm;
	ssize_t ret = 0;

	if (!tsk)
		return -ESRCH;
	mm = get_task_mm(tsk);
	put_task_struct(tsk);
	if (!mm)
		return 0;
	if (mm->env_end && src < mm->env_end - mm->env_start) {
		count = min(count, (size_t)(mm->env_end - mm->env_start - src));
		ret = copy_remote_range(mm, buf, mm->env_start + src, count);
		if (ret > 0)
			*ppos += ret;
	}
	mmput(mm);
	return ret;
}

static const struct file_operations proc_environ_operations = {
	.read	= environ_read,
	.llseek	= generic_file_llseek,
};

/* comm: the name, and writable by the process itself. */
static int comm_show(struct seq_file *m, void *v)
{
	struct task_struct *p = get_proc_task(m->private);
	char tcomm[64];

	if (!p)
		return -ESRCH;
	if (p->flags & PF_WQ_WORKER)
		wq_worker_comm(tcomm, sizeof(tcomm), p);
	else if (p->flags & PF_KTHREAD)
		get_kthread_comm(tcomm, sizeof(tcomm), p);
	else
		get_task_comm(tcomm, p);
	seq_puts(m, tcomm);
	seq_putc(m, '\n');
	put_task_struct(p);
	return 0;
}

static ssize_t comm_write(struct file *file, const char __user *buf,
			  size_t count, loff_t *offset)
{
	char buffer[TASK_COMM_LEN] = {};
	struct task_struct *p;

	if (copy_from_user(buffer, buf, min(count, sizeof(buffer) - 1)))
		return -EFAULT;
	p = get_proc_task(file_inode(file));
	if (!p)
		return -ESRCH;
	if (p->tgid == current->tgid)
		__set_task_comm(p, buffer);
	else
		count = -EINVAL;
	put_task_struct(p);
	return count;
}

static int comm_open(struct inode *inode, struct file *filp)
{
	return single_open(filp, comm_show, inode);
}

static const struct file_operations proc_pid_set_comm_operations = {
	.open		= comm_open,
	.read		= seq_read,
	.write		= comm_write,
	.llseek		= seq_lseek,
	.release	= single_release,
};

/* limits: the resource limits as getrlimit(2) sees them. */
struct limit_names {
	const char *name;
	const char *unit;
};

static const struct limit_names lnames[RLIM_NLIMITS] = {
	[RLIMIT_CPU] = {"Max cpu time", "seconds"},
	[RLIMIT_FSIZE] = {"Max file size", "bytes"},
	[RLIMIT_DATA] = {"Max data size", "bytes"},
	[RLIMIT_STACK] = {"Max stack size", "bytes"},
	[RLIMIT_CORE] = {"Max core file size", "bytes"},
	[RLIMIT_RSS] = {"Max resident set", "bytes"},
	[RLIMIT_NPROC] = {"Max processes", "processes"},
	[RLIMIT_NOFILE] = {"Max open files", "files"},
	[RLIMIT_MEMLOCK] = {"Max locked memory", "bytes"},
	[RLIMIT_AS] = {"Max address space", "bytes"},
	[RLIMIT_LOCKS] = {"Max file locks", "locks"},
	[RLIMIT_SIGPENDING] = {"Max pending signals", "signals"},
	[RLIMIT_MSGQUEUE] = {"Max msgqueue size", "bytes"},
	[RLIMIT_NICE] = {"Max nice priority", NULL},
	[RLIMIT_RTPRIO] = {"Max realtime priority", NULL},
	[RLIMIT_RTTIME] = {"Max realtime timeout", "us"},
};

static void limit_value(struct seq_file *m, unsigned long v)
{
	if (v == RLIM_INFINITY)
		seq_printf(m, "%-20s ", "unlimited");
	else
		seq_printf(m, "%-20lu ", v);
}

static int proc_pid_limits(struct seq_file *m, struct task_struct *task)
{
	unsigned int i;

	seq_puts(m, "Limit                     Soft Limit           Hard Limit           Units     \n");
	for (i = 0; i < RLIM_NLIMITS; i++) {
		seq_printf(m, "%-25s ", lnames[i].name);
		limit_value(m, task->signal->rlim[i].rlim_cur);
		limit_value(m, task->signal->rlim[i].rlim_max);
		if (lnames[i].unit)
			seq_printf(m, "%-10s\n", lnames[i].unit);
		else
			seq_putc(m, '\n');
	}
	return 0;
}

static const struct file_operations proc_task_operations;
static const struct inode_operations proc_task_inode_operations;

/* Linux's order, without the entries we have nothing honest for. */
static const struct pid_entry tgid_base_stuff[] = {
	DIR("task",       S_IRUGO|S_IXUGO, proc_task_inode_operations, proc_task_operations),
	DIR("fd",         S_IRUSR|S_IXUSR, proc_fd_inode_operations, proc_fd_operations),
	DIR("fdinfo",     S_IRUGO|S_IXUGO, proc_fdinfo_inode_operations, proc_fdinfo_operations),
	REG("environ",    S_IRUSR, proc_environ_operations),
	ONE("status",     S_IRUGO, proc_pid_status),
	ONE("limits",     S_IRUGO, proc_pid_limits),
	REG("comm",       S_IRUGO|S_IWUSR, proc_pid_set_comm_operations),
	REG("cmdline",    S_IRUGO, proc_pid_cmdline_ops),
	ONE("stat",       S_IRUGO, proc_pid_stat),
	ONE("statm",      S_IRUGO, proc_pid_statm),
	REG("maps",       S_IRUGO, proc_pid_maps_operations),
	LNK("cwd",        proc_cwd_link),
	LNK("root",       proc_root_link),
	LNK("exe",        proc_exe_link),
	REG("mounts",     S_IRUGO, proc_mounts_operations),
	REG("mountinfo",  S_IRUGO, proc_mountinfo_operations),
};

/* A thread's directory: the same, less "task". */
#define tid_base_stuff		(tgid_base_stuff + 1)
#define TID_BASE_NENTS		(ARRAY_SIZE(tgid_base_stuff) - 1)

static unsigned int pid_entry_nlink(const struct pid_entry *entries,
				    unsigned int n)
{
	unsigned int count = 2, i;

	for (i = 0; i < n; i++)
		if (S_ISDIR(entries[i].mode))
			count++;
	return count;
}

static struct dentry *proc_pident_instantiate(struct dentry *dentry,
					      struct task_struct *task,
					      const struct pid_entry *p)
{
	struct inode *inode;

	inode = proc_pid_make_inode(dentry->d_sb, task, p->mode);
	if (!inode)
		return ERR_PTR(-ENOENT);
	if (S_ISDIR(inode->i_mode))
		set_nlink(inode, 2);
	if (p->iop)
		inode->i_op = p->iop;
	if (p->fop)
		inode->i_fop = p->fop;
	PROC_I(inode)->op = p->op;
	return d_splice_alias(inode, dentry);
}

static struct dentry *proc_pident_lookup(struct inode *dir,
					 struct dentry *dentry,
					 const struct pid_entry *p,
					 unsigned int n)
{
	struct task_struct *task = get_proc_task(dir);
	struct dentry *res = ERR_PTR(-ENOENT);
	unsigned int i;

	if (!task)
		return res;
	for (i = 0; i < n; i++, p++) {
		if (p->len == dentry->d_name.len &&
		    !memcmp(dentry->d_name.name, p->name, p->len)) {
			res = proc_pident_instantiate(dentry, task, p);
			break;
		}
	}
	put_task_struct(task);
	return res;
}

static int proc_pident_readdir(struct file *file, struct dir_context *ctx,
			       const struct pid_entry *ents, unsigned int nents)
{
	struct task_struct *task = get_proc_task(file_inode(file));
	const struct pid_entry *p;

	if (!task)
		return -ENOENT;
	if (!dir_emit_dots(file, ctx))
		goto out;
	for (; ctx->pos < nents + 2; ctx->pos++) {
		p = ents + (ctx->pos - 2);
		if (!dir_emit(ctx, p->name, p->len, 1, p->mode >> 12))
			break;
	}
out:
	put_task_struct(task);
	return 0;
}

static int proc_tgid_base_readdir(struct file *file, struct dir_context *ctx)
{
	return proc_pident_readdir(file, ctx, tgid_base_stuff,
				   ARRAY_SIZE(tgid_base_stuff));
}

static struct dentry *proc_tgid_base_lookup(struct inode *dir,
					    struct dentry *dentry,
					    unsigned int flags)
{
	return proc_pident_lookup(dir, dentry, tgid_base_stuff,
				  ARRAY_SIZE(tgid_base_stuff));
}

static const struct file_operations proc_tgid_base_operations = {
	.read		= generic_read_dir,
	.iterate_shared	= proc_tgid_base_readdir,
	.llseek		= generic_file_llseek,
};

static const struct inode_operations proc_tgid_base_inode_operations = {
	.lookup		= proc_tgid_base_lookup,
};

static int proc_tid_base_readdir(struct file *file, struct dir_context *ctx)
{
	return proc_pident_readdir(file, ctx, tid_base_stuff, TID_BASE_NENTS);
}

static struct dentry *proc_tid_base_lookup(struct inode *dir,
					   struct dentry *dentry,
					   unsigned int flags)
{
	return proc_pident_lookup(dir, dentry, tid_base_stuff, TID_BASE_NENTS);
}

static const struct file_operations proc_tid_base_operations = {
	.read		= generic_read_dir,
	.iterate_shared	= proc_tid_base_readdir,
	.llseek		= generic_file_llseek,
};

static const struct inode_operations proc_tid_base_inode_operations = {
	.lookup		= proc_tid_base_lookup,
};

static struct dentry *proc_task_instantiate(struct dentry *dentry,
					    struct task_struct *task,
					    bool thread)
{
	struct inode *inode;

	inode = proc_pid_make_inode(dentry->d_sb, task,
				    S_IFDIR | S_IRUGO | S_IXUGO);
	if (!inode)
		return ERR_PTR(-ENOENT);
	if (thread) {
		inode->i_op = &proc_tid_base_inode_operations;
		inode->i_fop = &proc_tid_base_operations;
		set_nlink(inode, pid_entry_nlink(tid_base_stuff,
						 TID_BASE_NENTS));
	} else {
		inode->i_op = &proc_tgid_base_inode_operations;
		inode->i_fop = &proc_tgid_base_operations;
		set_nlink(inode, pid_entry_nlink(tgid_base_stuff,
						 ARRAY_SIZE(tgid_base_stuff)));
	}
	return d_splice_alias(inode, dentry);
}

/* "/proc/<tgid>"; ERR_PTR(-ENOENT) for any other name. */
struct dentry *proc_pid_lookup(struct dentry *dentry, unsigned int flags)
{
	unsigned int tgid = name_to_int(&dentry->d_name);
	struct task_struct *task;
	struct dentry *result;

	if (tgid == ~0U)
		return ERR_PTR(-ENOENT);
	task = find_task_by_vpid(tgid);
	if (!task || task->tgid != task->pid)
		return ERR_PTR(-ENOENT);
	get_task_struct(task);
	result = proc_task_instantiate(dentry, task, false);
	put_task_struct(task);
	return result;
}

/* The lowest thread-group leader with tgid >= nr, referenced, or NULL. */
static struct task_struct *next_tgid(unsigned int nr)
{
	struct task_struct *p;

	for_each_process(p) {
		if (p->pid && p->pid >= nr) {
			get_task_struct(p);
			return p;
		}
	}
	return NULL;
}

/* After the entries: "self", "thread-self", then every process. */
int proc_pid_readdir(struct file *file, struct dir_context *ctx)
{
	loff_t pos = ctx->pos;
	struct task_struct *task;
	char name[11];
	int len;

	if (pos >= PID_MAX_LIMIT + TGID_OFFSET)
		return 0;
	if (pos == TGID_OFFSET - 2) {
		if (!dir_emit(ctx, "self", 4, self_inum, DT_LNK))
			return 0;
		ctx->pos = ++pos;
	}
	if (pos == TGID_OFFSET - 1) {
		if (!dir_emit(ctx, "thread-self", 11, thread_self_inum, DT_LNK))
			return 0;
		ctx->pos = ++pos;
	}
	while ((task = next_tgid(pos - TGID_OFFSET))) {
		pid_t tgid = task->pid;
		bool more;

		put_task_struct(task);
		len = snprintf(name, sizeof(name), "%u", tgid);
		ctx->pos = tgid + TGID_OFFSET;
		more = dir_emit(ctx, name, len, 1, DT_DIR);
		if (!more)
			return 0;
		pos = tgid + TGID_OFFSET + 1;
	}
	ctx->pos = PID_MAX_LIMIT + TGID_OFFSET;
	return 0;
}

/* /proc/<tgid>/task: the threads. Only leaders exist so far: one each. */
static struct dentry *proc_task_lookup(struct inode *dir, struct dentry *dentry,
				       unsigned int flags)
{
	struct task_struct *leader = get_proc_task(dir);
	unsigned int tid = name_to_int(&dentry->d_name);
	struct dentry *result = ERR_PTR(-ENOENT);
	struct task_struct *task;

	if (!leader)
		return result;
	task = tid == ~0U ? NULL : find_task_by_vpid(tid);
	if (task && task->tgid == leader->tgid)
		result = proc_task_instantiate(dentry, task, true);
	put_task_struct(leader);
	return result;
}

static int proc_task_readdir(struct file *file, struct dir_context *ctx)
{
	struct task_struct *task = get_proc_task(file_inode(file));
	char name[11];
	int len;

	if (!task)
		return -ENOENT;
	if (!dir_emit_dots(file, ctx))
		goto out;
	if (ctx->pos == 2) {
		len = snprintf(name, sizeof(name), "%u", task->pid);
		if (dir_emit(ctx, name, len, 1, DT_DIR))
			ctx->pos++;
	}
out:
	put_task_struct(task);
	return 0;
}

static const struct file_operations proc_task_operations = {
	.read		= generic_read_dir,
	.iterate_shared	= proc_task_readdir,
	.llseek		= generic_file_llseek,
};

/* One more link per thread, as each has its directory here. */
static int proc_task_getattr(struct user_namespace *mnt_userns,
			     const struct path *path, struct kstat *stat,
			     u32 request_mask, unsigned int query_flags)
{
	struct inode *inode = d_inode(path->dentry);
	struct task_struct *p = get_proc_task(inode);

	generic_fillattr(&init_user_ns, inode, stat);
	if (p) {
		stat->nlink += p->signal->nr_threads;
		put_task_struct(p);
	}
	return 0;
}

static const struct inode_operations proc_task_inode_operations = {
	.lookup		= proc_task_lookup,
	.getattr	= proc_task_getattr,
};

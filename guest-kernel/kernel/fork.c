// SPDX-License-Identifier: GPL-2.0
/*
 * Creating tasks: clone() and the kernel's own user_mode_thread() (PID
 * 1). A child gets a copy, or with the CLONE_* flags a share, of its
 * parent's address space, open files, filesystem context and signal
 * handlers. Address spaces are copied lazily (copy-on-write).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/fdtable.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/completion.h>
#include <linux/kthread.h>
#include <linux/init.h>
#include <linux/resource.h>
#include <linux/mm.h>
#include <linux/oom.h>
#include <linux/vmalloc.h>
#include <asm/memory.h>
#include <asm/pgalloc.h>
#include <asm/pgtable-hwdef.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>

LIST_HEAD(task_list);
unsigned long total_forks;	/* /proc/stat "processes" */

struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kzalloc(sizeof(*mm), GFP_KERNEL);

	if (!mm)
		return NULL;
	mm->pgd = pgd_alloc(mm);
	if (!mm->pgd) {
		kfree(mm);
		return NULL;
	}
	mm->mm_users = 1;
	mm->mm_count = 1;
	mm->task_size = TASK_SIZE;
	return mm;
}

void mmdrop(struct mm_struct *mm)
{
	if (--mm->mm_count)
		return;
	kfree(mm);
}

void mmput(struct mm_struct *mm)
{
	if (--mm->mm_users)
		return;
	exit_mmap(mm);
	exit_oom_victim(mm);	/* gone: the OOM killer may choose again */
	free_pgd_range(mm);
	set_mm_exe_file(mm, NULL);
	mmdrop(mm);
}

struct mm_struct *get_task_mm(struct task_struct *task)
{
	struct mm_struct *mm = task->mm;

	if (mm && !(task->flags & PF_KTHREAD))
		mm->mm_users++;
	else
		mm = NULL;
	return mm;
}

void set_mm_exe_file(struct mm_struct *mm, struct file *new_exe_file)
{
	struct file *old = mm->exe_file;

	mm->exe_file = new_exe_file ? get_file(new_exe_file) : NULL;
	if (old)
		fput(old);
}

struct file *get_mm_exe_file(struct mm_struct *mm)
{
	return mm->exe_file ? get_file(mm->exe_file) : NULL;
}

static struct mm_struct *dup_mm(struct mm_struct *oldmm)
{
	struct mm_struct *mm = mm_alloc();
	pgd_t *pgd;

	if (!mm)
		return NULL;
	pgd = mm->pgd;
	*mm = *oldmm;
	mm->pgd = pgd;
	mm->mmap = NULL;
	mm->map_count = 0;
	mm->mm_users = 1;
	mm->mm_count = 1;
	memset(mm->rss_stat, 0, sizeof(mm->rss_stat));
	mm->pgtables_bytes = 0;
	if (mm->exe_file)
		get_file(mm->exe_file);
	if (dup_mmap(mm, oldmm)) {
		mmput(mm);
		return NULL;
	}
	return mm;
}

static int copy_mm(unsigned long clone_flags, struct task_struct *p)
{
	struct mm_struct *oldmm = current->mm;

	p->mm = p->active_mm = NULL;
	if (!oldmm)
		return 0;
	if (clone_flags & CLONE_VM) {
		oldmm->mm_users++;
		p->mm = oldmm;
	} else {
		p->mm = dup_mm(oldmm);
		if (!p->mm)
			return -ENOMEM;
	}
	p->active_mm = p->mm;
	return 0;
}

static int copy_files(unsigned long clone_flags, struct task_struct *p)
{
	struct files_struct *oldf = current->files;
	int error = 0;

	if (clone_flags & CLONE_FILES) {
		oldf->count++;
		p->files = oldf;
		return 0;
	}
	p->files = dup_fd(oldf, &error);
	return error;
}

static int copy_fs(unsigned long clone_flags, struct task_struct *p)
{
	if (clone_flags & CLONE_FS) {
		current->fs->users++;
		p->fs = current->fs;
		return 0;
	}
	p->fs = copy_fs_struct(current->fs);
	return p->fs ? 0 : -ENOMEM;
}

static int copy_sighand(unsigned long clone_flags, struct task_struct *p)
{
	if (clone_flags & CLONE_SIGHAND) {
		current->sighand->count++;
		p->sighand = current->sighand;
		return 0;
	}
	p->sighand = kmalloc(sizeof(*p->sighand), GFP_KERNEL);
	if (!p->sighand)
		return -ENOMEM;
	*p->sighand = *current->sighand;
	p->sighand->count = 1;
	return 0;
}

enum hrtimer_restart it_real_fn(struct hrtimer *timer);

static int copy_signal(unsigned long clone_flags, struct task_struct *p)
{
	struct signal_struct *sig = kzalloc(sizeof(*sig), GFP_KERNEL);

	if (!sig)
		return -ENOMEM;
	sig->nr_threads = 1;
	init_waitqueue_head(&sig->wait_chldexit);
	sig->pgrp = current->signal->pgrp;
	sig->session = current->signal->session;
	sig->tty = current->signal->tty;
	sig->flags = 0;
	memcpy(sig->rlim, current->signal->rlim, sizeof(sig->rlim));
	hrtimer_init(&sig->real_timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	sig->real_timer.function = it_real_fn;
	sig->owner = p;
	p->signal = sig;
	return 0;
}

static int last_pid;

/* The next free pid, wrapping at pid_max to RESERVED_PIDS like Linux. */
int alloc_pid_nr(void)
{
	for (;;) {
		if (++last_pid >= 32768)
			last_pid = 300;
		if (!find_task_by_vpid(last_pid))
			return last_pid;
	}
}

static void free_task(struct task_struct *p)
{
	if (p->flags & PF_KTHREAD)
		free_kthread_struct(p);
	flush_sigqueue(&p->pending);
	vfree(p->stack);
	kfree(p);
}

/* The last reference to a task is gone (put_task_struct()). */
void __put_task_struct(struct task_struct *t)
{
	WARN_ON(!t->exit_state);
	free_task(t);
}
EXPORT_SYMBOL_GPL(__put_task_struct);

static struct task_struct *dup_task_struct(void)
{
	struct task_struct *p = kzalloc(sizeof(*p), GFP_KERNEL);

	if (!p)
		return NULL;
	/* CONFIG_VMAP_STACK: zeroed pages, an unmapped page below, aligned */
	p->stack = __vmalloc_node_range(THREAD_SIZE, THREAD_ALIGN, VMALLOC_START,
					VMALLOC_END, PAGE_KERNEL,
					__builtin_return_address(0));
	if (!p->stack) {
		kfree(p);
		return NULL;
	}
	/* one for the scheduler (until it is dead), one for the reaper */
	refcount_set(&p->usage, 2);
	return p;
}

static void undo_copies(struct task_struct *p)
{
	if (p->mm)
		mmput(p->mm);
	if (p->signal)
		kfree(p->signal);
	if (p->sighand && --p->sighand->count == 0)
		kfree(p->sighand);
	if (p->fs)
		exit_fs(p);
	if (p->files)
		exit_files(p);
}

static struct task_struct *copy_process(unsigned long clone_flags,
					unsigned long stack, unsigned long tls,
					int __user *child_tid,
					int (*fn)(void *), void *arg,
					bool kthread)
{
	struct task_struct *p;
	int err;

	if ((clone_flags & CLONE_THREAD) || (clone_flags & (CLONE_NEWNS |
	    CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID |
	    CLONE_NEWNET | CLONE_NEWCGROUP)))
		return ERR_PTR(-EINVAL);	/* no threads, no namespaces */
	if ((clone_flags & CLONE_SIGHAND) && !(clone_flags & CLONE_VM))
		return ERR_PTR(-EINVAL);

	p = dup_task_struct();
	if (!p)
		return ERR_PTR(-ENOMEM);
	memcpy(p->comm, current->comm, sizeof(p->comm));
	p->flags = PF_FORKNOEXEC;
	/* a kernel thread inherits its creator's flags, as on Linux */
	if (kthread)
		p->flags |= PF_KTHREAD | (current->flags & ~(PF_SUPERPRIV |
			PF_WQ_WORKER | PF_IDLE | PF_NO_SETAFFINITY));
	p->blocked = current->blocked;
	p->sas_ss_sp = current->sas_ss_sp;
	p->sas_ss_size = current->sas_ss_size;
	p->sas_ss_flags = current->sas_ss_flags;
	INIT_LIST_HEAD(&p->children);
	INIT_LIST_HEAD(&p->sibling);
	INIT_LIST_HEAD(&p->tasks);
	INIT_LIST_HEAD(&p->pending.list);
	sched_fork(p);

	err = kthread && !set_kthread_struct(p) ? -ENOMEM : 0;
	if (!err)
		err = copy_files(clone_flags, p);
	if (!err)
		err = copy_fs(clone_flags, p);
	if (!err)
		err = copy_sighand(clone_flags, p);
	if (!err)
		err = copy_signal(clone_flags, p);
	if (!err)
		err = copy_mm(clone_flags, p);
	if (!err)
		err = copy_thread(p, clone_flags, stack, tls, fn, arg);
	/*
	 * Copying may have slept (the OOM killer ran): a signal that came
	 * meanwhile must not miss the child. A killed parent has none.
	 */
	if (!err && signal_pending(current))
		err = -ERESTARTNOINTR;
	if (err) {
		undo_copies(p);
		free_task(p);
		return ERR_PTR(err);
	}

	p->pid = p->tgid = alloc_pid_nr();
	total_forks++;
	if (p->pid == 1)	/* init ignores signals it has no handler for */
		p->signal->flags |= SIGNAL_UNKILLABLE;
	p->group_leader = p;
	p->exit_signal = clone_flags & CSIGNAL;
	p->set_child_tid = clone_flags & CLONE_CHILD_SETTID ? child_tid : NULL;
	p->clear_child_tid = clone_flags & CLONE_CHILD_CLEARTID ? child_tid : NULL;
	p->start_time = p->start_boottime = ktime_get();
	p->real_parent = p->parent = (clone_flags & CLONE_PARENT) &&
				     current->real_parent ?
				     current->real_parent : current;
	list_add_tail(&p->sibling, &p->real_parent->children);
	list_add_tail(&p->tasks, &task_list);
	if (p->set_child_tid && p->mm)
		copy_to_mm(p->mm, (unsigned long)child_tid, &p->pid,
			   sizeof(p->pid));
	return p;
}

long kernel_clone(unsigned long clone_flags, unsigned long stack,
		  int __user *parent_tid, int __user *child_tid,
		  unsigned long tls)
{
	DECLARE_COMPLETION_ONSTACK(vfork);
	struct task_struct *p;
	pid_t nr;

	p = copy_process(clone_flags, stack, tls, child_tid, NULL, NULL, false);
	if (IS_ERR(p))
		return PTR_ERR(p);
	nr = p->pid;
	if (clone_flags & CLONE_PARENT_SETTID)
		put_user(nr, parent_tid);
	if (clone_flags & CLONE_VFORK) {
		p->vfork_done = &vfork;
		get_task_struct(p);
	}
	wake_up_new_task(p);
	if (clone_flags & CLONE_VFORK) {
		/* the child borrows our memory until it execs or exits */
		wait_for_completion(&vfork);
		put_task_struct(p);
	}
	return nr;
}

/* A task for the kernel that will exec a user program (PID 1). */
pid_t user_mode_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	struct task_struct *p = copy_process(flags, 0, 0, NULL, fn, arg, false);

	if (IS_ERR(p))
		return PTR_ERR(p);
	wake_up_new_task(p);
	return p->pid;
}

/* A kernel thread: no user memory, runs fn(arg) (kthreadd, kthreads). */
pid_t kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	struct task_struct *p = copy_process(flags | CLONE_VM, 0, 0, NULL,
					     fn, arg, true);

	if (IS_ERR(p))
		return PTR_ERR(p);
	wake_up_new_task(p);
	return p->pid;
}

/* A vfork() parent, or kthread_stop(), waits for this: exec or exit. */
void complete_vfork_done(struct task_struct *tsk)
{
	struct completion *vfork = tsk->vfork_done;

	if (vfork) {
		tsk->vfork_done = NULL;
		complete(vfork);
	}
}

/* arm64 passes clone's arguments in the CLONE_BACKWARDS order. */
SYSCALL_DEFINE5(clone, unsigned long, clone_flags, unsigned long, newsp,
		int __user *, parent_tidptr, unsigned long, tls,
		int __user *, child_tidptr)
{
	return kernel_clone(clone_flags, newsp, parent_tidptr, child_tidptr, tls);
}

SYSCALL_DEFINE1(set_tid_address, int __user *, tidptr)
{
	current->clear_child_tid = tidptr;
	return task_pid_nr(current);
}

unsigned long default_max_threads(void);

/* Limits that depend on the memory size, as Linux's fork_init() sets them. */
void __init fork_init(void)
{
	unsigned long max_threads = default_max_threads();
	struct rlimit *rlim = init_task.signal->rlim;

	rlim[RLIMIT_NPROC].rlim_cur = rlim[RLIMIT_NPROC].rlim_max = max_threads / 2;
	rlim[RLIMIT_SIGPENDING] = rlim[RLIMIT_NPROC];
}

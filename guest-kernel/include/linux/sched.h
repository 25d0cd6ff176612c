/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/types.h>
#include <linux/stddef.h>
#include <generated/module-abi.h>
#include <linux/module_abi.h>
#include <linux/compiler.h>
#include <linux/refcount.h>
#include <linux/list.h>
#include <linux/wait.h>
#include <linux/timer.h>
#include <uapi/asm-generic/signal.h>
#include <uapi/asm-generic/siginfo.h>
#include <asm/current.h>
#include <asm/processor.h>
#include <asm/ptrace.h>
#include <asm/thread_info.h>

#define TASK_COMM_LEN		16

/* __state */
#define TASK_RUNNING		0x0000
#define TASK_INTERRUPTIBLE	0x0001
#define TASK_UNINTERRUPTIBLE	0x0002
#define __TASK_STOPPED		0x0004
#define __TASK_TRACED		0x0008
#define TASK_PARKED		0x0040
#define TASK_DEAD		0x0080
#define TASK_WAKEKILL		0x0100
#define TASK_NOLOAD		0x0400
#define TASK_STOPPED		(TASK_WAKEKILL | __TASK_STOPPED)
#define TASK_KILLABLE		(TASK_WAKEKILL | TASK_UNINTERRUPTIBLE)
#define TASK_IDLE		(TASK_UNINTERRUPTIBLE | TASK_NOLOAD)
#define TASK_KILLABLE		(TASK_WAKEKILL | TASK_UNINTERRUPTIBLE)
#define TASK_NORMAL		(TASK_INTERRUPTIBLE | TASK_UNINTERRUPTIBLE)
#define TASK_REPORT_MAX		0x0100

/* exit_state */
#define EXIT_DEAD		0x0010
#define EXIT_ZOMBIE		0x0020

/* flags */
#define PF_IDLE			0x00000002
#define PF_EXITING		0x00000004
#define PF_FORKNOEXEC		0x00000040
#define PF_WQ_WORKER		0x00000020
#define PF_SUPERPRIV		0x00000100
#define PF_SIGNALED		0x00000400
#define PF_NOFREEZE		0x00008000
#define PF_KTHREAD		0x00200000
#define PF_RANDOMIZE		0x00400000
#define PF_NO_SETAFFINITY	0x04000000

struct mm_struct;
struct fs_struct;
struct files_struct;
struct signal_struct;
struct sighand_struct;
struct file;
struct completion;

/* Pending signals: one of each at most (no queueing of repeats), the siginfo of the first. */
struct sigpending {
	struct list_head list;		/* struct sigqueue */
	sigset_t signal;
};

struct sigqueue {
	struct list_head list;
	siginfo_t info;
};

/*
 * Module code reaches some task fields inline (current->pid, ->comm,
 * ->__state in set_current_state(), ->usage in get_task_struct(),
 * ->pending in fatal_signal_pending(), the stack canary...): those sit
 * at Debian's offsets (include/generated/module-layout.h), in Debian's
 * order, with padding between them. Our own fields come after the last
 * of them; modules never look there.
 */
#define __task_pad(from, to)	u8 __PASTE(__pad_, __LINE__)[(to) - (from)]

struct task_struct {
	/* First, so that code reading it through sp_el0 finds it at offset 0. */
	struct thread_info	thread_info;
	__task_pad(sizeof(struct thread_info), TSK___state);
	unsigned int		__state;
	__task_pad(TSK___state + 4, TSK_stack);
	void			*stack;
	refcount_t		usage;		/* references: the scheduler, the reaper... */
	unsigned int		flags;
	__task_pad(TSK_flags + 4, TSK_prio);
	int			prio, static_prio, normal_prio;
	__task_pad(TSK_normal_prio + 4, TSK_tasks);
	struct list_head	tasks;		/* all tasks, pid order */
	__task_pad(TSK_tasks + sizeof(struct list_head), TSK_mm);
	struct mm_struct	*mm;
	struct mm_struct	*active_mm;
	__task_pad(TSK_active_mm + sizeof(void *), TSK_exit_state);
	int			exit_state;
	int			exit_code;
	int			exit_signal;
	__task_pad(TSK_exit_signal + 4, TSK_pid);
	pid_t			pid;
	pid_t			tgid;
	/*
	 * Modules built for Debian's kernel guard their stacks with the
	 * word at sp_el0 + TSK_STACK_CANARY (from its asm-offsets).
	 */
	unsigned long		stack_canary;
	struct task_struct	*real_parent;
	struct task_struct	*parent;
	struct list_head	children;
	struct list_head	sibling;
	struct task_struct	*group_leader;
	__task_pad(TSK_group_leader + sizeof(void *), TSK_vfork_done);
	struct completion	*vfork_done;	/* vfork parent, kthread_stop() */
	int __user		*set_child_tid;
	int __user		*clear_child_tid;
	void			*worker_private;	/* a kthread's struct kthread */
	u64			utime, stime;	/* ns */
	__task_pad(TSK_stime + sizeof(u64), TSK_nvcsw);
	unsigned long		nvcsw, nivcsw;
	u64			start_time;	/* ns since boot */
	u64			start_boottime;
	unsigned long		min_flt, maj_flt;
	__task_pad(TSK_maj_flt + sizeof(void *), TSK_comm);
	char			comm[TASK_COMM_LEN];
	__task_pad(TSK_comm + TASK_COMM_LEN, TSK_fs);
	struct fs_struct	*fs;
	struct files_struct	*files;
	__task_pad(TSK_files + sizeof(void *), TSK_signal);
	struct signal_struct	*signal;
	struct sighand_struct	*sighand;
	sigset_t		blocked;
	sigset_t		real_blocked;
	sigset_t		saved_sigmask;
	struct sigpending	pending;
	unsigned long		sas_ss_sp;
	size_t			sas_ss_size;
	unsigned int		sas_ss_flags;

	/* ours: no module reaches past here */
	void __user		*robust_list;
	size_t			robust_list_len;
	u64			prev_utime, prev_stime;	/* as last reported */
	u64			sum_exec_runtime;	/* ns on the CPU */
	u64			prev_sum_exec_runtime;	/* ... when last picked */
	u64			exec_start;
	u64			timer_slack_ns;
	unsigned int		sched_contributes_to_load;
	bool			uaccess_kernel;	/* see kernel_read() */
	struct list_head	run_list;
	struct thread_struct	thread;
};

#define task_abi_check(f)						\
	_Static_assert(offsetof(struct task_struct, f) == TSK_##f,	\
		       "task_struct: " #f " is not where Debian's modules find it")
task_abi_check(__state);
task_abi_check(stack);
task_abi_check(usage);
task_abi_check(flags);
task_abi_check(static_prio);
task_abi_check(normal_prio);
task_abi_check(tasks);
task_abi_check(mm);
task_abi_check(active_mm);
task_abi_check(exit_state);
task_abi_check(exit_code);
task_abi_check(exit_signal);
task_abi_check(pid);
task_abi_check(tgid);
task_abi_check(real_parent);
task_abi_check(parent);
task_abi_check(children);
task_abi_check(sibling);
task_abi_check(group_leader);
task_abi_check(vfork_done);
task_abi_check(set_child_tid);
task_abi_check(clear_child_tid);
task_abi_check(utime);
task_abi_check(stime);
task_abi_check(nvcsw);
task_abi_check(nivcsw);
task_abi_check(start_time);
task_abi_check(start_boottime);
task_abi_check(min_flt);
task_abi_check(maj_flt);
task_abi_check(comm);
task_abi_check(fs);
task_abi_check(files);
task_abi_check(signal);
task_abi_check(sighand);
task_abi_check(blocked);
task_abi_check(real_blocked);
task_abi_check(saved_sigmask);
task_abi_check(pending);
task_abi_check(sas_ss_sp);
task_abi_check(sas_ss_size);
task_abi_check(sas_ss_flags);
_Static_assert(offsetof(struct task_struct, stack_canary) == TSK_STACK_CANARY,
	       "task_struct: the stack canary is not where Debian's modules find it");
_Static_assert(TSK_stack_canary == TSK_STACK_CANARY, "two canary offsets");
abi_check_size(thread_info);
abi_check_field(thread_info, flags);
abi_check_field(thread_info, preempt_count);
abi_check_field(thread_info, cpu);

extern struct task_struct init_task;
extern unsigned long init_stack[THREAD_SIZE / sizeof(unsigned long)];
extern struct list_head task_list;

#define for_each_process(p) \
	list_for_each_entry(p, &task_list, tasks)

static inline pid_t task_pid_nr(struct task_struct *tsk)
{
	return tsk->pid;
}

static inline pid_t task_tgid_nr(struct task_struct *tsk)
{
	return tsk->tgid;
}

static inline bool is_global_init(struct task_struct *tsk)
{
	return tsk->pid == 1;
}

static inline void *task_stack_page(const struct task_struct *tsk)
{
	return tsk->stack;
}

#define task_pt_regs(p) \
	((struct pt_regs *)((unsigned long)task_stack_page(p) + THREAD_SIZE) - 1)
#define current_pt_regs()	task_pt_regs(current)

static inline void set_tsk_thread_flag(struct task_struct *t, int flag)
{
	t->thread_info.flags |= 1UL << flag;
}

static inline void clear_tsk_thread_flag(struct task_struct *t, int flag)
{
	t->thread_info.flags &= ~(1UL << flag);
}

static inline bool test_tsk_thread_flag(struct task_struct *t, int flag)
{
	return t->thread_info.flags & (1UL << flag);
}

/* TIF_NOTIFY_SIGNAL is no signal, but it ends waits as one would. */
static inline bool signal_pending(struct task_struct *p)
{
	if (unlikely(test_tsk_thread_flag(p, TIF_NOTIFY_SIGNAL)))
		return true;
	return test_tsk_thread_flag(p, TIF_SIGPENDING);
}

static inline struct task_struct *get_task_struct(struct task_struct *t)
{
	refcount_inc(&t->usage);
	return t;
}

void __put_task_struct(struct task_struct *t);

static inline void put_task_struct(struct task_struct *t)
{
	if (refcount_dec_and_test(&t->usage))
		__put_task_struct(t);
}
char *get_task_comm(char *buf, struct task_struct *tsk);
void __set_task_comm(struct task_struct *tsk, const char *from);
struct task_struct *find_task_by_vpid(pid_t nr);
pid_t task_ppid_nr(struct task_struct *tsk);
pid_t task_pgrp_nr(struct task_struct *tsk);
pid_t task_session_nr(struct task_struct *tsk);
unsigned int task_state_index(struct task_struct *tsk);
char task_state_to_char(struct task_struct *tsk);

#define MAX_SCHEDULE_TIMEOUT	LONG_MAX

/* kernel/sched/core.c */
void schedule(void);
void yield(void);
int __cond_resched(void);
#define cond_resched()	__cond_resched()
/* PREEMPT_VOLUNTARY: every might_sleep() is a preemption point. */
#define might_sleep()	__cond_resched()
void wake_up_new_task(struct task_struct *p);
int wake_up_process(struct task_struct *p);
int wake_up_state(struct task_struct *p, unsigned int state);
void cpu_startup_entry(void) __noreturn;
void sched_fork(struct task_struct *p);
void set_current_state(unsigned int state);
void set_user_nice(struct task_struct *p, long nice);
#define __set_current_state(state)	WRITE_ONCE(current->__state, (state))
unsigned long nr_running(void);
unsigned long nr_active_for_load(void);
void do_idle(void);
void schedule_idle(void);
void scheduler_tick(void);
int __cond_resched(void);
u64 task_sched_runtime(struct task_struct *p);
extern unsigned long nr_context_switches_count;

static inline bool need_resched(void)
{
	return test_tsk_thread_flag(current, TIF_NEED_RESCHED);
}

#define cond_resched()	__cond_resched()

static inline bool is_idle_task(const struct task_struct *p)
{
	return p == &init_task;
}

/* kernel/time/timer.c: sleeping for jiffies */
long schedule_timeout(long timeout);
long schedule_timeout_interruptible(long timeout);
long schedule_timeout_uninterruptible(long timeout);
long schedule_timeout_killable(long timeout);
long schedule_timeout_idle(long timeout);

/* kernel/time/tick-sched.c: how long the CPU has been idle */
u64 get_cpu_idle_time_ns(void);

/* kernel/fork.c */
pid_t user_mode_thread(int (*fn)(void *), void *arg, unsigned long flags);
pid_t kernel_thread(int (*fn)(void *), void *arg, unsigned long flags);
void complete_vfork_done(struct task_struct *tsk);
int alloc_pid_nr(void);

/* kernel/exit.c */
void make_task_dead(int signr) __noreturn;
void do_exit(long code) __noreturn;
void do_group_exit(int exit_code) __noreturn;
void release_task(struct task_struct *p);

/* arch */
struct task_struct *__switch_to(struct task_struct *prev,
				struct task_struct *next);
int copy_thread(struct task_struct *p, unsigned long clone_flags,
		unsigned long stack_start, unsigned long tls,
		int (*fn)(void *), void *arg);
void show_regs(struct pt_regs *regs);
void show_stack(struct task_struct *tsk, unsigned long *sp, const char *loglvl);

#endif

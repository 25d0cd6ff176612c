/* SPDX-License-Identifier: GPL-2.0 */
/* Per-process signal state: handlers, process group, session, tty, limits. */
#ifndef _LINUX_SCHED_SIGNAL_H
#define _LINUX_SCHED_SIGNAL_H

#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/resource.h>
#include <linux/timekeeping.h>
#include <linux/hrtimer.h>

struct tty_struct;

struct k_sigaction {
	struct sigaction sa;
};

struct sighand_struct {
	int count;
	struct k_sigaction action[_NSIG];
};

struct signal_struct {
	int nr_threads;
	struct wait_queue_head wait_chldexit;	/* for wait4() */
	int group_exit_code;
	unsigned int flags;			/* SIGNAL_* */
	pid_t pgrp;
	pid_t session;
	bool leader;				/* session leader */
	struct tty_struct *tty;			/* controlling tty */
	struct rlimit rlim[RLIM_NLIMITS];
	u64 cutime, cstime;			/* reaped children, ns */
	unsigned long cmin_flt, cmaj_flt, cnvcsw, cnivcsw;
	struct hrtimer real_timer;		/* ITIMER_REAL */
	ktime_t it_real_incr;			/* ns */
	struct task_struct *owner;
	int stop_code;				/* signal that stopped us, for wait */
	bool stop_reported, continued;
	struct mm_struct *oom_mm;		/* its mm, once the OOM killer chose it */
};

#define SIGNAL_UNKILLABLE	0x00000040	/* for init: ignore fatal signals */
#define SIGNAL_STOP_STOPPED	0x00000001
#define SIGNAL_GROUP_EXIT	0x00000004	/* exiting: group_exit_code is set */

static inline unsigned long rlimit(unsigned int limit)
{
	return current->signal->rlim[limit].rlim_cur;
}

static inline bool __fatal_signal_pending(struct task_struct *p)
{
	return sigismember(&p->pending.signal, SIGKILL);
}

static inline bool fatal_signal_pending(struct task_struct *p)
{
	return signal_pending(p) && __fatal_signal_pending(p);
}

/* Would a signal interrupt a sleep in state? */
static inline bool signal_pending_state(unsigned int state,
					struct task_struct *p)
{
	if (!(state & (TASK_INTERRUPTIBLE | TASK_WAKEKILL)))
		return false;
	if (!signal_pending(p))
		return false;
	return (state & TASK_INTERRUPTIBLE) || __fatal_signal_pending(p);
}

static inline struct task_struct *task_parent_or_null(struct task_struct *t)
{
	return t->real_parent;
}

#endif

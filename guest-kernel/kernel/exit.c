// SPDX-License-Identifier: GPL-2.0
/*
 * Task death and reaping: exit() and exit_group(), the zombie state,
 * reparenting orphans to init, wait4() and waitid(). A dead task keeps
 * its task_struct (exit code, times) until its parent reaps it, unless
 * the parent ignores SIGCHLD, in which case it goes at once.
 */
#include <linux/kernel.h>
#include <linux/kernel_stat.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/fs_struct.h>
#include <linux/mm.h>
#include <linux/preempt.h>
#include <linux/resource.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include <linux/tty.h>
#include <linux/uaccess.h>
#include <uapi/linux/wait.h>
#include <asm/irqflags.h>
#include <asm/mmu_context.h>

/* Tell a vfork() parent its memory is its own again; clear the tid word. */
void mm_release(struct task_struct *tsk, struct mm_struct *mm)
{
	if (tsk->clear_child_tid) {
		int zero = 0;

		if (mm->mm_users > 1 || tsk->vfork_done)
			copy_to_mm(mm, (unsigned long)tsk->clear_child_tid,
				   &zero, sizeof(zero));
		tsk->clear_child_tid = NULL;
	}
	complete_vfork_done(tsk);
}

void exit_mm(void)
{
	struct mm_struct *mm = current->mm;

	if (!mm) {		/* a kernel thread: kthread_stop() may wait */
		complete_vfork_done(current);
		return;
	}
	mm_release(current, mm);
	/* stop using the tables before they go */
	cpu_set_reserved_ttbr0();
	current->mm = NULL;
	current->active_mm = &init_mm;
	mmput(mm);
}

static void free_signal(struct task_struct *p)
{
	hrtimer_cancel(&p->signal->real_timer);
	if (p->signal->oom_mm)
		mmdrop(p->signal->oom_mm);
	kfree(p->signal);
	p->signal = NULL;
	if (--p->sighand->count == 0)
		kfree(p->sighand);
	p->sighand = NULL;
}

/* Forget a dead task: off the lists, and the reaper's reference dropped. */
void release_task(struct task_struct *p)
{
	list_del_init(&p->sibling);
	list_del_init(&p->tasks);
	free_signal(p);
	put_task_struct(p);
}

static struct task_struct *child_reaper(void)
{
	return find_task_by_vpid(1);
}

/* Our children become init's; zombies among them are announced to it. */
static void forget_original_parent(struct task_struct *father)
{
	struct task_struct *reaper = child_reaper(), *p, *n;

	list_for_each_entry_safe(p, n, &father->children, sibling) {
		p->real_parent = p->parent = reaper;
		list_move_tail(&p->sibling, &reaper->children);
		if (p->exit_state == EXIT_ZOMBIE && do_notify_parent_check(p))
			release_task(p);
	}
}

static void exit_notify(struct task_struct *tsk)
{
	forget_original_parent(tsk);
	tsk->exit_state = EXIT_ZOMBIE;
	if (do_notify_parent_check(tsk)) {
		tsk->exit_state = EXIT_DEAD;
		release_task(tsk);
	}
}

void do_exit(long code)
{
	struct task_struct *tsk = current;

	if (is_global_init(tsk))
		panic("Attempted to kill init! exitcode=0x%08x\n",
		      tsk->signal->group_exit_code ?: (int)code);
	tsk->flags |= PF_EXITING;
	tsk->exit_code = code;
	hrtimer_cancel(&tsk->signal->real_timer);
	exit_mm();
	exit_files(tsk);
	exit_fs(tsk);
	if (tsk->signal->leader)
		disassociate_ctty(1);
	exit_notify(tsk);
	tsk->__state = TASK_DEAD;
	schedule();
	BUG();
	for (;;)
		;
}

/* A group exit already under way (a fatal signal's) gives its code, as Linux's. */
void do_group_exit(int exit_code)
{
	struct signal_struct *sig = current->signal;

	if (sig->flags & SIGNAL_GROUP_EXIT) {
		exit_code = sig->group_exit_code;
	} else {
		sig->group_exit_code = exit_code;
		sig->flags |= SIGNAL_GROUP_EXIT;
	}
	do_exit(exit_code);
}

void make_task_dead(int signr)
{
	struct task_struct *tsk = current;

	if (unlikely(!tsk->pid))
		panic("Attempted to kill the idle task!");

	if (unlikely(irqs_disabled())) {
		pr_info("note: %s[%d] exited with irqs disabled\n",
			tsk->comm, task_pid_nr(tsk));
		local_irq_enable();
	}
	if (unlikely(in_atomic())) {
		pr_info("note: %s[%d] exited with preempt_count %d\n",
			tsk->comm, task_pid_nr(tsk), preempt_count());
		preempt_count_set(0);
	}

	do_exit(signr);
}

SYSCALL_DEFINE1(exit, int, error_code)
{
	do_exit((error_code & 0xff) << 8);
}

SYSCALL_DEFINE1(exit_group, int, error_code)
{
	do_group_exit((error_code & 0xff) << 8);
}

struct wait_opts {
	pid_t pid;
	int options;
	int status;
	int why;		/* CLD_* for waitid */
	pid_t found;
	struct rusage *ru;
};

static bool eligible_child(struct wait_opts *wo, struct task_struct *p)
{
	pid_t pid = wo->pid;
	bool clone = p->exit_signal != SIGCHLD;

	if (pid > 0 && p->pid != pid)
		return false;
	if (pid == 0 && p->signal->pgrp != current->signal->pgrp)
		return false;
	if (pid < -1 && p->signal->pgrp != -pid)
		return false;
	if (wo->options & __WALL)
		return true;
	return clone == !!(wo->options & __WCLONE);
}

static void fill_rusage_of(struct task_struct *p, struct rusage *ru)
{
	if (ru)
		getrusage(p, RUSAGE_SELF, ru);
}

static int wait_task_zombie(struct wait_opts *wo, struct task_struct *p)
{
	struct signal_struct *psig = current->signal;
	int code = p->signal->group_exit_code ?: p->exit_code;
	u64 utime, stime;

	wo->status = code;
	wo->why = (code & 0x7f) ? ((code & 0x80) ? CLD_DUMPED : CLD_KILLED)
				: CLD_EXITED;
	wo->found = p->pid;
	fill_rusage_of(p, wo->ru);
	if (wo->options & WNOWAIT)
		return 1;
	task_cputime_adjusted(p, &utime, &stime);
	psig->cutime += utime + p->signal->cutime;
	psig->cstime += stime + p->signal->cstime;
	psig->cmin_flt += p->min_flt + p->signal->cmin_flt;
	psig->cnvcsw += p->nvcsw + p->signal->cnvcsw;
	psig->cnivcsw += p->nivcsw + p->signal->cnivcsw;
	p->exit_state = EXIT_DEAD;
	release_task(p);
	return 1;
}

static int wait_one(struct wait_opts *wo, struct task_struct *p)
{
	struct signal_struct *sig = p->signal;

	if (p->exit_state == EXIT_ZOMBIE) {
		if (!(wo->options & WEXITED))
			return 0;
		return wait_task_zombie(wo, p);
	}
	if ((wo->options & WUNTRACED) && p->__state == TASK_STOPPED &&
	    !sig->stop_reported) {
		if (!(wo->options & WNOWAIT))
			sig->stop_reported = true;
		wo->status = (sig->stop_code << 8) | 0x7f;
		wo->why = CLD_STOPPED;
		wo->found = p->pid;
		fill_rusage_of(p, wo->ru);
		return 1;
	}
	if ((wo->options & WCONTINUED) && sig->continued) {
		if (!(wo->options & WNOWAIT))
			sig->continued = false;
		wo->status = 0xffff;
		wo->why = CLD_CONTINUED;
		wo->found = p->pid;
		fill_rusage_of(p, wo->ru);
		return 1;
	}
	return 0;
}

/* >0: found (wo->found), 0: WNOHANG and nothing yet, <0: error. */
static long do_wait(struct wait_opts *wo)
{
	DEFINE_WAIT(wait);
	struct task_struct *p;
	long ret;

	for (;;) {
		prepare_to_wait(&current->signal->wait_chldexit, &wait,
				TASK_INTERRUPTIBLE);
		ret = -ECHILD;
		list_for_each_entry(p, &current->children, sibling) {
			if (!eligible_child(wo, p))
				continue;
			ret = 0;
			if (wait_one(wo, p)) {
				ret = 1;
				goto out;
			}
		}
		if (ret || (wo->options & WNOHANG))
			goto out;
		if (signal_pending(current)) {
			ret = -ERESTARTSYS;
			goto out;
		}
		schedule();
	}
out:
	finish_wait(&current->signal->wait_chldexit, &wait);
	return ret;
}

/*
 * For the kernel's own children (usermode helpers): the wait status,
 * left alone when it is 0 so a failed exec's error stays in *stat.
 */
int kernel_wait(pid_t pid, int *stat)
{
	struct wait_opts wo = { .pid = pid, .options = WEXITED };
	long ret = do_wait(&wo);

	if (ret > 0 && wo.status)
		*stat = wo.status;
	return ret;
}

long kernel_wait4(pid_t upid, int __user *stat_addr, int options,
		  struct rusage *ru)
{
	struct wait_opts wo = { .pid = upid, .options = options | WEXITED, .ru = ru };
	long ret;

	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED |
			__WNOTHREAD | __WCLONE | __WALL))
		return -EINVAL;
	if (upid == INT_MIN)
		return -ESRCH;
	ret = do_wait(&wo);
	if (ret <= 0)
		return ret;
	if (stat_addr && put_user(wo.status, stat_addr))
		return -EFAULT;
	return wo.found;
}

SYSCALL_DEFINE4(wait4, pid_t, upid, int __user *, stat_addr, int, options,
		struct rusage __user *, ru)
{
	struct rusage r;
	long ret = kernel_wait4(upid, stat_addr, options, ru ? &r : NULL);

	if (ret > 0 && ru && copy_to_user(ru, &r, sizeof(r)))
		return -EFAULT;
	return ret;
}

SYSCALL_DEFINE5(waitid, int, which, pid_t, upid, siginfo_t __user *, infop,
		int, options, struct rusage __user *, ru)
{
	struct wait_opts wo = { .options = options };
	struct rusage r;
	siginfo_t info;
	long ret;

	if (options & ~(WNOHANG | WNOWAIT | WEXITED | WSTOPPED | WCONTINUED |
			__WNOTHREAD | __WCLONE | __WALL))
		return -EINVAL;
	if (!(options & (WEXITED | WSTOPPED | WCONTINUED)))
		return -EINVAL;
	switch (which) {
	case P_ALL:
		wo.pid = -1;
		break;
	case P_PID:
		if (upid <= 0)
			return -EINVAL;
		wo.pid = upid;
		break;
	case P_PGID:
		if (upid < 0)
			return -EINVAL;
		wo.pid = upid ? -upid : 0;
		break;
	default:
		return -EINVAL;
	}
	wo.ru = ru ? &r : NULL;
	ret = do_wait(&wo);
	if (ret < 0)
		return ret;
	memset(&info, 0, sizeof(info));
	if (ret > 0) {
		info.si_signo = SIGCHLD;
		info.si_code = wo.why;
		info.si_pid = wo.found;
		info.si_status = wo.why == CLD_EXITED ? (wo.status >> 8) & 0xff :
				 wo.why == CLD_STOPPED ? (wo.status >> 8) & 0xff :
				 wo.why == CLD_CONTINUED ? SIGCONT : wo.status & 0x7f;
	}
	if (infop && copy_to_user(infop, &info, sizeof(info)))
		return -EFAULT;
	if (ru && ret > 0 && copy_to_user(ru, &r, sizeof(r)))
		return -EFAULT;
	return 0;
}

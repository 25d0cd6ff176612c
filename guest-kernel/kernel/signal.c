// SPDX-License-Identifier: GPL-2.0
/*
 * Signals: sending, blocking, the default actions, and the system
 * calls. Standard and real-time signals alike are one pending bit each
 * (no queueing of repeats), with the siginfo of the first. Delivery to
 * user space (the frame) is in arch/arm64/kernel/signal.c. An interrupt
 * may send one (ITIMER_REAL's SIGALRM): pending sets change with
 * interrupts off, as under Linux's siglock.
 */
#include <linux/kernel.h>
#include <linux/kernel_stat.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>
#include <linux/hrtimer.h>
#include <asm/irqflags.h>

/* A new pending signal with its siginfo (without one if out of memory). */
static void pending_add(struct sigpending *p, int sig, siginfo_t *info)
{
	struct sigqueue *q;

	if (sigismember(&p->signal, sig))
		return;
	sigaddset(&p->signal, sig);
	q = kmalloc(sizeof(*q), GFP_KERNEL);
	if (!q)
		return;
	q->info = *info;
	list_add_tail(&q->list, &p->list);
}

/* Take sig off the pending set; its siginfo goes to info if asked. */
static void pending_take(struct sigpending *p, int sig, siginfo_t *info)
{
	struct sigqueue *q, *n;

	sigdelset(&p->signal, sig);
	if (info) {
		memset(info, 0, sizeof(*info));
		info->si_signo = sig;
		info->si_code = SI_KERNEL;
	}
	list_for_each_entry_safe(q, n, &p->list, list) {
		if (q->info.si_signo != sig)
			continue;
		if (info)
			*info = q->info;
		list_del(&q->list);
		kfree(q);
		return;
	}
}

/* mask: of the first word's signals; ~0UL drops every signal. */
static void pending_drop_mask(struct sigpending *p, unsigned long mask)
{
	int sig;

	for (sig = 1; sig <= _NSIG; sig++)
		if ((sig > _NSIG_BPW ? mask == ~0UL : mask & sigmask(sig)) &&
		    sigismember(&p->signal, sig))
			pending_take(p, sig, NULL);
}

void flush_sigqueue(struct sigpending *p)
{
	unsigned long flags;

	local_irq_save(flags);
	pending_drop_mask(p, ~0UL);
	local_irq_restore(flags);
}

static __sighandler_t sig_handler(struct task_struct *t, int sig)
{
	return t->sighand->action[sig - 1].sa.sa_handler;
}

static bool sig_handler_ignored(__sighandler_t handler, int sig)
{
	return handler == SIG_IGN ||
	       (handler == SIG_DFL && sig_kernel_ignore(sig));
}

/* Would sending sig to t do nothing at all? */
static bool sig_task_ignored(struct task_struct *t, int sig, bool force)
{
	__sighandler_t handler = sig_handler(t, sig);

	/* init ignores what it has no handler for, unless the kernel insists */
	if ((t->signal->flags & SIGNAL_UNKILLABLE) && handler == SIG_DFL &&
	    !(force && sig_kernel_only(sig)))
		return true;
	return sig_handler_ignored(handler, sig);
}

static bool sig_ignored(struct task_struct *t, int sig, bool force)
{
	if (sigismember(&t->blocked, sig) || sigismember(&t->real_blocked, sig))
		return false;
	return sig_task_ignored(t, sig, force);
}

static bool has_pending_signals(sigset_t *signal, sigset_t *blocked)
{
	sigset_t ready;

	sigandnsets(&ready, signal, blocked);
	return !sigisemptyset(&ready);
}

static bool recalc_sigpending_tsk(struct task_struct *t)
{
	if (has_pending_signals(&t->pending.signal, &t->blocked)) {
		set_tsk_thread_flag(t, TIF_SIGPENDING);
		return true;
	}
	return false;
}

void recalc_sigpending(void)
{
	unsigned long flags;

	local_irq_save(flags);
	if (!recalc_sigpending_tsk(current))
		clear_tsk_thread_flag(current, TIF_SIGPENDING);
	local_irq_restore(flags);
}

/* Wake t so that it notices the signal: interrupt its sleep. */
static void signal_wake_up(struct task_struct *t, bool fatal)
{
	set_tsk_thread_flag(t, TIF_SIGPENDING);
	wake_up_state(t, TASK_INTERRUPTIBLE | (fatal ? TASK_STOPPED : 0));
}

static void resume_stopped(struct task_struct *t)
{
	if (t->__state == TASK_STOPPED) {
		t->signal->continued = true;
		t->signal->stop_reported = false;
		t->signal->flags &= ~SIGNAL_STOP_STOPPED;
		wake_up_state(t, TASK_STOPPED);
		do_notify_parent_cldstop(t, CLD_CONTINUED);
	}
}

/* SIGCONT cancels pending stops and resumes; a stop cancels pending SIGCONT. */
static bool prepare_signal(int sig, struct task_struct *p, bool force)
{
	if (p->exit_state || (p->flags & PF_EXITING))
		return false;
	if (sig_kernel_stop(sig)) {
		pending_drop_mask(&p->pending, sigmask(SIGCONT));
	} else if (sig == SIGCONT || sig == SIGKILL) {
		pending_drop_mask(&p->pending, SIG_KERNEL_STOP_MASK);
		resume_stopped(p);
	}
	return !sig_ignored(p, sig, force);
}

/* Should p be the one to handle sig now? (One thread a process here.) */
static bool wants_signal(int sig, struct task_struct *p)
{
	if (sigismember(&p->blocked, sig) || (p->flags & PF_EXITING))
		return false;
	if (sig == SIGKILL)
		return true;
	if (p->__state & (__TASK_STOPPED | __TASK_TRACED))
		return false;
	return p == current || !test_tsk_thread_flag(p, TIF_SIGPENDING);
}

/* Would sig, taken now, kill p (its default action, not a stop)? */
static bool sig_fatal(struct task_struct *p, int sig)
{
	if (sig < SIGRTMIN &&
	    (sigmask(sig) & (SIG_KERNEL_IGNORE_MASK | SIG_KERNEL_STOP_MASK)))
		return false;
	return sig_handler(p, sig) == SIG_DFL;
}

/*
 * Wake p for a signal it wants. A fatal one takes the process down at
 * once, as Linux's complete_signal(): SIGKILL joins it, so that even a
 * killable sleep ends, and the exit status still names sig.
 */
static void complete_signal(int sig, struct task_struct *p)
{
	struct signal_struct *signal = p->signal;

	if (!wants_signal(sig, p))
		return;
	if (sig_fatal(p, sig) && !(signal->flags & SIGNAL_GROUP_EXIT) &&
	    !sigismember(&p->real_blocked, sig) && !sig_kernel_coredump(sig)) {
		signal->flags = SIGNAL_GROUP_EXIT;
		signal->group_exit_code = sig;
		sigaddset(&p->pending.signal, SIGKILL);
		signal_wake_up(p, true);
		return;
	}
	signal_wake_up(p, sig == SIGKILL);
}

static int send_signal(int sig, siginfo_t *info, struct task_struct *t,
		       bool force)
{
	unsigned long flags;

	local_irq_save(flags);
	if (prepare_signal(sig, t, force)) {
		pending_add(&t->pending, sig, info);
		complete_signal(sig, t);
	}
	local_irq_restore(flags);
	return 0;
}

static void fill_kill_info(siginfo_t *info, int sig, int code)
{
	memset(info, 0, sizeof(*info));
	info->si_signo = sig;
	info->si_code = code;
	if (code == SI_USER || code == SI_TKILL) {
		info->si_pid = task_tgid_nr(current);
		info->si_uid = 0;
	}
}

int do_send_sig_info(int sig, siginfo_t *info, struct task_struct *p)
{
	return send_signal(sig, info, p, false);
}

int send_sig_info(int sig, siginfo_t *info, struct task_struct *p)
{
	if (!valid_signal(sig))
		return -EINVAL;
	return do_send_sig_info(sig, info, p);
}

/* priv: sent by the kernel itself (si_code SI_KERNEL). */
int send_sig(int sig, struct task_struct *p, int priv)
{
	siginfo_t info;

	fill_kill_info(&info, sig, priv ? SI_KERNEL : SI_USER);
	return send_sig_info(sig, &info, p);
}

/*
 * A signal the task cannot refuse (its own fault): unblocked, and reset
 * to the default action if it was ignored or blocked.
 */
static int force_sig_info(siginfo_t *info)
{
	struct task_struct *t = current;
	struct k_sigaction *action = &t->sighand->action[info->si_signo - 1];
	int sig = info->si_signo;
	bool blocked = sigismember(&t->blocked, sig);

	if (blocked || action->sa.sa_handler == SIG_IGN) {
		action->sa.sa_handler = SIG_DFL;
		if (blocked)
			sigdelset(&t->blocked, sig);
	}
	if (action->sa.sa_handler == SIG_DFL)
		t->signal->flags &= ~SIGNAL_UNKILLABLE;
	return send_signal(sig, info, t, true);
}

int force_sig_fault(int sig, int code, void __user *addr)
{
	siginfo_t info;

	memset(&info, 0, sizeof(info));
	info.si_signo = sig;
	info.si_code = code;
	info.si_addr = addr;
	return force_sig_info(&info);
}

void force_sig(int sig)
{
	siginfo_t info;

	fill_kill_info(&info, sig, SI_KERNEL);
	force_sig_info(&info);
}

static bool kill_ok(struct task_struct *p)
{
	return p->pid > 0 && !p->exit_state;
}

int kill_pgrp_nr(pid_t pgrp, int sig, int priv)
{
	struct task_struct *p;
	siginfo_t info;
	int ret = -ESRCH;

	fill_kill_info(&info, sig, priv ? SI_KERNEL : SI_USER);
	for_each_process(p) {
		if (p->signal && p->signal->pgrp == pgrp && kill_ok(p))
			ret = sig ? send_sig_info(sig, &info, p) : 0;
	}
	return ret;
}

/* kill(2): pid > 0 one process, 0 our group, -1 everyone but init and us, < -1 a group. */
static int kill_something_info(int sig, siginfo_t *info, pid_t pid)
{
	struct task_struct *p;
	int ret = -ESRCH, count = 0;

	if (pid > 0) {
		p = find_task_by_vpid(pid);
		if (!p)
			return -ESRCH;
		return sig ? send_sig_info(sig, info, p) : 0;
	}
	if (pid != -1)
		return kill_pgrp_nr(pid ? -pid : current->signal->pgrp, sig, 0);
	for_each_process(p) {
		if (p->pid > 1 && p != current && kill_ok(p)) {
			count++;
			ret = sig ? send_sig_info(sig, info, p) : 0;
		}
	}
	return count ? ret : -ESRCH;
}

SYSCALL_DEFINE2(kill, pid_t, pid, int, sig)
{
	siginfo_t info;

	if (!valid_signal(sig))
		return -EINVAL;
	fill_kill_info(&info, sig, SI_USER);
	return kill_something_info(sig, &info, pid);
}

static int do_tkill(pid_t tgid, pid_t pid, int sig)
{
	struct task_struct *p;
	siginfo_t info;

	if (pid <= 0 || !valid_signal(sig))
		return -EINVAL;
	p = find_task_by_vpid(pid);
	if (!p || (tgid > 0 && p->tgid != tgid) || p->exit_state)
		return -ESRCH;
	fill_kill_info(&info, sig, SI_TKILL);
	return sig ? send_sig_info(sig, &info, p) : 0;
}

SYSCALL_DEFINE3(tgkill, pid_t, tgid, pid_t, pid, int, sig)
{
	if (tgid <= 0)
		return -EINVAL;
	return do_tkill(tgid, pid, sig);
}

SYSCALL_DEFINE2(tkill, pid_t, pid, int, sig)
{
	return do_tkill(0, pid, sig);
}

/* Tell the parent a child stopped or continued (SIGCHLD unless SA_NOCLDSTOP). */
void do_notify_parent_cldstop(struct task_struct *tsk, int why)
{
	struct task_struct *parent = tsk->real_parent;
	struct k_sigaction *sa;
	siginfo_t info;

	if (!parent || !parent->sighand)
		return;
	sa = &parent->sighand->action[SIGCHLD - 1];
	memset(&info, 0, sizeof(info));
	info.si_signo = SIGCHLD;
	info.si_code = why;
	info.si_pid = tsk->pid;
	info.si_status = why == CLD_CONTINUED ? SIGCONT : tsk->signal->stop_code;
	if (sa->sa.sa_handler != SIG_IGN && !(sa->sa.sa_flags & SA_NOCLDSTOP))
		send_signal(SIGCHLD, &info, parent, false);
	wake_up(&parent->signal->wait_chldexit);
}

/*
 * A child died: signal and wake its parent. True if nobody will wait
 * for it (the parent ignores SIGCHLD or set SA_NOCLDWAIT).
 */
bool do_notify_parent_check(struct task_struct *tsk)
{
	struct task_struct *parent = tsk->real_parent;
	int code = tsk->signal->group_exit_code ?: tsk->exit_code;
	struct k_sigaction *sa;
	bool autoreap = false;
	siginfo_t info;
	u64 utime, stime;
	int sig = tsk->exit_signal;

	memset(&info, 0, sizeof(info));
	info.si_signo = sig;
	info.si_pid = tsk->pid;
	task_cputime_adjusted(tsk, &utime, &stime);
	info.si_utime = nsec_to_clock_t(utime);
	info.si_stime = nsec_to_clock_t(stime);
	if (!(code & 0x7f)) {
		info.si_code = CLD_EXITED;
		info.si_status = code >> 8;
	} else {
		info.si_code = code & 0x80 ? CLD_DUMPED : CLD_KILLED;
		info.si_status = code & 0x7f;
	}
	sa = &parent->sighand->action[SIGCHLD - 1];
	if (sig == SIGCHLD && (sa->sa.sa_handler == SIG_IGN ||
			       (sa->sa.sa_flags & SA_NOCLDWAIT))) {
		autoreap = true;
		if (sa->sa.sa_handler == SIG_IGN)
			sig = 0;
	}
	if (valid_signal(sig) && sig)
		send_signal(sig, &info, parent, false);
	wake_up(&parent->signal->wait_chldexit);
	return autoreap;
}

void do_notify_parent(struct task_struct *tsk, int sig)
{
	do_notify_parent_check(tsk);
}

/* The next deliverable signal: synchronous (faults) first, then the lowest. */
static int dequeue_signal(siginfo_t *info)
{
	struct task_struct *t = current;
	unsigned long flags;
	sigset_t pending;
	int sig;

	local_irq_save(flags);
	sigandnsets(&pending, &t->pending.signal, &t->blocked);
	if (sigisemptyset(&pending)) {
		local_irq_restore(flags);
		return 0;
	}
	if (pending.sig[0] & SIG_SYNCHRONOUS_MASK)
		siginitset(&pending, pending.sig[0] & SIG_SYNCHRONOUS_MASK);
	sig = sigset_first(&pending);
	pending_take(&t->pending, sig, info);
	recalc_sigpending();
	/* A periodic ITIMER_REAL restarts when its SIGALRM is taken, as on Linux. */
	if (sig == SIGALRM) {
		struct hrtimer *tmr = &t->signal->real_timer;

		if (!hrtimer_is_queued(tmr) && t->signal->it_real_incr) {
			hrtimer_forward(tmr, tmr->base->get_time(), t->signal->it_real_incr);
			hrtimer_start_expires(tmr, HRTIMER_MODE_ABS);
		}
	}
	local_irq_restore(flags);
	return sig;
}

/* SIGSTOP and friends with the default action: stop until SIGCONT. */
static void do_signal_stop(int signr)
{
	struct task_struct *t = current;

	t->signal->stop_code = signr;
	t->signal->stop_reported = false;
	t->signal->flags |= SIGNAL_STOP_STOPPED;
	t->__state = TASK_STOPPED;
	do_notify_parent_cldstop(t, CLD_STOPPED);
	schedule();
}

bool get_signal(struct ksignal *ksig)
{
	struct task_struct *t = current;

	for (;;) {
		struct k_sigaction *ka;
		int signr = dequeue_signal(&ksig->info);

		if (!signr)
			return false;
		ka = &t->sighand->action[signr - 1];
		if (ka->sa.sa_handler == SIG_IGN)
			continue;
		if (ka->sa.sa_handler != SIG_DFL) {
			ksig->kap = ka;
			ksig->ka = ka->sa;
			ksig->sig = signr;
			if (ka->sa.sa_flags & SA_RESETHAND)
				ka->sa.sa_handler = SIG_DFL;
			return true;
		}
		if (sig_kernel_ignore(signr))
			continue;
		if ((t->signal->flags & SIGNAL_UNKILLABLE) &&
		    !sig_kernel_only(signr))
			continue;
		if (sig_kernel_stop(signr)) {
			do_signal_stop(signr);
			continue;
		}
		/* no core dumps: RLIMIT_CORE is 0, so no 0x80 "core" bit */
		t->flags |= PF_SIGNALED;
		do_group_exit(signr);
	}
}

/* After a handler frame was set up: block what the handler blocks. */
void signal_setup_done(int failed, struct ksignal *ksig, int stepping)
{
	sigset_t blocked;

	if (failed) {
		force_sig(SIGSEGV);
		return;
	}
	blocked = current->blocked;
	sigorsets(&blocked, &blocked, &ksig->ka.sa_mask);
	if (!(ksig->ka.sa_flags & SA_NODEFER))
		sigaddset(&blocked, ksig->sig);
	set_current_blocked(&blocked);
	clear_tsk_thread_flag(current, TIF_RESTORE_SIGMASK);
}

void set_current_blocked(sigset_t *newset)
{
	sigdelsetmask(newset, SIG_KERNEL_ONLY_MASK);
	current->blocked = *newset;
	recalc_sigpending();
}

void restore_saved_sigmask(void)
{
	if (test_tsk_thread_flag(current, TIF_RESTORE_SIGMASK)) {
		clear_tsk_thread_flag(current, TIF_RESTORE_SIGMASK);
		set_current_blocked(&current->saved_sigmask);
	}
}

void flush_signals(struct task_struct *t)
{
	flush_sigqueue(&t->pending);
	clear_tsk_thread_flag(t, TIF_SIGPENDING);
}

/* kthreadd: its children, every kernel thread, take no signals. */
void ignore_signals(struct task_struct *t)
{
	int i;

	for (i = 0; i < _NSIG; i++)
		t->sighand->action[i].sa.sa_handler = SIG_IGN;
	flush_signals(t);
}

/* exec: handled signals go back to the default; ignored ones stay ignored. */
void flush_signal_handlers(struct task_struct *t, int force_default)
{
	int i;

	for (i = 0; i < _NSIG; i++) {
		struct k_sigaction *ka = &t->sighand->action[i];

		if (force_default || ka->sa.sa_handler != SIG_IGN)
			ka->sa.sa_handler = SIG_DFL;
		ka->sa.sa_flags = 0;
		ka->sa.sa_restorer = NULL;
		sigemptyset(&ka->sa.sa_mask);
	}
}

bool unhandled_signal(struct task_struct *tsk, int sig)
{
	__sighandler_t handler = sig_handler(tsk, sig);

	if (is_global_init(tsk))
		return true;
	return handler == SIG_IGN || handler == SIG_DFL;
}

static int do_sigaction(int sig, struct k_sigaction *act,
			struct k_sigaction *oact)
{
	struct k_sigaction *k;

	if (!valid_signal(sig) || sig < 1 || (act && sig_kernel_only(sig)))
		return -EINVAL;
	k = &current->sighand->action[sig - 1];
	if (oact)
		*oact = *k;
	if (act) {
		sigdelsetmask(&act->sa.sa_mask, SIG_KERNEL_ONLY_MASK);
		*k = *act;
		/* newly ignored: drop it if pending (POSIX) */
		if (sig_handler_ignored(k->sa.sa_handler, sig)) {
			pending_take(&current->pending, sig, NULL);
			recalc_sigpending();
		}
	}
	return 0;
}

SYSCALL_DEFINE4(rt_sigaction, int, sig, const struct sigaction __user *, act,
		struct sigaction __user *, oact, size_t, sigsetsize)
{
	struct k_sigaction new_ka, old_ka;
	int ret;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (act && copy_from_user(&new_ka.sa, act, sizeof(new_ka.sa)))
		return -EFAULT;
	ret = do_sigaction(sig, act ? &new_ka : NULL, oact ? &old_ka : NULL);
	if (!ret && oact && copy_to_user(oact, &old_ka.sa, sizeof(old_ka.sa)))
		return -EFAULT;
	return ret;
}

static int sigprocmask(int how, sigset_t *set, sigset_t *oldset)
{
	sigset_t newset = current->blocked;

	if (oldset)
		*oldset = current->blocked;
	switch (how) {
	case SIG_BLOCK:
		sigorsets(&newset, &newset, set);
		break;
	case SIG_UNBLOCK:
		sigandnsets(&newset, &newset, set);
		break;
	case SIG_SETMASK:
		newset = *set;
		break;
	default:
		return -EINVAL;
	}
	set_current_blocked(&newset);
	return 0;
}

SYSCALL_DEFINE4(rt_sigprocmask, int, how, sigset_t __user *, nset,
		sigset_t __user *, oset, size_t, sigsetsize)
{
	sigset_t old_set, new_set;
	int error;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	old_set = current->blocked;
	if (nset) {
		if (copy_from_user(&new_set, nset, sizeof(sigset_t)))
			return -EFAULT;
		error = sigprocmask(how, &new_set, NULL);
		if (error)
			return error;
	}
	if (oset && copy_to_user(oset, &old_set, sizeof(sigset_t)))
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE2(rt_sigpending, sigset_t __user *, uset, size_t, sigsetsize)
{
	sigset_t pending;

	if (sigsetsize > sizeof(sigset_t))
		return -EINVAL;
	sigandsets(&pending, &current->pending.signal, &current->blocked);
	return copy_to_user(uset, &pending, sigsetsize) ? -EFAULT : 0;
}

/* Wait for a signal with a temporary mask; the old one returns after the handler. */
int sigsuspend(sigset_t *set)
{
	current->saved_sigmask = current->blocked;
	set_current_blocked(set);
	while (!signal_pending(current)) {
		set_current_state(TASK_INTERRUPTIBLE);
		schedule();
	}
	set_tsk_thread_flag(current, TIF_RESTORE_SIGMASK);
	return -ERESTARTNOHAND;
}

SYSCALL_DEFINE2(rt_sigsuspend, sigset_t __user *, unewset, size_t, sigsetsize)
{
	sigset_t newset;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&newset, unewset, sizeof(newset)))
		return -EFAULT;
	return sigsuspend(&newset);
}

static bool sigs_pending_in(const sigset_t *pending, const sigset_t *these)
{
	sigset_t both;

	sigandsets(&both, pending, these);
	return !sigisemptyset(&both);
}

SYSCALL_DEFINE4(rt_sigtimedwait, const sigset_t __user *, uthese,
		siginfo_t __user *, uinfo,
		const struct __kernel_timespec __user *, uts, size_t, sigsetsize)
{
	struct task_struct *t = current;
	sigset_t these;
	siginfo_t info;
	u64 deadline = U64_MAX;
	int sig;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&these, uthese, sizeof(these)))
		return -EFAULT;
	sigdelsetmask(&these, SIG_KERNEL_ONLY_MASK);
	if (uts) {
		struct timespec64 ts;

		if (get_timespec64(&ts, uts))
			return -EFAULT;
		if (ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC || ts.tv_sec < 0)
			return -EINVAL;
		deadline = ktime_get() + timespec64_to_ns(&ts);
	}
	for (;;) {
		sigset_t ready;

		sigandsets(&ready, &t->pending.signal, &these);
		if (!sigisemptyset(&ready)) {
			sig = sigset_first(&ready);
			pending_take(&t->pending, sig, &info);
			recalc_sigpending();
			if (uinfo && copy_to_user(uinfo, &info, sizeof(info)))
				return -EFAULT;
			return sig;
		}
		/* let the awaited signals in while we sleep */
		t->real_blocked = t->blocked;
		sigandnsets(&t->blocked, &t->blocked, &these);
		recalc_sigpending();
		set_current_state(TASK_INTERRUPTIBLE);
		if (!schedule_timeout_ns(deadline) &&
		    !sigs_pending_in(&t->pending.signal, &these)) {
			t->blocked = t->real_blocked;
			sigemptyset(&t->real_blocked);
			recalc_sigpending();
			return -EAGAIN;
		}
		t->blocked = t->real_blocked;
		sigemptyset(&t->real_blocked);
		recalc_sigpending();
		if (!sigs_pending_in(&t->pending.signal, &these))
			return -EINTR;
	}
}

SYSCALL_DEFINE2(sigaltstack, const stack_t __user *, uss, stack_t __user *, uoss)
{
	struct task_struct *t = current;
	stack_t old = {
		.ss_sp = (void __user *)t->sas_ss_sp,
		.ss_size = t->sas_ss_size,
		.ss_flags = t->sas_ss_size ? t->sas_ss_flags : SS_DISABLE,
	};
	stack_t new;

	if (uss) {
		if (copy_from_user(&new, uss, sizeof(new)))
			return -EFAULT;
		if (new.ss_flags & ~(SS_DISABLE | (1U << 31)))
			return -EINVAL;
		if (new.ss_flags & SS_DISABLE) {
			t->sas_ss_sp = 0;
			t->sas_ss_size = 0;
		} else {
			if (new.ss_size < MINSIGSTKSZ)
				return -ENOMEM;
			t->sas_ss_sp = (unsigned long)new.ss_sp;
			t->sas_ss_size = new.ss_size;
		}
		t->sas_ss_flags = new.ss_flags;
	}
	if (uoss && copy_to_user(uoss, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE0(restart_syscall)
{
	return -EINTR;
}

int print_fatal_signals_enabled(void)
{
	return 0;
}

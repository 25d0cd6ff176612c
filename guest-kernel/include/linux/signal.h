/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SIGNAL_H
#define _LINUX_SIGNAL_H

#include <linux/types.h>
#include <uapi/asm-generic/signal.h>
#include <uapi/asm-generic/siginfo.h>

struct task_struct;
struct pt_regs;
struct k_sigaction;

typedef siginfo_t kernel_siginfo_t;

/* Only for the first word's signals (1 to 32 on 32-bit): the masks below. */
#define sigmask(sig)	(1UL << ((sig) - 1))

/* Signal sets span _NSIG_WORDS words: two on 32-bit, where SIGRTMIN is in the second. */
#define sigword(sig)	(((sig) - 1) / _NSIG_BPW)
#define sigbit(sig)	(1UL << (((sig) - 1) % _NSIG_BPW))

static inline void sigaddset(sigset_t *set, int sig)
{
	set->sig[sigword(sig)] |= sigbit(sig);
}

static inline void sigdelset(sigset_t *set, int sig)
{
	set->sig[sigword(sig)] &= ~sigbit(sig);
}

static inline int sigismember(const sigset_t *set, int sig)
{
	return (set->sig[sigword(sig)] & sigbit(sig)) != 0;
}

static inline void sigemptyset(sigset_t *set)
{
	int i;

	for (i = 0; i < _NSIG_WORDS; i++)
		set->sig[i] = 0;
}

static inline void sigdelsetmask(sigset_t *set, unsigned long mask)
{
	set->sig[0] &= ~mask;
}

static inline void siginitset(sigset_t *set, unsigned long mask)
{
	sigemptyset(set);
	set->sig[0] = mask;
}

static inline bool sigisemptyset(const sigset_t *set)
{
	int i;

	for (i = 0; i < _NSIG_WORDS; i++)
		if (set->sig[i])
			return false;
	return true;
}

static inline void sigorsets(sigset_t *r, const sigset_t *a, const sigset_t *b)
{
	int i;

	for (i = 0; i < _NSIG_WORDS; i++)
		r->sig[i] = a->sig[i] | b->sig[i];
}

static inline void sigandsets(sigset_t *r, const sigset_t *a, const sigset_t *b)
{
	int i;

	for (i = 0; i < _NSIG_WORDS; i++)
		r->sig[i] = a->sig[i] & b->sig[i];
}

/* r = a & ~b */
static inline void sigandnsets(sigset_t *r, const sigset_t *a, const sigset_t *b)
{
	int i;

	for (i = 0; i < _NSIG_WORDS; i++)
		r->sig[i] = a->sig[i] & ~b->sig[i];
}

/* The lowest signal in set, 0 if it is empty. */
static inline int sigset_first(const sigset_t *set)
{
	int i;

	for (i = 0; i < _NSIG_WORDS; i++)
		if (set->sig[i])
			return i * _NSIG_BPW + __builtin_ctzl(set->sig[i]) + 1;
	return 0;
}

#define SIG_KERNEL_ONLY_MASK	(sigmask(SIGKILL) | sigmask(SIGSTOP))
#define SIG_KERNEL_STOP_MASK	(sigmask(SIGSTOP) | sigmask(SIGTSTP) | \
				 sigmask(SIGTTIN) | sigmask(SIGTTOU))
#define SIG_KERNEL_COREDUMP_MASK (sigmask(SIGQUIT) | sigmask(SIGILL) | \
				 sigmask(SIGTRAP) | sigmask(SIGABRT) | \
				 sigmask(SIGFPE) | sigmask(SIGSEGV) | \
				 sigmask(SIGBUS) | sigmask(SIGSYS) | \
				 sigmask(SIGXCPU) | sigmask(SIGXFSZ))
#define SIG_KERNEL_IGNORE_MASK	(sigmask(SIGCONT) | sigmask(SIGCHLD) | \
				 sigmask(SIGWINCH) | sigmask(SIGURG))
#define SIG_SYNCHRONOUS_MASK	(sigmask(SIGSEGV) | sigmask(SIGBUS) | \
				 sigmask(SIGILL) | sigmask(SIGTRAP) | \
				 sigmask(SIGFPE) | sigmask(SIGSYS))

#define sig_kernel_only(sig)	((sig) < SIGRTMIN && (sigmask(sig) & SIG_KERNEL_ONLY_MASK))
#define sig_kernel_stop(sig)	((sig) < SIGRTMIN && (sigmask(sig) & SIG_KERNEL_STOP_MASK))
#define sig_kernel_coredump(sig) ((sig) < SIGRTMIN && (sigmask(sig) & SIG_KERNEL_COREDUMP_MASK))
#define sig_kernel_ignore(sig)	((sig) < SIGRTMIN && (sigmask(sig) & SIG_KERNEL_IGNORE_MASK))
#define valid_signal(sig)	((sig) <= _NSIG && (sig) >= 0)

/* A signal about to be delivered: what get_signal() hands the arch code. */
struct ksignal {
	struct k_sigaction *kap;	/* points into sighand */
	struct sigaction ka;		/* a copy: SA_RESETHAND may reset the original */
	siginfo_t info;
	int sig;
};

/* kernel/signal.c */
int send_sig_info(int sig, siginfo_t *info, struct task_struct *p);
int send_sig(int sig, struct task_struct *p, int priv);
int force_sig_fault(int sig, int code, void __user *addr);
void force_sig(int sig);
int kill_pgrp_nr(pid_t pgrp, int sig, int priv);
int do_send_sig_info(int sig, siginfo_t *info, struct task_struct *p);
bool get_signal(struct ksignal *ksig);
void signal_setup_done(int failed, struct ksignal *ksig, int stepping);
void recalc_sigpending(void);
void set_current_blocked(sigset_t *newset);
void flush_signals(struct task_struct *t);
struct sigpending;
void flush_sigqueue(struct sigpending *p);
void flush_signal_handlers(struct task_struct *t, int force_default);
void ignore_signals(struct task_struct *t);
void do_notify_parent(struct task_struct *tsk, int sig);
bool do_notify_parent_check(struct task_struct *tsk);	/* true: reap it now */
void do_notify_parent_cldstop(struct task_struct *tsk, int why);
bool unhandled_signal(struct task_struct *tsk, int sig);
void restore_saved_sigmask(void);
int sigsuspend(sigset_t *set);
void ignore_signals(struct task_struct *t);
int print_fatal_signals_enabled(void);


#endif

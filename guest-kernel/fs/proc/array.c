// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/<pid>/stat, status and statm in Linux 6.1's formats. Everyone is
 * root with every capability, in one namespace of each kind, on one
 * CPU; what we do not track (locked or pinned pages, page tables,
 * swap, huge pages, seccomp) is zero, as it would be on Linux without
 * those features.
 */
#include <linux/kernel.h>
#include <linux/kernel_stat.h>
#include <linux/errno.h>
#include <linux/fdtable.h>
#include <linux/fs_struct.h>
#include <linux/kthread.h>
#include <linux/workqueue.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/sched/signal.h>
#include <linux/tty.h>
#include "internal.h"

#define CAP_FULL_SET	0x000001ffffffffffULL	/* CAP_LAST_CAP 40 */
#define MAX_RT_PRIO	100
#define NICE_0_PRIO	120

static const char * const task_state_array[] = {
	"R (running)",		/* 0x00 */
	"S (sleeping)",		/* 0x01 */
	"D (disk sleep)",	/* 0x02 */
	"T (stopped)",		/* 0x04 */
	"t (tracing stop)",	/* 0x08 */
	"X (dead)",		/* 0x10 */
	"Z (zombie)",		/* 0x20 */
	"P (parked)",		/* 0x40 */
	"I (idle)",		/* 0x80 */
};

static const char *get_task_state(struct task_struct *tsk)
{
	return task_state_array[task_state_index(tsk)];
}

/* Name, with what could break the line-per-field format escaped. */
static void proc_task_name(struct seq_file *m, struct task_struct *p,
			   bool escape)
{
	char tcomm[64];

	/* a kernel thread's whole name, even past comm's 15 characters */
	if (p->flags & PF_WQ_WORKER)
		wq_worker_comm(tcomm, sizeof(tcomm), p);
	else if (p->flags & PF_KTHREAD)
		get_kthread_comm(tcomm, sizeof(tcomm), p);
	else
		get_task_comm(tcomm, p);
	if (escape)
		seq_escape(m, tcomm, "\n\\");
	else
		seq_puts(m, tcomm);
}

static void collect_sigign_sigcatch(struct task_struct *p, sigset_t *ign,
				    sigset_t *catch)
{
	struct k_sigaction *k = p->sighand->action;
	int i;

	sigemptyset(ign);
	sigemptyset(catch);
	for (i = 1; i <= _NSIG; ++i, ++k) {
		if (k->sa.sa_handler == SIG_IGN)
			sigaddset(ign, i);
		else if (k->sa.sa_handler != SIG_DFL)
			sigaddset(catch, i);
	}
}

static void render_sigset_t(struct seq_file *m, const char *header,
			    const sigset_t *set)
{
	int i;

	/* the highest signals first, as one 64-bit number */
	seq_puts(m, header);
	for (i = _NSIG_WORDS - 1; i >= 0; i--)
		seq_printf(m, "%0*lx", _NSIG_BPW / 4, set->sig[i]);
	seq_putc(m, '\n');
}

static void task_state(struct seq_file *m, struct task_struct *p)
{
	unsigned int max_fds = p->files ? files_fdtable(p->files)->max_fds : 0;

	if (p->fs)
		seq_printf(m, "Umask:\t%#04o\n", p->fs->umask);
	seq_printf(m, "State:\t%s\nTgid:\t%d\nNgid:\t0\nPid:\t%d\nPPid:\t%d\n"
		   "TracerPid:\t0\nUid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\n"
		   "FDSize:\t%u\nGroups:\t \n",
		   get_task_state(p), task_tgid_nr(p), task_pid_nr(p),
		   task_ppid_nr(p), max_fds);
	seq_printf(m, "NStgid:\t%d\nNSpid:\t%d\nNSpgid:\t%d\nNSsid:\t%d\n",
		   task_tgid_nr(p), task_pid_nr(p), task_pgrp_nr(p),
		   task_session_nr(p));
}

#define K(pages)	((pages) << (PAGE_SHIFT - 10))

static void task_mem(struct seq_file *m, struct mm_struct *mm)
{
	unsigned long anon = get_mm_counter(mm, MM_ANONPAGES);
	unsigned long file = get_mm_counter(mm, MM_FILEPAGES);
	unsigned long shmem = get_mm_counter(mm, MM_SHMEMPAGES);
	unsigned long total_rss = anon + file + shmem;
	unsigned long hiwater_vm = max(mm->total_vm, mm->hiwater_vm);
	unsigned long hiwater_rss = max(total_rss, mm->hiwater_rss);
	unsigned long text, lib;

	/* split executable areas between text and lib */
	text = PAGE_ALIGN(mm->end_code) - (mm->start_code & PAGE_MASK);
	text = min(text, mm->exec_vm << PAGE_SHIFT);
	lib = (mm->exec_vm << PAGE_SHIFT) - text;

	seq_printf(m, "VmPeak:\t%8lu kB\nVmSize:\t%8lu kB\nVmLck:\t%8lu kB\n"
		   "VmPin:\t%8lu kB\nVmHWM:\t%8lu kB\nVmRSS:\t%8lu kB\n",
		   K(hiwater_vm), K(mm->total_vm), K(mm->locked_vm),
		   K(mm->pinned_vm), K(hiwater_rss), K(total_rss));
	seq_printf(m, "RssAnon:\t%8lu kB\nRssFile:\t%8lu kB\n"
		   "RssShmem:\t%8lu kB\nVmData:\t%8lu kB\nVmStk:\t%8lu kB\n",
		   K(anon), K(file), K(shmem), K(mm->data_vm), K(mm->stack_vm));
	seq_printf(m, "VmExe:\t%8lu kB\nVmLib:\t%8lu kB\nVmPTE:\t%8lu kB\n"
		   "VmSwap:\t%8lu kB\nHugetlbPages:\t%8lu kB\n",
		   text >> 10, lib >> 10, 0UL, 0UL, 0UL);
	seq_puts(m, "CoreDumping:\t0\nTHP_enabled:\t0\n");
}

static void task_sig(struct seq_file *m, struct task_struct *p)
{
	sigset_t ignored, caught, none;
	unsigned int qsize = 0;
	int i;

	for (i = 1; i <= _NSIG; i++)
		if (sigismember(&p->pending.signal, i))
			qsize++;
	collect_sigign_sigcatch(p, &ignored, &caught);
	sigemptyset(&none);
	seq_printf(m, "Threads:\t%d\nSigQ:\t%u/%lu\n", p->signal->nr_threads,
		   qsize, p->signal->rlim[RLIMIT_SIGPENDING].rlim_cur);
	render_sigset_t(m, "SigPnd:\t", &p->pending.signal);
	render_sigset_t(m, "ShdPnd:\t", &none);
	render_sigset_t(m, "SigBlk:\t", &p->blocked);
	render_sigset_t(m, "SigIgn:\t", &ignored);
	render_sigset_t(m, "SigCgt:\t", &caught);
}

static void task_cap_seccomp_cpus(struct seq_file *m, struct task_struct *p)
{
	seq_printf(m, "CapInh:\t%016llx\nCapPrm:\t%016llx\nCapEff:\t%016llx\n"
		   "CapBnd:\t%016llx\nCapAmb:\t%016llx\n",
		   0ULL, CAP_FULL_SET, CAP_FULL_SET, CAP_FULL_SET, 0ULL);
	seq_puts(m, "NoNewPrivs:\t0\nSeccomp:\t0\nSeccomp_filters:\t0\n"
		 "Speculation_Store_Bypass:\tvulnerable\n"
		 "SpeculationIndirectBranch:\tunknown\n");
	seq_puts(m, "Cpus_allowed:\t1\nCpus_allowed_list:\t0\n"
		 "Mems_allowed:\t0001\nMems_allowed_list:\t0\n");
	seq_printf(m, "voluntary_ctxt_switches:\t%lu\n"
		   "nonvoluntary_ctxt_switches:\t%lu\n", p->nvcsw, p->nivcsw);
}

int proc_pid_status(struct seq_file *m, struct task_struct *task)
{
	struct mm_struct *mm = get_task_mm(task);

	seq_puts(m, "Name:\t");
	proc_task_name(m, task, true);
	seq_putc(m, '\n');
	task_state(m, task);
	if (mm) {
		task_mem(m, mm);
		mmput(mm);
	}
	task_sig(m, task);
	task_cap_seccomp_cpus(m, task);
	return 0;
}

/* The controlling tty as stat shows it: device number and foreground group. */
static void task_tty(struct task_struct *task, int *tty_nr, int *tty_pgrp)
{
	struct tty_struct *tty = task->signal->tty;

	*tty_nr = 0;
	*tty_pgrp = -1;
	if (tty) {
		*tty_nr = new_encode_dev(tty_devnum(tty));
		*tty_pgrp = tty_get_pgrp_nr(tty);
	}
}

static void put_mm_addresses(struct seq_file *m, struct mm_struct *mm)
{
	if (!mm) {
		seq_puts(m, " 0 0 0 0 0 0 0");
		return;
	}
	seq_printf(m, " %lu %lu %lu %lu %lu %lu %lu", mm->start_data,
		   mm->end_data, mm->start_brk, mm->arg_start, mm->arg_end,
		   mm->env_start, mm->env_end);
}

int proc_pid_stat(struct seq_file *m, struct task_struct *task)
{
	struct signal_struct *sig = task->signal;
	struct mm_struct *mm = get_task_mm(task);
	int exit_code = task->exit_code;
	sigset_t sigign, sigcatch;
	int tty_nr, tty_pgrp;
	u64 utime, stime;

	task_cputime_adjusted(task, &utime, &stime);
	task_tty(task, &tty_nr, &tty_pgrp);
	collect_sigign_sigcatch(task, &sigign, &sigcatch);
	if (sig->flags & (SIGNAL_GROUP_EXIT | SIGNAL_STOP_STOPPED))
		exit_code = sig->group_exit_code;

	seq_printf(m, "%d (", task_pid_nr(task));
	proc_task_name(m, task, false);
	seq_printf(m, ") %c %d %d %d %d %d %u", task_state_to_char(task),
		   task_ppid_nr(task), task_pgrp_nr(task),
		   task_session_nr(task), tty_nr, tty_pgrp, task->flags);
	seq_printf(m, " %lu %lu %lu %lu %llu %llu %lld %lld",
		   task->min_flt, sig->cmin_flt, task->maj_flt, sig->cmaj_flt,
		   nsec_to_clock_t(utime), nsec_to_clock_t(stime),
		   (long long)nsec_to_clock_t(sig->cutime),
		   (long long)nsec_to_clock_t(sig->cstime));
	seq_printf(m, " %d %d %d 0 %llu %lu %lu %lu",
		   task->prio - MAX_RT_PRIO, task->static_prio - NICE_0_PRIO,
		   sig->nr_threads, nsec_to_clock_t(task->start_boottime),
		   mm ? mm->total_vm << PAGE_SHIFT : 0,
		   mm ? get_mm_rss(mm) : 0, sig->rlim[RLIMIT_RSS].rlim_cur);
	seq_printf(m, " %lu %lu %lu 0 0", mm ? mm->start_code : 0,
		   mm ? mm->end_code : 0, mm ? mm->start_stack : 0);
	/* obsolete signal fields: decimal, the first 31 signals */
	seq_printf(m, " %lu %lu %lu %lu",
		   task->pending.signal.sig[0] & 0x7fffffffUL,
		   task->blocked.sig[0] & 0x7fffffffUL,
		   sigign.sig[0] & 0x7fffffffUL, sigcatch.sig[0] & 0x7fffffffUL);
	/* wchan flag, nswap, cnswap, exit_signal, cpu, rt_priority, policy,
	 * blkio ticks, gtime, cgtime */
	seq_printf(m, " %d 0 0 %d 0 0 0 0 0 0", task->__state != TASK_RUNNING,
		   task->exit_signal);
	put_mm_addresses(m, mm);
	seq_printf(m, " %d\n", exit_code);
	if (mm)
		mmput(mm);
	return 0;
}

int proc_pid_statm(struct seq_file *m, struct task_struct *task)
{
	struct mm_struct *mm = get_task_mm(task);
	unsigned long shared, text, data, resident;

	if (!mm) {
		seq_puts(m, "0 0 0 0 0 0 0\n");
		return 0;
	}
	shared = get_mm_counter(mm, MM_FILEPAGES) +
		 get_mm_counter(mm, MM_SHMEMPAGES);
	text = (PAGE_ALIGN(mm->end_code) - (mm->start_code & PAGE_MASK))
		>> PAGE_SHIFT;
	data = mm->data_vm + mm->stack_vm;
	resident = shared + get_mm_counter(mm, MM_ANONPAGES);
	seq_printf(m, "%lu %lu %lu %lu 0 %lu 0\n", mm->total_vm, resident,
		   shared, text, data);
	mmput(mm);
	return 0;
}

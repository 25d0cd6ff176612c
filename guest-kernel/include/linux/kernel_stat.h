/* SPDX-License-Identifier: GPL-2.0 */
/* CPU time by kind, counted at the tick (kernel/sched/cputime.c), for /proc/stat. */
#ifndef _LINUX_KERNEL_STAT_H
#define _LINUX_KERNEL_STAT_H

#include <linux/types.h>

enum cpu_usage_stat {
	CPUTIME_USER,
	CPUTIME_NICE,
	CPUTIME_SYSTEM,
	CPUTIME_SOFTIRQ,
	CPUTIME_IRQ,
	CPUTIME_IDLE,
	CPUTIME_IOWAIT,
	CPUTIME_STEAL,
	CPUTIME_GUEST,
	CPUTIME_GUEST_NICE,
	NR_STATS,
};

struct kernel_cpustat {
	u64 cpustat[NR_STATS];	/* ns */
};

extern struct kernel_cpustat kernel_cpustat;

struct task_struct;
void account_process_tick(struct task_struct *p, int user_tick);
void account_idle_ticks(unsigned long ticks);
/* p's CPU time split as the ticks saw it, scaled to what it really ran. */
void task_cputime_adjusted(struct task_struct *p, u64 *ut, u64 *st);

#endif

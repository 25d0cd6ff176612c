// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/stat: CPU time in USER_HZ ticks (user and system as the live
 * processes and the children they reaped have used it, idle as the
 * scheduler counted it), then context switches, boot time and tasks.
 * No device raises interrupts and there are no softirqs: those are 0.
 * procs_running counts the reader (nr_running() leaves it out).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched/loadavg.h>
#include <linux/sched/signal.h>
#include <linux/timekeeping.h>
#include "internal.h"

#define NR_SOFTIRQS	10

static void show_cpu(struct seq_file *p, const char *name, u64 user,
		     u64 system, u64 idle)
{
	seq_printf(p, "%s %llu 0 %llu %llu 0 0 0 0 0 0\n", name,
		   nsec_to_clock_t(user), nsec_to_clock_t(system),
		   nsec_to_clock_t(idle));
}

static int show_stat(struct seq_file *p, void *v)
{
	u64 user = 0, system = 0, idle = idle_time_ns;
	struct task_struct *t;
	u64 boottime;
	int i;

	for_each_process(t) {
		if (!t->pid)
			continue;
		user += t->utime + t->signal->cutime;
		system += t->stime + t->signal->cstime;
	}
	boottime = ktime_get_real_ns() - ktime_get_boottime_ns();

	show_cpu(p, "cpu ", user, system, idle);
	show_cpu(p, "cpu0", user, system, idle);
	seq_puts(p, "intr 0\n");
	seq_printf(p, "ctxt %lu\nbtime %llu\nprocesses %lu\n"
		   "procs_running %lu\nprocs_blocked %lu\n",
		   nr_context_switches_count, boottime / NSEC_PER_SEC,
		   total_forks, nr_running() + 1, nr_iowait());
	seq_puts(p, "softirq 0");
	for (i = 0; i < NR_SOFTIRQS; i++)
		seq_puts(p, " 0");
	seq_putc(p, '\n');
	return 0;
}

static int __init proc_stat_init(void)
{
	proc_create_single("stat", 0, NULL, show_stat);
	return 0;
}
fs_initcall(proc_stat_init);

// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/stat: the CPU's time by kind in USER_HZ ticks as the tick
 * counted it (idle as NO_HZ measured it), every interrupt number's
 * count, context switches, boot time, forks, tasks, softirqs: Linux
 * 6.1's lines. procs_running counts the reader (nr_running() leaves
 * it out).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/kernel_stat.h>
#include <linux/sched/loadavg.h>
#include <linux/sched/signal.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include "internal.h"

static void show_cpu(struct seq_file *p, const char *name, const u64 *cpustat, u64 idle)
{
	seq_printf(p, "%s %llu %llu %llu %llu %llu %llu %llu %llu %llu %llu\n", name,
		   nsec_to_clock_t(cpustat[CPUTIME_USER]), nsec_to_clock_t(cpustat[CPUTIME_NICE]),
		   nsec_to_clock_t(cpustat[CPUTIME_SYSTEM]), nsec_to_clock_t(idle),
		   nsec_to_clock_t(cpustat[CPUTIME_IOWAIT]), nsec_to_clock_t(cpustat[CPUTIME_IRQ]),
		   nsec_to_clock_t(cpustat[CPUTIME_SOFTIRQ]), nsec_to_clock_t(cpustat[CPUTIME_STEAL]),
		   nsec_to_clock_t(cpustat[CPUTIME_GUEST]), nsec_to_clock_t(cpustat[CPUTIME_GUEST_NICE]));
}

static int show_stat(struct seq_file *p, void *v)
{
	u64 cpustat[NR_STATS], idle = get_cpu_idle_time_ns(), boottime, sum = 0, sum_softirq = 0;
	int i;

	memcpy(cpustat, kernel_cpustat.cpustat, sizeof(cpustat));
	for (i = 0; i < nr_irqs; i++)
		sum += kstat_irqs_usr(i);
	for (i = 0; i < NR_SOFTIRQS; i++)
		sum_softirq += kstat_softirqs_cpu(i, 0);
	boottime = ktime_get_real_ns() - ktime_get_boottime_ns();

	show_cpu(p, "cpu ", cpustat, idle);
	show_cpu(p, "cpu0", cpustat, idle);
	seq_printf(p, "intr %llu", sum);
	for (i = 0; i < nr_irqs; i++)
		seq_printf(p, " %u", kstat_irqs_usr(i));
	seq_printf(p, "\nctxt %lu\nbtime %llu\nprocesses %lu\n"
		   "procs_running %lu\nprocs_blocked %lu\n",
		   nr_context_switches_count, boottime / NSEC_PER_SEC,
		   total_forks, nr_running() + 1, nr_iowait());
	seq_printf(p, "softirq %llu", sum_softirq);
	for (i = 0; i < NR_SOFTIRQS; i++)
		seq_printf(p, " %lu", kstat_softirqs_cpu(i, 0));
	seq_putc(p, '\n');
	return 0;
}

static int __init proc_stat_init(void)
{
	proc_create_single("stat", 0, NULL, show_stat);
	return 0;
}
fs_initcall(proc_stat_init);

// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/loadavg: the 1, 5 and 15 minute load averages, runnable/all
 * tasks, and the last pid handed out (here: the highest pid alive).
 * nr_running() leaves out the task on the CPU: the reader, runnable too.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched/loadavg.h>
#include "internal.h"

static int loadavg_proc_show(struct seq_file *m, void *v)
{
	unsigned long avnrun[3];
	unsigned int threads = 0;
	struct task_struct *p;
	pid_t last = 0;

	for_each_process(p) {
		if (!p->pid)
			continue;
		threads++;
		last = max(last, p->pid);
	}
	get_avenrun(avnrun, FIXED_1 / 200, 0);
	seq_printf(m, "%lu.%02lu %lu.%02lu %lu.%02lu %lu/%u %d\n",
		   LOAD_INT(avnrun[0]), LOAD_FRAC(avnrun[0]),
		   LOAD_INT(avnrun[1]), LOAD_FRAC(avnrun[1]),
		   LOAD_INT(avnrun[2]), LOAD_FRAC(avnrun[2]),
		   nr_running() + 1, threads, last);
	return 0;
}

static int __init proc_loadavg_init(void)
{
	proc_create_single("loadavg", 0, NULL, loadavg_proc_show);
	return 0;
}
fs_initcall(proc_loadavg_init);

// SPDX-License-Identifier: GPL-2.0
/* /proc/uptime: seconds since boot, and seconds the CPU spent idle. */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/timekeeping.h>
#include "internal.h"

static int uptime_proc_show(struct seq_file *m, void *v)
{
	u64 uptime = ktime_get_boottime_ns();
	u64 idle = get_cpu_idle_time_ns();

	seq_printf(m, "%lu.%02lu %lu.%02lu\n",
		   (unsigned long)(uptime / NSEC_PER_SEC),
		   (unsigned long)(uptime % NSEC_PER_SEC / (NSEC_PER_SEC / 100)),
		   (unsigned long)(idle / NSEC_PER_SEC),
		   (unsigned long)(idle % NSEC_PER_SEC / (NSEC_PER_SEC / 100)));
	return 0;
}

static int __init proc_uptime_init(void)
{
	proc_create_single("uptime", 0, NULL, uptime_proc_show);
	return 0;
}
fs_initcall(proc_uptime_init);

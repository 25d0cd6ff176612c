/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The CPU stopper: a per-CPU kernel thread (migration/N) that runs
 * queued functions with nothing else on its CPU. Here only the
 * asynchronous form the soft-lockup watchdog uses.
 */
#ifndef _LINUX_STOP_MACHINE_H
#define _LINUX_STOP_MACHINE_H

#include <linux/list.h>
#include <linux/types.h>

typedef int (*cpu_stop_fn_t)(void *arg);

struct cpu_stop_work {
	struct list_head	list;
	cpu_stop_fn_t		fn;
	void			*arg;
};

bool stop_one_cpu_nowait(unsigned int cpu, cpu_stop_fn_t fn, void *arg,
			 struct cpu_stop_work *work_buf);

#endif

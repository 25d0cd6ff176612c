// SPDX-License-Identifier: GPL-2.0
/*
 * The boot task: it runs start_kernel() on init_stack and then becomes
 * the idle task (PID 0). head.S points sp_el0 (current) at it. PID 1
 * inherits its filesystem context, files, signal handlers and limits.
 */
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/fdtable.h>
#include <linux/fs_struct.h>
#include <linux/mm_types.h>
#include <linux/resource.h>

unsigned long init_stack[THREAD_SIZE / sizeof(unsigned long)]
	__aligned(THREAD_ALIGN);

#define INF	RLIM_INFINITY

static struct signal_struct init_signals = {
	.nr_threads	= 1,
	.wait_chldexit	= __WAIT_QUEUE_HEAD_INITIALIZER(init_signals.wait_chldexit),
	.rlim		= {
		[RLIMIT_CPU]		= { INF, INF },
		[RLIMIT_FSIZE]		= { INF, INF },
		[RLIMIT_DATA]		= { INF, INF },
		[RLIMIT_STACK]		= { _STK_LIM, INF },
		[RLIMIT_CORE]		= { 0, INF },
		[RLIMIT_RSS]		= { INF, INF },
		[RLIMIT_NPROC]		= { 0, 0 },	/* fork_init() */
		[RLIMIT_NOFILE]		= { INR_OPEN_CUR, INR_OPEN_MAX },
		[RLIMIT_MEMLOCK]	= { MLOCK_LIMIT, MLOCK_LIMIT },
		[RLIMIT_AS]		= { INF, INF },
		[RLIMIT_LOCKS]		= { INF, INF },
		[RLIMIT_SIGPENDING]	= { 0, 0 },	/* fork_init() */
		[RLIMIT_MSGQUEUE]	= { MQ_BYTES_MAX, MQ_BYTES_MAX },
		[RLIMIT_NICE]		= { 0, 0 },
		[RLIMIT_RTPRIO]		= { 0, 0 },
		[RLIMIT_RTTIME]		= { INF, INF },
	},
};

static struct sighand_struct init_sighand = {
	.count = 1,
};

struct task_struct init_task = {
	.__state	= TASK_RUNNING,
	.stack		= init_stack,
	.usage		= REFCOUNT_INIT(2),
	.flags		= PF_KTHREAD | PF_IDLE,
	.prio		= 120,
	.static_prio	= 120,
	.normal_prio	= 120,
	.pid		= 0,
	.real_parent	= &init_task,
	.parent		= &init_task,
	.children	= LIST_HEAD_INIT(init_task.children),
	.sibling	= LIST_HEAD_INIT(init_task.sibling),
	.group_leader	= &init_task,
	.tasks		= LIST_HEAD_INIT(init_task.tasks),
	/* Linux names it "swapper", then sched_init() adds the CPU number. */
	.comm		= "swapper/0",
	.active_mm	= &init_mm,
	.fs		= &init_fs,
	.files		= &init_files,
	.signal		= &init_signals,
	.sighand	= &init_sighand,
	.run_list	= LIST_HEAD_INIT(init_task.run_list),
	.pending	= { .list = LIST_HEAD_INIT(init_task.pending.list) },
};

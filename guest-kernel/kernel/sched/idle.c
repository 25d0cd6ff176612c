// SPDX-License-Identifier: GPL-2.0
/*
 * Idle: nothing is runnable. There are no interrupts on this board, so
 * idle polls for what could make a task runnable (console input,
 * expired timers), and otherwise arms the RTC alarm for the earliest
 * timer and waits with wfi. The board resumes us when input arrives or
 * the alarm time is reached; any wake-up may be spurious, so the caller
 * checks everything again.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/timer.h>
#include <linux/sched/loadavg.h>
#include <linux/timekeeping.h>
#include <linux/tty.h>
#include <linux/rcupdate.h>

void clock_arm_wakeup(u64 monotonic_ns);

void do_idle(void)
{
	u64 expiry;

	calc_global_load();
	tty_poll_input();
	rcu_note_context_switch();	/* an idle CPU is quiescent */
	run_timers();
	rcu_core();
	if (nr_running())
		return;
	expiry = next_timer_expiry();
	clock_arm_wakeup(expiry);
	asm volatile("dsb sy\n\twfi" ::: "memory");
}

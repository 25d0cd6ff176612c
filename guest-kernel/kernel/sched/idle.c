// SPDX-License-Identifier: GPL-2.0
/*
 * Idle: nothing is runnable. As Linux's do_idle(): with interrupts off,
 * stop the tick unless a timer is due soon (NO_HZ_IDLE), then wfi; the
 * interrupt that ends it is taken when interrupts are enabled again,
 * and may wake a task. Console input that arrived meanwhile is handed
 * to the line discipline here (see tty_io.c), as are softirqs raised
 * outside interrupts (see softirq.c).
 */
#include <linux/kernel.h>
#include <linux/interrupt.h>
#include <linux/sched.h>
#include <linux/tick.h>
#include <linux/tty.h>
#include <linux/rcupdate.h>
#include <asm/irqflags.h>

/* arm64's cpu_do_idle(): wait for an interrupt, which stays pending while masked. */
static void arch_cpu_idle(void)
{
	asm volatile("dsb sy\n\twfi" ::: "memory");
	local_irq_enable();
}

void do_idle(void)
{
	tick_nohz_idle_enter();
	while (!need_resched()) {
		tty_poll_input();
		rcu_note_context_switch();	/* an idle CPU is quiescent */
		if (local_softirq_pending())
			do_softirq();
		local_irq_disable();
		if (need_resched()) {
			local_irq_enable();
			break;
		}
		tick_nohz_idle_stop_tick();
		arch_cpu_idle();
	}
	tick_nohz_idle_exit();
	schedule_idle();
}

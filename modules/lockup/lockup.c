// SPDX-License-Identifier: GPL-2.0
/*
 * A soft lockup: init waits on jiffies for `seconds` with no point at
 * which the task could give up the CPU, so the CPU's stopper never runs
 * and the soft-lockup watchdog reports it. Interrupts stay on: the tick
 * moves jiffies and the watchdog's hrtimer fires. Between two looks at
 * jiffies the CPU waits for the next interrupt (wfi): still no
 * scheduling, so still a lockup, but an emulator need not execute 30 s
 * of instructions (relax=1 spins on cpu_relax() instead, as busy-wait
 * code usually does: the same report, at a far higher cost to emulate). With watchdog_thresh=10 the report comes 20-24 s after the
 * stopper last ran, and again ~24 s after the first report; 30 s of
 * spinning gives exactly one report wherever the spin starts within the
 * watchdog's 4 s period, on the real kernel as on the board.
 */
#include <linux/init.h>
#include <linux/jiffies.h>
#include <linux/module.h>
#include <asm/barrier.h>
#include <asm/processor.h>

static int seconds = 30;
module_param(seconds, int, 0444);
MODULE_PARM_DESC(seconds, "how long init spins");
static bool relax;
module_param(relax, bool, 0444);
MODULE_PARM_DESC(relax, "spin on cpu_relax() instead of waiting in wfi");

static noinline void spin_until(unsigned long end)
{
	while (time_before(jiffies, end)) {
		if (relax)
			cpu_relax();
		else
			wfi();
	}
}

static int __init lockup_init(void)
{
	spin_until(jiffies + seconds * HZ);
	pr_info("lockup: spun for %d seconds\n", seconds);
	return 0;
}

static void __exit lockup_exit(void)
{
}

module_init(lockup_init);
module_exit(lockup_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Spins in init without a preemption point: a soft lockup");

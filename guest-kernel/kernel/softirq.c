// SPDX-License-Identifier: GPL-2.0
/*
 * local_bh_enable() from module code (spin_unlock_bh() and friends):
 * local_bh_disable() is inline there and adds SOFTIRQ_DISABLE_OFFSET to
 * the task's preempt_count (thread_info, at Debian's offset 8); this
 * takes it off again. There are no softirqs to run on the way out.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/preempt.h>
#include <linux/sched.h>

void __local_bh_enable_ip(unsigned long ip, unsigned int cnt)
{
	preempt_count_set(preempt_count() - cnt);
}
EXPORT_SYMBOL(__local_bh_enable_ip);

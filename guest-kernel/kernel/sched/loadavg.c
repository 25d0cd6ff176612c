// SPDX-License-Identifier: GPL-2.0
/*
 * The load average: every 5 seconds, runnable plus uninterruptible
 * tasks decay into three averages (1, 5, 15 minutes), Linux's fixed
 * point formula, sampled from the tick (jiffies' update). While the
 * tick was stopped the CPU was idle: those periods count as 0.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/sched/loadavg.h>
#include <linux/timekeeping.h>

unsigned long avenrun[3];
static u64 next_sample = LOAD_FREQ;

void get_avenrun(unsigned long *loads, unsigned long offset, int shift)
{
	loads[0] = (avenrun[0] + offset) << shift;
	loads[1] = (avenrun[1] + offset) << shift;
	loads[2] = (avenrun[2] + offset) << shift;
}

unsigned long nr_iowait(void)
{
	return 0;	/* no block I/O */
}

static unsigned long calc_load(unsigned long load, unsigned long exp,
			       unsigned long active)
{
	unsigned long newload = load * exp + active * (FIXED_1 - exp);

	if (active >= load)
		newload += FIXED_1 - 1;
	return newload / FIXED_1;
}

void calc_global_load(void)
{
	u64 now = ktime_get();
	unsigned long active;

	if (now < next_sample)
		return;
	active = nr_active_for_load() * FIXED_1;
	while (now >= next_sample) {
		avenrun[0] = calc_load(avenrun[0], EXP_1, active);
		avenrun[1] = calc_load(avenrun[1], EXP_5, active);
		avenrun[2] = calc_load(avenrun[2], EXP_15, active);
		next_sample += LOAD_FREQ;
		active = 0;	/* later periods: we were not looking, so idle */
	}
}

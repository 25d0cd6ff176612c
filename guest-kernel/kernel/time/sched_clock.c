// SPDX-License-Identifier: GPL-2.0
/*
 * sched_clock(): nanoseconds of the counter the architecture registers
 * (the generic timer's), for printk's timestamps and the scheduler's
 * run times. Before that (or on a board without one) it reads 0, which
 * is what the first timestamps show, and it goes on from there: as on
 * Linux, the clock counts from its registration, not from power-on.
 */
#include <linux/kernel.h>
#include <linux/math64.h>
#include <linux/clocksource.h>
#include <linux/sched/clock.h>
#include <linux/time64.h>

static u64 (*read_sched_clock)(void);
static u32 cd_mult, cd_shift;
static u64 sched_clock_mask;
static u64 epoch_cyc;

/* cycles * mult >> shift without overflowing: the counter may run for years. */
static u64 cyc_to_ns(u64 cyc)
{
	return mul_u64_u32_shr(cyc, cd_mult, cd_shift);
}

void sched_clock_register(u64 (*read)(void), int bits, unsigned long rate)
{
	u64 res, wrap;
	char r_unit;
	unsigned long r;

	clocks_calc_mult_shift(&cd_mult, &cd_shift, rate, NSEC_PER_SEC, 3600);
	sched_clock_mask = CLOCKSOURCE_MASK(bits);
	epoch_cyc = read();
	read_sched_clock = read;

	r = rate;
	if (r >= 4000000) {
		r = DIV_ROUND_CLOSEST(r, 1000000);
		r_unit = 'M';
	} else if (r >= 4000) {
		r = DIV_ROUND_CLOSEST(r, 1000);
		r_unit = 'k';
	} else {
		r_unit = ' ';
	}
	res = cyc_to_ns(1ULL);
	/* Half of what cycles * mult can hold, as clocks_calc_max_nsecs() says. */
	wrap = min(ULLONG_MAX / cd_mult, sched_clock_mask);
	wrap = ((wrap * cd_mult) >> cd_shift) >> 1;
	pr_info("sched_clock: %u bits at %lu%cHz, resolution %lluns, wraps every %lluns\n",
		bits, r, r_unit, res, wrap);
}

u64 sched_clock(void)
{
	if (!read_sched_clock)
		return 0;
	return cyc_to_ns((read_sched_clock() - epoch_cyc) & sched_clock_mask);
}

u64 local_clock(void)
{
	return sched_clock();
}

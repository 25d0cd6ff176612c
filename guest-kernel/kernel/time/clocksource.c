// SPDX-License-Identifier: GPL-2.0
/*
 * Clocksources: the counter timekeeping reads, its conversion to
 * nanoseconds (mult and shift, Linux's computation, so the boot log's
 * numbers are Linux's), and how long the kernel may go without looking
 * at it. One CPU, one counter: the first registered is the clock.
 */
#define pr_fmt(fmt) "clocksource: " fmt

#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/clocksource.h>
#include <linux/timekeeping.h>

void timekeeping_set_clocksource(struct clocksource *cs);
const char *tk_clock_name(void);

void clocks_calc_mult_shift(u32 *mult, u32 *shift, u32 from, u32 to, u32 maxsec)
{
	u64 tmp;
	u32 sft, sftacc = 32;

	/* How many bits a value of maxsec * from needs above 32. */
	tmp = ((u64)maxsec * from) >> 32;
	while (tmp) {
		tmp >>= 1;
		sftacc--;
	}
	/* The largest shift whose mult still fits in the bits left. */
	for (sft = 32; sft > 0; sft--) {
		tmp = (u64)to << sft;
		tmp += from / 2;
		tmp /= from;
		if ((tmp >> sftacc) == 0)
			break;
	}
	*mult = tmp;
	*shift = sft;
}

/* Half of the longest stretch cyc2ns() can convert without overflowing. */
static u64 clocks_calc_max_nsecs(u32 mult, u32 shift, u32 maxadj, u64 mask, u64 *max_cyc)
{
	u64 max_cycles = ULLONG_MAX / (mult + maxadj);

	max_cycles = min(max_cycles, mask);
	*max_cyc = max_cycles;
	return clocksource_cyc2ns(max_cycles, mult - maxadj, shift) >> 1;
}

int clocksource_register_hz(struct clocksource *cs, u32 freq)
{
	u64 sec = cs->mask / freq;

	if (!sec)
		sec = 1;
	else if (sec > 600 && cs->mask > UINT_MAX)
		sec = 600;
	clocks_calc_mult_shift(&cs->mult, &cs->shift, freq, NSEC_PER_SEC, sec);
	cs->maxadj = (u64)cs->mult * 11 / 100;	/* NTP may adjust by 11% */
	while (cs->mult + cs->maxadj < cs->mult || cs->mult - cs->maxadj > cs->mult) {
		cs->mult >>= 1;
		cs->shift--;
		cs->maxadj = (u64)cs->mult * 11 / 100;
	}
	cs->max_idle_ns = clocks_calc_max_nsecs(cs->mult, cs->shift, cs->maxadj,
						cs->mask, &cs->max_cycles);
	pr_info("%s: mask: 0x%llx max_cycles: 0x%llx, max_idle_ns: %lld ns\n",
		cs->name, cs->mask, cs->max_cycles, cs->max_idle_ns);
	timekeeping_set_clocksource(cs);
	return 0;
}

/* Once booted, the best clocksource is the clock (it was from the start: there is one). */
static int __init clocksource_done_booting(void)
{
	if (tk_clock_name())
		pr_info("Switched to clocksource %s\n", tk_clock_name());
	return 0;
}
fs_initcall(clocksource_done_booting);

/* SPDX-License-Identifier: GPL-2.0 */
/* A free-running counter the kernel's clocks read (kernel/time/clocksource.c). */
#ifndef _LINUX_CLOCKSOURCE_H
#define _LINUX_CLOCKSOURCE_H

#include <linux/types.h>

#define CLOCK_SOURCE_IS_CONTINUOUS	0x01
#define CLOCKSOURCE_MASK(bits)		((bits) < 64 ? (1ULL << (bits)) - 1 : ~0ULL)

struct clocksource {
	u64		(*read)(struct clocksource *cs);
	u64		mask;
	u32		mult;
	u32		shift;
	u64		max_idle_ns;
	u32		maxadj;
	u64		max_cycles;
	const char	*name;
	int		rating;
	unsigned long	flags;
	int		vdso_clock_mode;	/* VDSO_CLOCKMODE_*: NONE, user space cannot read it */
};

static inline s64 clocksource_cyc2ns(u64 cycles, u32 mult, u32 shift)
{
	return ((u64)cycles * mult) >> shift;
}

void clocks_calc_mult_shift(u32 *mult, u32 *shift, u32 from, u32 to, u32 maxsec);
int clocksource_register_hz(struct clocksource *cs, u32 hz);

#endif

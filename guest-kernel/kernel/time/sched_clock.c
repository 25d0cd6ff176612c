// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel's clock: nanoseconds since a clock source was registered.
 * Before that (or on a board without one) it reads 0, which is what the
 * printk timestamps then show. The source's reading at registration is
 * kept: it turns monotonic time back into wall time.
 */
#include <linux/kernel.h>
#include <linux/sched/clock.h>

static u64 (*read_clock)(void);
static u64 epoch_ns;

void sched_clock_register(u64 (*read)(void))
{
	epoch_ns = read();
	read_clock = read;
}

u64 sched_clock(void)
{
	if (!read_clock)
		return 0;
	return read_clock() - epoch_ns;
}

u64 sched_clock_epoch(void)
{
	return epoch_ns;
}

u64 local_clock(void)
{
	return sched_clock();
}

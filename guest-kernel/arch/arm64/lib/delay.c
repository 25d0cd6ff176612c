// SPDX-License-Identifier: GPL-2.0
/*
 * Busy-waiting (udelay() and friends), as arm64 Linux does it: on the
 * generic timer's counter. loops_per_jiffy is the counter's rate over
 * HZ, so the callers' fixed-point xloops turn into counter cycles.
 * Between two looks at the counter the CPU spins a little: here every
 * read of the counter is a trap to the board.
 */
#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/export.h>
#include <linux/jiffies.h>
#include <clocksource/arm_arch_timer.h>

unsigned long loops_per_jiffy = (1 << 12);
EXPORT_SYMBOL(loops_per_jiffy);

static void spin(unsigned long n)
{
	while (n--)
		asm volatile("" ::: "memory");
}

void __delay(unsigned long cycles)
{
	u64 start = arch_timer_read_counter(), elapsed;

	while ((elapsed = arch_timer_read_counter() - start) < cycles)
		spin(min(cycles - elapsed, 512UL));
}
EXPORT_SYMBOL(__delay);

void __const_udelay(unsigned long xloops)
{
	__delay((xloops * loops_per_jiffy * HZ) >> 32);
}
EXPORT_SYMBOL(__const_udelay);

void __udelay(unsigned long usecs)
{
	__const_udelay(usecs * 0x10C7UL);	/* 2**32 / 1000000 (rounded up) */
}
EXPORT_SYMBOL(__udelay);

void __ndelay(unsigned long nsecs)
{
	__const_udelay(nsecs * 0x5UL);		/* 2**32 / 1000000000 (rounded up) */
}
EXPORT_SYMBOL(__ndelay);

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

void __const_udelay(unsigned long xloops)
{
	__delay(((u64)xloops * loops_per_jiffy * HZ) >> 32);
}

void __udelay(unsigned long usecs)
{
	__const_udelay(usecs * 0x10C7UL);	/* 2**32 / 1000000 (rounded up) */
}

void __ndelay(unsigned long nsecs)
{
	__const_udelay(nsecs * 0x5UL);		/* 2**32 / 1000000000 (rounded up) */
}

/*
 * Modules built for Linux/arm busy-wait through these (udelay() and
 * friends are calls through arm_delay_ops there).
 */
struct arm_delay_ops {
	void (*delay)(unsigned long);
	void (*const_udelay)(unsigned long);
	void (*udelay)(unsigned long);
	unsigned long ticks_per_jiffy;
} arm_delay_ops = {
	.delay		= __delay,
	.const_udelay	= __const_udelay,
	.udelay		= __udelay,
};
EXPORT_SYMBOL(arm_delay_ops);

// SPDX-License-Identifier: GPL-2.0
/*
 * Goldfish RTC, used as the kernel's clock: it counts nanoseconds since
 * the Unix epoch. Reading TIME_LOW latches the high half for TIME_HIGH.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/io.h>
#include <linux/of_fdt.h>
#include <linux/sched/clock.h>

#define TIMER_TIME_LOW		0x00
#define TIMER_TIME_HIGH		0x04

static void __iomem *rtc_base;

static u64 goldfish_rtc_read_ns(void)
{
	u64 low = readl(rtc_base + TIMER_TIME_LOW);
	u64 high = readl(rtc_base + TIMER_TIME_HIGH);

	return (high << 32) | low;
}

void __init goldfish_rtc_clock_init(void)
{
	int node = of_flat_dt_find_compatible("google,goldfish-rtc");
	u64 base, size;

	if (node < 0 || of_flat_dt_read_reg(node, 0, &base, &size))
		return;
	rtc_base = ioremap(base, size);
	if (rtc_base)
		sched_clock_register(goldfish_rtc_read_ns);
}

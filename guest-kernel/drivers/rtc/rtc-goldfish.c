// SPDX-License-Identifier: GPL-2.0
/*
 * Goldfish RTC: nanoseconds since the Unix epoch; reading TIME_LOW
 * latches the high half for TIME_HIGH. At device_initcall it sets the
 * system clock (wall time starts at 1970 before that, as on Linux) and,
 * as Linux's driver, takes its alarm interrupt (which nothing arms here:
 * there is no RTC class device to set an alarm through).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/irqdomain.h>
#include <linux/of_fdt.h>
#include <linux/timer.h>
#include <linux/timekeeping.h>
#include <linux/errno.h>

#define TIMER_TIME_LOW		0x00
#define TIMER_TIME_HIGH		0x04
#define TIMER_ALARM_LOW		0x08
#define TIMER_ALARM_HIGH	0x0c
#define TIMER_IRQ_ENABLED	0x10
#define TIMER_CLEAR_ALARM	0x14
#define TIMER_ALARM_STATUS	0x18
#define TIMER_CLEAR_INTERRUPT	0x1c

static void __iomem *rtc_base;
static char rtc_name[32];

static u64 goldfish_rtc_read_ns(void)
{
	u64 low = readl(rtc_base + TIMER_TIME_LOW);
	u64 high = readl(rtc_base + TIMER_TIME_HIGH);

	return (high << 32) | low;
}

static irqreturn_t goldfish_rtc_interrupt(int irq, void *dev_id)
{
	writel(1, rtc_base + TIMER_CLEAR_INTERRUPT);
	return IRQ_HANDLED;
}

/* "2025-01-01T00:00:00" for the boot log, as Linux's %ptR prints it. */
static void format_utc(char *buf, size_t len, time64_t t)
{
	static const unsigned char mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31,
					       30, 31, 30, 31 };
	long days = t / 86400, secs = t % 86400;
	int year = 1970, mon = 0;

	for (;;) {
		int ydays = (year % 4 == 0 && (year % 100 || year % 400 == 0)) ?
			    366 : 365;

		if (days < ydays)
			break;
		days -= ydays;
		year++;
	}
	for (;; mon++) {
		int md = mdays[mon] + (mon == 1 && (year % 4 == 0 &&
			 (year % 100 || year % 400 == 0)));

		if (days < md)
			break;
		days -= md;
	}
	snprintf(buf, len, "%04d-%02d-%02dT%02ld:%02ld:%02ld", year, mon + 1,
		 (int)days + 1, secs / 3600, (secs / 60) % 60, secs % 60);
}

/* The RTC class device: set the system clock from it, as CONFIG_RTC_HCTOSYS. */
static int __init goldfish_rtc_probe(void)
{
	int node = of_flat_dt_find_compatible("google,goldfish-rtc");
	struct timespec64 ts;
	unsigned int irq;
	u64 base, size;
	char when[32];
	int err;

	if (node < 0 || of_flat_dt_read_reg(node, 0, &base, &size))
		return -ENODEV;
	rtc_base = ioremap(base, size);
	if (!rtc_base)
		return -ENOMEM;
	snprintf(rtc_name, sizeof(rtc_name), "%llx.rtc", base);
	irq = irq_of_parse_and_map(node, 0);
	if (!irq)
		return -ENXIO;
	err = request_irq(irq, goldfish_rtc_interrupt, 0, rtc_name, &rtc_base);
	if (err)
		return err;
	ts = ns_to_timespec64(goldfish_rtc_read_ns());
	pr_info("rtc-goldfish %s: registered as rtc0\n", rtc_name);
	do_settimeofday64(&ts);
	format_utc(when, sizeof(when), ts.tv_sec);
	pr_info("rtc-goldfish %s: setting system clock to %s UTC (%lld)\n",
		rtc_name, when, (long long)ts.tv_sec);
	return 0;
}
device_initcall(goldfish_rtc_probe);

// SPDX-License-Identifier: GPL-2.0
/*
 * Goldfish RTC, used as the kernel's clock: it counts nanoseconds since
 * the Unix epoch. Reading TIME_LOW latches the high half for TIME_HIGH.
 * At device_initcall it sets the system clock (wall time starts at 1970
 * before that, as on Linux). Its alarm is the idle loop's wake-up: with no interrupt controller,
 * the board ends a wfi once the alarm time is reached.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/io.h>
#include <linux/of_fdt.h>
#include <linux/sched/clock.h>
#include <linux/timer.h>
#include <linux/timekeeping.h>
#include <linux/errno.h>

#define TIMER_TIME_LOW		0x00
#define TIMER_TIME_HIGH		0x04
#define TIMER_ALARM_LOW		0x08	/* writing it arms the alarm */
#define TIMER_ALARM_HIGH	0x0c
#define TIMER_IRQ_ENABLED	0x10
#define TIMER_CLEAR_ALARM	0x14
#define TIMER_ALARM_STATUS	0x18
#define TIMER_CLEAR_INTERRUPT	0x1c

static void __iomem *rtc_base;
static unsigned long rtc_phys;

static u64 goldfish_rtc_read_ns(void)
{
	u64 low = readl(rtc_base + TIMER_TIME_LOW);
	u64 high = readl(rtc_base + TIMER_TIME_HIGH);

	return (high << 32) | low;
}

/* Wake the CPU from wfi at this monotonic time (U64_MAX: no alarm). */
void clock_arm_wakeup(u64 monotonic_ns)
{
	u64 when;

	if (!rtc_base)
		return;
	writel(1, rtc_base + TIMER_CLEAR_INTERRUPT);
	if (monotonic_ns == U64_MAX) {
		writel(1, rtc_base + TIMER_CLEAR_ALARM);
		return;
	}
	when = sched_clock_epoch() + monotonic_ns;
	writel(1, rtc_base + TIMER_IRQ_ENABLED);
	writel(upper_32_bits(when), rtc_base + TIMER_ALARM_HIGH);
	writel(lower_32_bits(when), rtc_base + TIMER_ALARM_LOW);
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
	struct timespec64 ts;
	char when[32];

	if (!rtc_base)
		return -ENODEV;
	ts = ns_to_timespec64(goldfish_rtc_read_ns());
	pr_info("rtc-goldfish %lx.rtc: registered as rtc0\n", rtc_phys);
	do_settimeofday64(&ts);
	format_utc(when, sizeof(when), ts.tv_sec);
	pr_info("rtc-goldfish %lx.rtc: setting system clock to %s UTC (%lld)\n",
		rtc_phys, when, (long long)ts.tv_sec);
	return 0;
}
device_initcall(goldfish_rtc_probe);

void __init goldfish_rtc_clock_init(void)
{
	int node = of_flat_dt_find_compatible("google,goldfish-rtc");
	u64 base, size;

	if (node < 0 || of_flat_dt_read_reg(node, 0, &base, &size))
		return;
	rtc_base = ioremap(base, size);
	rtc_phys = base;
	if (rtc_base)
		sched_clock_register(goldfish_rtc_read_ns);
}

// SPDX-License-Identifier: GPL-2.0
/*
 * Time from a module: jiffies and the conversions to and from them
 * (HZ = 250 on Debian's arm64 kernel), the clocks (ktime_get*), and
 * busy-waits (udelay, ndelay, mdelay) and sleeps, each checked against
 * the monotonic clock. Only the checks' outcomes are printed, never a
 * time, so the report is the same on every run.
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/ktime.h>
#include <linux/sched.h>
#include <linux/timekeeping.h>

static int ms = 20;
module_param(ms, int, 0444);
MODULE_PARM_DESC(ms, "milliseconds for the busy-waits and sleeps");

static const char *ok(bool b)
{
	return b ? "ok" : "WRONG";
}

static void conversions(void)
{
	unsigned int m[] = { 0, 1, 4, 5, 10, 1000, 3600000 };
	unsigned int u[] = { 1, 4000, 4001, 1000000 };
	int i;

	pr_info("delays: HZ=%d USER_HZ=%d\n", HZ, USER_HZ);
	for (i = 0; i < ARRAY_SIZE(m); i++)
		pr_info("delays: msecs_to_jiffies(%u)=%lu\n", m[i], msecs_to_jiffies(m[i]));
	for (i = 0; i < ARRAY_SIZE(u); i++)
		pr_info("delays: usecs_to_jiffies(%u)=%lu\n", u[i], usecs_to_jiffies(u[i]));
	pr_info("delays: jiffies_to_msecs(250)=%u jiffies_to_usecs(3)=%u\n",
		jiffies_to_msecs(250), jiffies_to_usecs(3));
	pr_info("delays: nsecs_to_jiffies(4000000)=%lu nsecs_to_jiffies64(1000000000)=%llu\n",
		nsecs_to_jiffies(4000000), nsecs_to_jiffies64(1000000000));
	pr_info("delays: jiffies_64_to_clock_t(250)=%llu\n", jiffies_64_to_clock_t(250));
	pr_info("delays: msecs_to_jiffies(-1)=%lu (MAX_JIFFY_OFFSET)\n", msecs_to_jiffies(-1));
}

static void clocks(void)
{
	struct timespec64 real, mono;
	ktime_t a = ktime_get(), b;
	u64 j0 = get_jiffies_64();

	ktime_get_real_ts64(&real);
	ktime_get_ts64(&mono);
	b = ktime_get();
	pr_info("delays: monotonic clock does not go back: %s\n", ok(b >= a));
	pr_info("delays: wall clock after 2020: %s\n", ok(real.tv_sec > 1577836800));
	pr_info("delays: ktime_get_ts64 agrees with ktime_get: %s\n",
		ok(timespec64_to_ns(&mono) >= a && timespec64_to_ns(&mono) <= b));
	pr_info("delays: jiffies_64 and jiffies agree: %s\n", ok((unsigned long)j0 == jiffies || (unsigned long)j0 + 1 == jiffies));
	pr_info("delays: ktime_get_seconds is monotonic seconds: %s\n",
		ok(ktime_get_seconds() == ktime_get() / NSEC_PER_SEC || ktime_get_seconds() + 1 == ktime_get() / NSEC_PER_SEC));
	pr_info("delays: ktime_get_real_seconds matches the wall clock: %s\n",
		ok(ktime_get_real_seconds() >= real.tv_sec && ktime_get_real_seconds() <= real.tv_sec + 1));
}

/* At least as long as asked: what a delay or a sleep promises. */
static void waits(void)
{
	unsigned long j;
	ktime_t t;

	t = ktime_get();
	udelay(100);
	pr_info("delays: udelay(100) waited at least 100 us: %s\n", ok(ktime_get() - t >= 100 * NSEC_PER_USEC));
	t = ktime_get();
	ndelay(2000);
	pr_info("delays: ndelay(2000) waited at least 2 us: %s\n", ok(ktime_get() - t >= 2 * NSEC_PER_USEC));
	t = ktime_get();
	mdelay(ms);
	pr_info("delays: mdelay(%d) waited at least %d ms: %s\n", ms, ms, ok(ktime_get() - t >= ms * NSEC_PER_MSEC));
	t = ktime_get();
	j = jiffies;
	msleep(ms);
	pr_info("delays: msleep(%d) slept at least %d ms: %s, jiffies moved on: %s\n", ms, ms,
		ok(ktime_get() - t >= ms * NSEC_PER_MSEC), ok(time_after(jiffies, j)));
	t = ktime_get();
	usleep_range(ms * 1000, ms * 1000 + 500);
	pr_info("delays: usleep_range slept at least %d ms: %s\n", ms, ok(ktime_get() - t >= ms * NSEC_PER_MSEC));
	t = ktime_get();
	j = jiffies;
	set_current_state(TASK_UNINTERRUPTIBLE);
	pr_info("delays: schedule_timeout(%lu) returned %ld\n", msecs_to_jiffies(ms),
		schedule_timeout(msecs_to_jiffies(ms)));
	pr_info("delays: and slept at least %d ms: %s, %lu jiffies or more: %s\n", ms,
		ok(ktime_get() - t >= (ms - 1000 / HZ) * NSEC_PER_MSEC), msecs_to_jiffies(ms),
		ok(jiffies - j >= msecs_to_jiffies(ms)));
	pr_info("delays: schedule_timeout_uninterruptible(0) returned %ld\n",
		schedule_timeout_uninterruptible(0));
}

static int __init delays_init(void)
{
	conversions();
	clocks();
	waits();
	return 0;
}

static void __exit delays_exit(void)
{
}

module_init(delays_init);
module_exit(delays_exit);
MODULE_LICENSE("GPL");

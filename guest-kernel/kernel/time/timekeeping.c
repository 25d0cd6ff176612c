// SPDX-License-Identifier: GPL-2.0
/*
 * Clocks for the rest of the kernel and for user space. Monotonic and
 * boottime are sched_clock(), nanoseconds since the clock started.
 * Wall time starts at the epoch (1970), as on Linux, until the RTC
 * driver sets it (hctosys) or settimeofday() does.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/sched/clock.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>

static s64 wall_offset_ns;	/* wall time minus monotonic time */

u64 ktime_get(void)
{
	return sched_clock();
}
EXPORT_SYMBOL_GPL(ktime_get);

u64 ktime_get_ns(void)
{
	return sched_clock();
}

u64 ktime_get_boottime_ns(void)
{
	return sched_clock();
}

u64 ktime_get_boot_ns(void)
{
	return sched_clock();
}

u64 ktime_get_real_ns(void)
{
	return sched_clock() + wall_offset_ns;
}

time64_t ktime_get_real_seconds(void)
{
	return ktime_get_real_ns() / NSEC_PER_SEC;
}

time64_t ktime_get_seconds(void)
{
	return ktime_get() / NSEC_PER_SEC;
}

void ktime_get_real_ts64(struct timespec64 *ts)
{
	*ts = ns_to_timespec64(ktime_get_real_ns());
}

void ktime_get_ts64(struct timespec64 *ts)
{
	*ts = ns_to_timespec64(ktime_get());
}

void ktime_get_boottime_ts64(struct timespec64 *ts)
{
	*ts = ns_to_timespec64(ktime_get_boottime_ns());
}

int do_settimeofday64(const struct timespec64 *ts)
{
	if (ts->tv_nsec < 0 || ts->tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	wall_offset_ns = timespec64_to_ns(ts) - (s64)sched_clock();
	return 0;
}

/* jiffies as Linux counts them: HZ per second from INITIAL_JIFFIES. */
u64 get_jiffies_64(void)
{
	return INITIAL_JIFFIES + ktime_get() / (NSEC_PER_SEC / HZ);
}

u64 nsec_to_clock_t(u64 x)
{
	return x / (NSEC_PER_SEC / USER_HZ);
}

clock_t jiffies_to_clock_t(unsigned long x)
{
	return x * USER_HZ / HZ;
}

u64 jiffies_64_to_clock_t(u64 x)
{
	return x * USER_HZ / HZ;
}

int get_timespec64(struct timespec64 *ts,
		   const struct __kernel_timespec __user *uts)
{
	struct __kernel_timespec kts;

	if (copy_from_user(&kts, uts, sizeof(kts)))
		return -EFAULT;
	ts->tv_sec = kts.tv_sec;
	ts->tv_nsec = kts.tv_nsec;
	return 0;
}

int put_timespec64(const struct timespec64 *ts,
		   struct __kernel_timespec __user *uts)
{
	struct __kernel_timespec kts = {
		.tv_sec = ts->tv_sec,
		.tv_nsec = ts->tv_nsec,
	};

	return copy_to_user(uts, &kts, sizeof(kts)) ? -EFAULT : 0;
}

// SPDX-License-Identifier: GPL-2.0
/* gettimeofday() and settimeofday(), and converting jiffies (HZ = 250). */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/resource.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>

static struct timezone sys_tz;

SYSCALL_DEFINE2(gettimeofday, struct __kernel_old_timeval __user *, tv,
		struct timezone __user *, tz)
{
	if (tv) {
		u64 ns = ktime_get_real_ns();
		struct __kernel_old_timeval ktv = {
			.tv_sec = ns / NSEC_PER_SEC,
			.tv_usec = (ns % NSEC_PER_SEC) / NSEC_PER_USEC,
		};

		if (copy_to_user(tv, &ktv, sizeof(ktv)))
			return -EFAULT;
	}
	if (tz && copy_to_user(tz, &sys_tz, sizeof(sys_tz)))
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE2(settimeofday, struct __kernel_old_timeval __user *, tv,
		struct timezone __user *, tz)
{
	struct __kernel_old_timeval ktv;
	struct timespec64 ts;

	if (tz) {
		if (copy_from_user(&sys_tz, tz, sizeof(sys_tz)))
			return -EFAULT;
		update_vsyscall_tz(&sys_tz);
	}
	if (!tv)
		return 0;
	if (copy_from_user(&ktv, tv, sizeof(ktv)))
		return -EFAULT;
	if (ktv.tv_usec < 0 || ktv.tv_usec >= USEC_PER_SEC)
		return -EINVAL;
	ts.tv_sec = ktv.tv_sec;
	ts.tv_nsec = ktv.tv_usec * NSEC_PER_USEC;
	return do_settimeofday64(&ts);
}

/* ---- jiffies and other units, Linux's arithmetic for HZ = 250 ---- */

unsigned int jiffies_to_msecs(const unsigned long j)
{
	return (MSEC_PER_SEC / HZ) * j;
}
EXPORT_SYMBOL(jiffies_to_msecs);

unsigned int jiffies_to_usecs(const unsigned long j)
{
	return (USEC_PER_SEC / HZ) * j;
}
EXPORT_SYMBOL(jiffies_to_usecs);

/* Rounded up: a timeout never ends early. Negative (huge) is MAX_JIFFY_OFFSET. */
unsigned long __msecs_to_jiffies(const unsigned int m)
{
	if ((int)m < 0)
		return MAX_JIFFY_OFFSET;
	return (m + (MSEC_PER_SEC / HZ) - 1) / (MSEC_PER_SEC / HZ);
}
EXPORT_SYMBOL(__msecs_to_jiffies);

unsigned long __usecs_to_jiffies(const unsigned int u)
{
	if (u > jiffies_to_usecs(MAX_JIFFY_OFFSET))
		return MAX_JIFFY_OFFSET;
	return (u + (USEC_PER_SEC / HZ) - 1) / (USEC_PER_SEC / HZ);
}
EXPORT_SYMBOL(__usecs_to_jiffies);

u64 nsecs_to_jiffies64(u64 n)
{
	return n / (NSEC_PER_SEC / HZ);
}
EXPORT_SYMBOL(nsecs_to_jiffies64);

unsigned long nsecs_to_jiffies(u64 n)
{
	return (unsigned long)nsecs_to_jiffies64(n);
}
EXPORT_SYMBOL_GPL(nsecs_to_jiffies);

u64 jiffies64_to_nsecs(u64 j)
{
	return j * (NSEC_PER_SEC / HZ);
}
EXPORT_SYMBOL(jiffies64_to_nsecs);

void jiffies_to_timespec64(const unsigned long jiffies, struct timespec64 *value)
{
	u64 nsec = (u64)jiffies * TICK_NSEC;

	value->tv_sec = nsec / NSEC_PER_SEC;
	value->tv_nsec = nsec % NSEC_PER_SEC;
}
EXPORT_SYMBOL(jiffies_to_timespec64);

clock_t jiffies_to_clock_t(unsigned long x)
{
	return (u64)x * TICK_NSEC / (NSEC_PER_SEC / USER_HZ);
}
EXPORT_SYMBOL(jiffies_to_clock_t);

unsigned long clock_t_to_jiffies(unsigned long x)
{
	return (u64)x * HZ / USER_HZ;
}
EXPORT_SYMBOL(clock_t_to_jiffies);

u64 jiffies_64_to_clock_t(u64 x)
{
	return x * TICK_NSEC / (NSEC_PER_SEC / USER_HZ);
}
EXPORT_SYMBOL(jiffies_64_to_clock_t);

u64 nsec_to_clock_t(u64 x)
{
	return x / (NSEC_PER_SEC / USER_HZ);
}

struct timespec64 ns_to_timespec64(s64 nsec)
{
	struct timespec64 ts = { 0, 0 };
	s32 rem;

	if (likely(nsec > 0)) {
		ts.tv_sec = nsec / NSEC_PER_SEC;
		ts.tv_nsec = nsec % NSEC_PER_SEC;
	} else if (nsec < 0) {
		ts.tv_sec = -((-nsec - 1) / NSEC_PER_SEC) - 1;
		rem = (-nsec - 1) % NSEC_PER_SEC;
		ts.tv_nsec = NSEC_PER_SEC - rem - 1;
	}
	return ts;
}
EXPORT_SYMBOL(ns_to_timespec64);

void set_normalized_timespec64(struct timespec64 *ts, time64_t sec, s64 nsec)
{
	while (nsec >= NSEC_PER_SEC) {
		nsec -= NSEC_PER_SEC;
		++sec;
	}
	while (nsec < 0) {
		nsec += NSEC_PER_SEC;
		--sec;
	}
	ts->tv_sec = sec;
	ts->tv_nsec = nsec;
}
EXPORT_SYMBOL(set_normalized_timespec64);

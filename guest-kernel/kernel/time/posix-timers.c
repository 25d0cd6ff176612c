// SPDX-License-Identifier: GPL-2.0
/* clock_gettime(), clock_settime(), clock_getres() for the clocks we have. */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>

/* The reading of clock which, in ns; -EINVAL for an unknown clock. */
static long clock_read(clockid_t which, u64 *ns)
{
	switch (which) {
	case CLOCK_REALTIME:
	case CLOCK_REALTIME_COARSE:
	case CLOCK_TAI:
	case CLOCK_REALTIME_ALARM:
		*ns = ktime_get_real_ns();
		return 0;
	case CLOCK_MONOTONIC:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_MONOTONIC_COARSE:
		*ns = ktime_get();
		return 0;
	case CLOCK_BOOTTIME:
	case CLOCK_BOOTTIME_ALARM:
		*ns = ktime_get_boottime_ns();
		return 0;
	case CLOCK_PROCESS_CPUTIME_ID:
	case CLOCK_THREAD_CPUTIME_ID:
		*ns = task_sched_runtime(current);
		return 0;
	default:
		return -EINVAL;
	}
}

SYSCALL_DEFINE2(clock_gettime, clockid_t, which_clock,
		struct __kernel_timespec __user *, tp)
{
	struct timespec64 ts;
	u64 ns;
	long err = clock_read(which_clock, &ns);

	if (err)
		return err;
	ts = ns_to_timespec64(ns);
	return put_timespec64(&ts, tp);
}

SYSCALL_DEFINE2(clock_settime, clockid_t, which_clock,
		const struct __kernel_timespec __user *, tp)
{
	struct timespec64 ts;

	if (which_clock != CLOCK_REALTIME)
		return -EINVAL;
	if (get_timespec64(&ts, tp))
		return -EFAULT;
	return do_settimeofday64(&ts);
}

SYSCALL_DEFINE2(clock_getres, clockid_t, which_clock,
		struct __kernel_timespec __user *, tp)
{
	struct timespec64 ts = { 0, 1 };	/* high resolution: 1 ns */
	u64 ns;

	if (clock_read(which_clock, &ns))
		return -EINVAL;
	if (which_clock == CLOCK_REALTIME_COARSE ||
	    which_clock == CLOCK_MONOTONIC_COARSE)
		ts.tv_nsec = NSEC_PER_SEC / HZ;
	return tp ? put_timespec64(&ts, tp) : 0;
}

#ifdef CONFIG_COMPAT_32BIT_TIME
/* 32-bit time_t programs (armhf): struct old_timespec32 */
SYSCALL_DEFINE2(clock_gettime32, clockid_t, which_clock,
		struct old_timespec32 __user *, tp)
{
	struct timespec64 ts;
	u64 ns;
	long err = clock_read(which_clock, &ns);

	if (err)
		return err;
	ts = ns_to_timespec64(ns);
	return put_old_timespec32(&ts, tp);
}

SYSCALL_DEFINE2(clock_settime32, clockid_t, which_clock,
		struct old_timespec32 __user *, tp)
{
	struct timespec64 ts;

	if (which_clock != CLOCK_REALTIME)
		return -EINVAL;
	if (get_old_timespec32(&ts, tp))
		return -EFAULT;
	return do_settimeofday64(&ts);
}

SYSCALL_DEFINE2(clock_getres_time32, clockid_t, which_clock,
		struct old_timespec32 __user *, tp)
{
	struct timespec64 ts = { 0, 1 };
	u64 ns;

	if (clock_read(which_clock, &ns))
		return -EINVAL;
	if (which_clock == CLOCK_REALTIME_COARSE ||
	    which_clock == CLOCK_MONOTONIC_COARSE)
		ts.tv_nsec = NSEC_PER_SEC / HZ;
	return tp ? put_old_timespec32(&ts, tp) : 0;
}
#endif

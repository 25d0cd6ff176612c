// SPDX-License-Identifier: GPL-2.0
/* nanosleep() and clock_nanosleep(): sleep on a timer until a deadline. */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>

/*
 * Relative sleeps report the time left when a handled signal interrupts
 * them (-EINTR); a signal with no handler restarts the call (with the
 * full duration again: no restart block here).
 */
static long do_nanosleep(clockid_t clock, int flags,
			 const struct __kernel_timespec __user *rqtp,
			 struct __kernel_timespec __user *rmtp)
{
	struct timespec64 t;
	u64 now, deadline;
	long ret;

	if (get_timespec64(&t, rqtp))
		return -EFAULT;
	if (t.tv_sec < 0 || t.tv_nsec < 0 || t.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	now = clock == CLOCK_REALTIME ? ktime_get_real_ns() : ktime_get();
	deadline = timespec64_to_ns(&t);
	if (!(flags & TIMER_ABSTIME))
		deadline += now;
	/* the sleep itself is on the monotonic clock */
	deadline = deadline > now ? ktime_get() + (deadline - now) : ktime_get();
	ret = sleep_until_ns(deadline);
	if (!ret)
		return 0;
	if (rmtp && !(flags & TIMER_ABSTIME)) {
		u64 left = deadline > ktime_get() ? deadline - ktime_get() : 0;
		struct timespec64 rem = ns_to_timespec64(left);

		if (put_timespec64(&rem, rmtp))
			return -EFAULT;
	}
	return -ERESTARTNOHAND;
}

SYSCALL_DEFINE2(nanosleep, struct __kernel_timespec __user *, rqtp,
		struct __kernel_timespec __user *, rmtp)
{
	return do_nanosleep(CLOCK_MONOTONIC, 0, rqtp, rmtp);
}

SYSCALL_DEFINE4(clock_nanosleep, clockid_t, which_clock, int, flags,
		const struct __kernel_timespec __user *, rqtp,
		struct __kernel_timespec __user *, rmtp)
{
	switch (which_clock) {
	case CLOCK_REALTIME:
	case CLOCK_MONOTONIC:
	case CLOCK_BOOTTIME:
	case CLOCK_TAI:
		break;
	default:
		return -EINVAL;
	}
	return do_nanosleep(which_clock, flags, rqtp, rmtp);
}

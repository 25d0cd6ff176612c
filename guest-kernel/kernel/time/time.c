// SPDX-License-Identifier: GPL-2.0
/* gettimeofday() and settimeofday(). */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/resource.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>

struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

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

	if (tz && copy_from_user(&sys_tz, tz, sizeof(sys_tz)))
		return -EFAULT;
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

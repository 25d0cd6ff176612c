// SPDX-License-Identifier: GPL-2.0
/* ITIMER_REAL: SIGALRM after a while, and periodically (alarm(), timeout). */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/resource.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>

#define ITIMER_REAL	0
#define ITIMER_VIRTUAL	1
#define ITIMER_PROF	2

struct itimerval {
	struct __kernel_old_timeval it_interval;
	struct __kernel_old_timeval it_value;
};

static u64 tv_to_ns(const struct __kernel_old_timeval *tv)
{
	return (u64)tv->tv_sec * NSEC_PER_SEC + tv->tv_usec * NSEC_PER_USEC;
}

static void ns_to_tv(u64 ns, struct __kernel_old_timeval *tv)
{
	tv->tv_sec = ns / NSEC_PER_SEC;
	tv->tv_usec = (ns % NSEC_PER_SEC) / NSEC_PER_USEC;
}

static void get_real(struct itimerval *value)
{
	struct signal_struct *sig = current->signal;
	u64 now = ktime_get(), left = 0;

	if (timer_pending(&sig->real_timer) && sig->real_timer.expires > now)
		left = sig->real_timer.expires - now;
	else if (timer_pending(&sig->real_timer))
		left = 1000;	/* due: report something non-zero, like Linux */
	ns_to_tv(left, &value->it_value);
	ns_to_tv(sig->it_real_incr, &value->it_interval);
}

SYSCALL_DEFINE2(getitimer, int, which, struct itimerval __user *, value)
{
	struct itimerval v = { };

	if (which < ITIMER_REAL || which > ITIMER_PROF)
		return -EINVAL;
	if (which == ITIMER_REAL)
		get_real(&v);
	return copy_to_user(value, &v, sizeof(v)) ? -EFAULT : 0;
}

SYSCALL_DEFINE3(setitimer, int, which, struct itimerval __user *, value,
		struct itimerval __user *, ovalue)
{
	struct signal_struct *sig = current->signal;
	struct itimerval v = { }, old = { };

	if (which < ITIMER_REAL || which > ITIMER_PROF)
		return -EINVAL;
	if (value && copy_from_user(&v, value, sizeof(v)))
		return -EFAULT;
	if (v.it_value.tv_usec < 0 || v.it_value.tv_usec >= USEC_PER_SEC ||
	    v.it_interval.tv_usec < 0 || v.it_interval.tv_usec >= USEC_PER_SEC)
		return -EINVAL;
	if (which == ITIMER_REAL) {
		get_real(&old);
		del_timer(&sig->real_timer);
		sig->it_real_incr = tv_to_ns(&v.it_interval);
		if (tv_to_ns(&v.it_value))
			add_timer_ns(&sig->real_timer,
				     ktime_get() + tv_to_ns(&v.it_value));
	}
	if (ovalue && copy_to_user(ovalue, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

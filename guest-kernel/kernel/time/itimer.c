// SPDX-License-Identifier: GPL-2.0
/*
 * ITIMER_REAL: SIGALRM after a while, and periodically (alarm(),
 * timeout), on an hrtimer as Linux's: it_real_fn() sends the signal in
 * the timer interrupt, and taking the signal restarts a periodic one
 * (kernel/signal.c).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/hrtimer.h>
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

enum hrtimer_restart it_real_fn(struct hrtimer *timer)
{
	struct signal_struct *sig = container_of(timer, struct signal_struct, real_timer);

	send_sig(SIGALRM, sig->owner, 1);
	return HRTIMER_NORESTART;
}

static void get_real(struct itimerval *value)
{
	struct signal_struct *sig = current->signal;
	ktime_t left = 0;

	if (hrtimer_active(&sig->real_timer)) {
		left = __hrtimer_get_remaining(&sig->real_timer, false);
		if (left <= 0)
			left = NSEC_PER_USEC;	/* due: report something non-zero, like Linux */
	}
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
		hrtimer_cancel(&sig->real_timer);
		if (tv_to_ns(&v.it_value)) {
			sig->it_real_incr = tv_to_ns(&v.it_interval);
			hrtimer_start(&sig->real_timer, tv_to_ns(&v.it_value), HRTIMER_MODE_REL);
		} else {
			sig->it_real_incr = 0;
		}
	}
	if (ovalue && copy_to_user(ovalue, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

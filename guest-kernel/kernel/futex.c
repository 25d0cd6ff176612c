// SPDX-License-Identifier: GPL-2.0
/*
 * futex(): with one thread per process nothing can wake a waiter but a
 * timeout or a signal, yet FUTEX_WAIT/WAKE keep their meaning (shared
 * memory futexes between processes are matched by address and mm).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>

#define FUTEX_WAIT		0
#define FUTEX_WAKE		1
#define FUTEX_WAIT_BITSET	9
#define FUTEX_WAKE_BITSET	10
#define FUTEX_PRIVATE_FLAG	128
#define FUTEX_CLOCK_REALTIME	256
#define FUTEX_CMD_MASK		~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME)

struct futex_waiter {
	struct list_head list;
	struct task_struct *task;
	struct mm_struct *mm;
	unsigned long uaddr;
	bool woken;
};

static LIST_HEAD(waiters);

static long futex_wait(u32 __user *uaddr, u32 val, u64 deadline)
{
	struct futex_waiter w = {
		.task = current, .mm = current->mm, .uaddr = (unsigned long)uaddr,
	};
	u32 cur;
	long ret;

	if (get_user(cur, uaddr))
		return -EFAULT;
	if (cur != val)
		return -EAGAIN;
	list_add_tail(&w.list, &waiters);
	ret = -ETIMEDOUT;
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (w.woken)
			break;
		if (!schedule_timeout_ns(deadline))
			break;
		if (signal_pending(current)) {
			ret = -ERESTARTSYS;
			break;
		}
	}
	__set_current_state(TASK_RUNNING);
	list_del(&w.list);
	return w.woken ? 0 : ret;
}

static long futex_wake(u32 __user *uaddr, int nr)
{
	struct futex_waiter *w;
	int n = 0;

	list_for_each_entry(w, &waiters, list) {
		if (n >= nr)
			break;
		if (w->mm == current->mm && w->uaddr == (unsigned long)uaddr &&
		    !w->woken) {
			w->woken = true;
			wake_up_process(w->task);
			n++;
		}
	}
	return n;
}

SYSCALL_DEFINE6(futex, u32 __user *, uaddr, int, op, u32, val,
		const struct __kernel_timespec __user *, utime,
		u32 __user *, uaddr2, u32, val3)
{
	int cmd = op & FUTEX_CMD_MASK;
	u64 deadline = U64_MAX;

	switch (cmd) {
	case FUTEX_WAIT:
	case FUTEX_WAIT_BITSET:
		if (utime) {
			struct timespec64 ts;

			if (get_timespec64(&ts, utime))
				return -EFAULT;
			deadline = timespec64_to_ns(&ts);
			if (cmd == FUTEX_WAIT)
				deadline += ktime_get();
			else if (op & FUTEX_CLOCK_REALTIME)
				deadline = deadline - ktime_get_real_ns() + ktime_get();
		}
		return futex_wait(uaddr, val, deadline);
	case FUTEX_WAKE:
	case FUTEX_WAKE_BITSET:
		return futex_wake(uaddr, val);
	default:
		return -ENOSYS;
	}
}

SYSCALL_DEFINE2(set_robust_list, void __user *, head, size_t, len)
{
	if (len != 24)
		return -EINVAL;
	current->robust_list = head;
	current->robust_list_len = len;
	return 0;
}

SYSCALL_DEFINE3(get_robust_list, int, pid, void __user * __user *, head_ptr,
		size_t __user *, len_ptr)
{
	struct task_struct *p = pid ? find_task_by_vpid(pid) : current;

	if (!p)
		return -ESRCH;
	if (put_user(p->robust_list_len, len_ptr))
		return -EFAULT;
	return put_user(p->robust_list, head_ptr);
}

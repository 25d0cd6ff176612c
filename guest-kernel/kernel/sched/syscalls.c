// SPDX-License-Identifier: GPL-2.0
/* Scheduling system calls: one CPU, one policy (SCHED_OTHER, nice 0). */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>

SYSCALL_DEFINE0(sched_yield)
{
	schedule();
	return 0;
}

/* sched_yield() for kernel code: let whoever else is runnable go first. */
void yield(void)
{
	set_current_state(TASK_RUNNING);
	schedule();
}
EXPORT_SYMBOL(yield);

static bool pid_ok(pid_t pid)
{
	return pid >= 0 && (!pid || find_task_by_vpid(pid));
}

SYSCALL_DEFINE3(sched_getaffinity, pid_t, pid, unsigned int, len,
		unsigned long __user *, user_mask_ptr)
{
	unsigned long mask = 1;

	if (len * 8 < 1 || (len & (sizeof(unsigned long) - 1)))
		return -EINVAL;
	if (!pid_ok(pid))
		return -ESRCH;
	if (clear_user(user_mask_ptr, len) ||
	    copy_to_user(user_mask_ptr, &mask, sizeof(mask)))
		return -EFAULT;
	return sizeof(mask);
}

SYSCALL_DEFINE3(sched_setaffinity, pid_t, pid, unsigned int, len,
		unsigned long __user *, user_mask_ptr)
{
	unsigned long mask = 0;

	if (!pid_ok(pid))
		return -ESRCH;
	if (copy_from_user(&mask, user_mask_ptr, min(len, (unsigned int)sizeof(mask))))
		return -EFAULT;
	return (mask & 1) ? 0 : -EINVAL;
}

SYSCALL_DEFINE1(sched_getscheduler, pid_t, pid)
{
	return pid_ok(pid) ? 0 : (pid < 0 ? -EINVAL : -ESRCH);
}

SYSCALL_DEFINE3(sched_setscheduler, pid_t, pid, int, policy, void __user *, param)
{
	return pid_ok(pid) ? (policy == 0 ? 0 : -EPERM) : -ESRCH;
}

SYSCALL_DEFINE2(sched_getparam, pid_t, pid, int __user *, param)
{
	if (!pid_ok(pid))
		return pid < 0 ? -EINVAL : -ESRCH;
	return put_user(0, param);
}

SYSCALL_DEFINE2(sched_setparam, pid_t, pid, int __user *, param)
{
	return pid_ok(pid) ? 0 : -ESRCH;
}

SYSCALL_DEFINE1(sched_get_priority_max, int, policy)
{
	return policy == 1 || policy == 2 ? 99 : 0;
}

SYSCALL_DEFINE1(sched_get_priority_min, int, policy)
{
	return policy == 1 || policy == 2 ? 1 : 0;
}

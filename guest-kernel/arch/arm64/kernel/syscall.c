// SPDX-License-Identifier: GPL-2.0
/*
 * System call entry from user space: x8 is the number, x0-x5 the
 * arguments, x0 the result. orig_x0 and syscallno are kept in pt_regs
 * so that signal delivery can restart an interrupted call.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/moduleparam.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <uapi/asm-generic/unistd.h>
#include <asm/syscall.h>

/* syscall_debug: say once per number when a program calls one we lack. */
static bool syscall_debug;
core_param(syscall_debug, syscall_debug, bool, 0644);

static unsigned long reported[(__NR_syscalls + 63) / 64 + 1];

asmlinkage long sys_ni_syscall(void)
{
	int nr = current_pt_regs()->syscallno;
	unsigned int slot = nr >= 0 && nr < __NR_syscalls ? nr : __NR_syscalls;

	if (syscall_debug && !(reported[slot / 64] & (1UL << (slot % 64)))) {
		reported[slot / 64] |= 1UL << (slot % 64);
		pr_info("%s[%d]: unknown syscall %d\n", current->comm,
			task_pid_nr(current), nr);
	}
	return -ENOSYS;
}

asmlinkage long __arm64_sys_ni_syscall(const struct pt_regs *regs)
{
	return sys_ni_syscall();
}

static long invoke_syscall(struct pt_regs *regs, unsigned int scno)
{
	if (scno < __NR_syscalls)
		return sys_call_table[scno](regs);
	return sys_ni_syscall();
}

void el0_svc(struct pt_regs *regs)
{
	regs->orig_x0 = regs->regs[0];
	regs->syscallno = regs->regs[8];
	regs->regs[0] = invoke_syscall(regs, regs->regs[8]);
}

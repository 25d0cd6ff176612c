/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_SYSCALL_H
#define __ASM_SYSCALL_H

#include <linux/syscalls.h>

#define __NR_SYSCALL_BASE	0
#define NR_syscalls		452

extern const syscall_fn_t sys_call_table[];

static inline long syscall_get_return_value(struct pt_regs *regs)
{
	return regs->ARM_r0;
}

#endif

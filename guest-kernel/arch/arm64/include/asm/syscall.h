/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_SYSCALL_H
#define __ASM_SYSCALL_H

#include <linux/syscalls.h>

extern const syscall_fn_t sys_call_table[];

void el0_svc(struct pt_regs *regs);

static inline long syscall_get_return_value(struct pt_regs *regs)
{
	return regs->regs[0];
}

#endif

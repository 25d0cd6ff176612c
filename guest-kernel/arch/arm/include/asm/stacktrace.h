/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_STACKTRACE_H
#define __ASM_STACKTRACE_H

#include <linux/types.h>

struct task_struct;
struct pt_regs;

typedef bool (*stack_trace_consume_fn)(void *cookie, unsigned long addr);

void arch_stack_walk(stack_trace_consume_fn consume_entry, void *cookie,
		     struct task_struct *task, struct pt_regs *regs);
void dump_backtrace(struct pt_regs *regs, struct task_struct *tsk,
		    const char *loglvl);

#endif

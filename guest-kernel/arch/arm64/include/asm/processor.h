/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_PROCESSOR_H
#define __ASM_PROCESSOR_H

#include <linux/types.h>

/* Callee-saved registers kept across cpu_switch_to(). */
struct cpu_context {
	unsigned long x19;
	unsigned long x20;
	unsigned long x21;
	unsigned long x22;
	unsigned long x23;
	unsigned long x24;
	unsigned long x25;
	unsigned long x26;
	unsigned long x27;
	unsigned long x28;
	unsigned long fp;
	unsigned long sp;
	unsigned long pc;
};

struct thread_struct {
	struct cpu_context cpu_context;
};

static inline void cpu_relax(void)
{
	asm volatile("yield" ::: "memory");
}

#define thread_saved_pc(tsk)	((unsigned long)(tsk)->thread.cpu_context.pc)
#define thread_saved_fp(tsk)	((unsigned long)(tsk)->thread.cpu_context.fp)

#endif

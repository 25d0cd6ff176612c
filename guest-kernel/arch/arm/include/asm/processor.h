/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_PROCESSOR_H
#define __ASM_PROCESSOR_H

#include <linux/const.h>
#include <asm/memory.h>

/* User address space: the stack at the top of TASK_SIZE, as Linux/arm. */
#define STACK_TOP		TASK_SIZE
#define STACK_TOP_MAX		TASK_SIZE
#define DEFAULT_MAP_WINDOW	TASK_SIZE

#ifndef __ASSEMBLY__
#include <linux/types.h>

/* What Linux/arm keeps in thread_struct; the switched registers are in thread_info. */
struct thread_struct {
	unsigned long fault_address;	/* of the last user fault */
	unsigned long error_code;	/* its FSR, for the signal frame */
	unsigned long trap_no;
};

struct task_struct;
struct pt_regs;

static inline void cpu_relax(void)
{
	asm volatile("" ::: "memory");
}

#define thread_saved_pc(tsk)	((unsigned long)(tsk)->thread_info.cpu_context.pc)
#define thread_saved_fp(tsk)	((unsigned long)(tsk)->thread_info.cpu_context.fp)
#define thread_saved_sp(tsk)	((unsigned long)(tsk)->thread_info.cpu_context.sp)

void start_thread(struct pt_regs *regs, unsigned long pc, unsigned long sp);
void flush_thread(void);
unsigned long get_wchan(struct task_struct *p);
#endif

#endif

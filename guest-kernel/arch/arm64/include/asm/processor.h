/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_PROCESSOR_H
#define __ASM_PROCESSOR_H

#include <linux/const.h>
#include <asm/memory.h>

/* User address space: 48-bit VAs, the stack at the very top (as arm64 Linux). */
#define TASK_SIZE_64		(_AC(1, UL) << VA_BITS)
#define STACK_TOP		TASK_SIZE_64
#define STACK_TOP_MAX		TASK_SIZE_64
#define DEFAULT_MAP_WINDOW	TASK_SIZE_64

#ifndef __ASSEMBLY__
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

/* V0-V31 (two u64 halves each, the kernel has no FP types), FPSR, FPCR. */
struct user_fpsimd_state {
	u64 vregs[64];
	u32 fpsr;
	u32 fpcr;
	u32 __reserved[2];
};

struct thread_struct {
	struct cpu_context cpu_context;
	struct {
		unsigned long tp_value;		/* TPIDR_EL0 */
		unsigned long tp2_value;
		struct user_fpsimd_state fpsimd_state;
	} uw;
	unsigned long fault_address;	/* of the last user fault */
	unsigned long fault_code;	/* its ESR, for the signal frame */
};

struct task_struct;
struct pt_regs;

static inline void cpu_relax(void)
{
	asm volatile("yield" ::: "memory");
}

#define thread_saved_pc(tsk)	((unsigned long)(tsk)->thread.cpu_context.pc)
#define thread_saved_fp(tsk)	((unsigned long)(tsk)->thread.cpu_context.fp)

void start_thread(struct pt_regs *regs, unsigned long pc, unsigned long sp);
void flush_thread(void);
unsigned long get_wchan(struct task_struct *p);
#endif

#endif

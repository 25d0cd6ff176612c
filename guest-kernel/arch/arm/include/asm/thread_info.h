/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_THREAD_INFO_H
#define __ASM_THREAD_INFO_H

#include <linux/const.h>

#define THREAD_SHIFT		13
#define THREAD_SIZE		(_AC(1, UL) << THREAD_SHIFT)	/* 8K kernel stacks */
#define THREAD_SIZE_ORDER	(THREAD_SHIFT - 12)
/* CONFIG_VMAP_STACK: aligned to twice their size, as arm64's */
#define THREAD_ALIGN		(2 * THREAD_SIZE)
#define OVERFLOW_STACK_SIZE	4096
#define THREAD_START_SP		(THREAD_SIZE - 8)

/* thread_info.flags: work to do before returning to user space (Linux/arm's bits) */
#define TIF_SIGPENDING		0
#define TIF_NEED_RESCHED	1
#define TIF_NOTIFY_RESUME	2
#define TIF_NOTIFY_SIGNAL	8
#define TIF_RESTORE_SIGMASK	20

#define _TIF_SIGPENDING		(1 << TIF_SIGPENDING)
#define _TIF_NEED_RESCHED	(1 << TIF_NEED_RESCHED)
#define _TIF_NOTIFY_RESUME	(1 << TIF_NOTIFY_RESUME)
#define _TIF_WORK_MASK		(_TIF_SIGPENDING | _TIF_NEED_RESCHED | \
				 _TIF_NOTIFY_RESUME)

/* Offsets in thread_info, as Debian's asm-offsets */
#define TI_FLAGS		0
#define TI_PREEMPT		4
#define TI_CPU			8
#define TI_CPU_SAVE		16
#define TI_TP_VALUE		84
#define TI_VFPSTATE		248

#ifndef __ASSEMBLY__
#include <linux/types.h>

/* Callee-saved registers kept across __switch_to(). */
struct cpu_context_save {
	u32 r4;
	u32 r5;
	u32 r6;
	u32 r7;
	u32 r8;
	u32 r9;
	u32 sl;
	u32 fp;
	u32 sp;
	u32 pc;
	u32 extra[2];
};

/* VFPv3-D32: the registers and control state switched with the task. */
struct vfp_hard_struct {
	u64 fpregs[32];
	u32 fpexc;
	u32 fpscr;
	u32 fpinst;
	u32 fpinst2;
	u32 cpu;
};

/*
 * Debian's layout (CONFIG_THREAD_INFO_IN_TASK): module code reads flags
 * and preempt_count inline; the task's __state follows at 536.
 */
struct thread_info {
	unsigned long		flags;		/* 0 */
	int			preempt_count;	/* 4 */
	u32			cpu;		/* 8 */
	u32			cpu_domain;	/* 12 */
	struct cpu_context_save	cpu_context;	/* 16 */
	u32			abi_syscall;	/* 64 */
	u8			used_cp[16];	/* 68 */
	unsigned long		tp_value[2];	/* 84: TPIDRURO, TPIDRURW */
	u8			__fpstate[TI_VFPSTATE - 92];
	struct vfp_hard_struct	vfpstate;	/* 248 */
	u8			__pad[536 - TI_VFPSTATE -
				      sizeof(struct vfp_hard_struct)];
} __aligned(8);
#endif

#endif

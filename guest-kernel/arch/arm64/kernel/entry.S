/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Exception entry and exit, and the low-level task switch.
 *
 * Every vector saves the interrupted context as a struct pt_regs on the
 * kernel stack (kernel_entry), calls its C handler, el<N><t|h>_<64|32>_
 * <sync|irq|fiq|error>_handler(regs), and restores it (kernel_exit).
 * pt_regs->stackframe links the handler's frames to the interrupted
 * code so backtraces run through exceptions.
 */
#include <linux/linkage.h>
#include <asm/irq.h>
#include <asm/ptrace.h>
#include <asm/thread_info.h>

	.macro	kernel_ventry, el:req, ht:req, regsize:req, label:req
	.balign	128
	sub	sp, sp, #PT_REGS_SIZE
	/*
	 * CONFIG_VMAP_STACK: stacks are THREAD_ALIGN aligned, so bit
	 * THREAD_SHIFT of a good sp is 0. Test it without a spare register.
	 */
	add	sp, sp, x0			// sp' = sp + x0
	sub	x0, sp, x0			// x0' = sp
	tbnz	x0, #THREAD_SHIFT, 0f
	sub	x0, sp, x0			// x0 again
	sub	sp, sp, x0			// sp again
	b	el\el\ht\()_\regsize\()_\label
0:
	/* Overflowed, or already on the overflow stack: EL0's TLS registers hold sp and x0. */
	msr	tpidr_el0, x0			// the sp we came with
	sub	x0, sp, x0
	msr	tpidrro_el0, x0			// x0
	adrp	x0, overflow_stack + OVERFLOW_STACK_SIZE
	add	x0, x0, :lo12:overflow_stack + OVERFLOW_STACK_SIZE
	mov	sp, x0
	mrs	x0, tpidr_el0
	sub	x0, sp, x0			// how far below the top?
	tst	x0, #~(OVERFLOW_STACK_SIZE - 1)
	b.ne	__bad_stack			// not on it: the task's stack overflowed
	sub	sp, sp, x0			// on it already: go on there
	mrs	x0, tpidrro_el0
	b	el\el\ht\()_\regsize\()_\label
	.endm

	.macro	kernel_entry, el:req
	stp	x0, x1, [sp, #16 * 0]
	stp	x2, x3, [sp, #16 * 1]
	stp	x4, x5, [sp, #16 * 2]
	stp	x6, x7, [sp, #16 * 3]
	stp	x8, x9, [sp, #16 * 4]
	stp	x10, x11, [sp, #16 * 5]
	stp	x12, x13, [sp, #16 * 6]
	stp	x14, x15, [sp, #16 * 7]
	stp	x16, x17, [sp, #16 * 8]
	stp	x18, x19, [sp, #16 * 9]
	stp	x20, x21, [sp, #16 * 10]
	stp	x22, x23, [sp, #16 * 11]
	stp	x24, x25, [sp, #16 * 12]
	stp	x26, x27, [sp, #16 * 13]
	stp	x28, x29, [sp, #16 * 14]

	.if	\el == 0
	mrs	x21, sp_el0			// the user stack pointer
	adrp	x28, __entry_task		// sp_el0 = current while in the kernel
	ldr	x28, [x28, :lo12:__entry_task]
	msr	sp_el0, x28
	.else
	add	x21, sp, #PT_REGS_SIZE		// the kernel sp before the exception
	.endif

	mrs	x22, elr_el1
	mrs	x23, spsr_el1
	stp	x30, x21, [sp, #S_LR]
	.if	\el == 0
	stp	xzr, xzr, [sp, #S_STACKFRAME]	// user frames are not ours to walk
	.else
	stp	x29, x22, [sp, #S_STACKFRAME]
	.endif
	add	x29, sp, #S_STACKFRAME
	stp	x22, x23, [sp, #S_PC]
	mov	w21, #NO_SYSCALL
	str	w21, [sp, #S_SYSCALLNO]
	.endm

	.macro	kernel_exit, el:req
	ldp	x21, x22, [sp, #S_PC]
	.if	\el == 0
	ldr	x23, [sp, #S_SP]
	msr	sp_el0, x23
	.endif
	msr	elr_el1, x21
	msr	spsr_el1, x22
	ldp	x0, x1, [sp, #16 * 0]
	ldp	x2, x3, [sp, #16 * 1]
	ldp	x4, x5, [sp, #16 * 2]
	ldp	x6, x7, [sp, #16 * 3]
	ldp	x8, x9, [sp, #16 * 4]
	ldp	x10, x11, [sp, #16 * 5]
	ldp	x12, x13, [sp, #16 * 6]
	ldp	x14, x15, [sp, #16 * 7]
	ldp	x16, x17, [sp, #16 * 8]
	ldp	x18, x19, [sp, #16 * 9]
	ldp	x20, x21, [sp, #16 * 10]
	ldp	x22, x23, [sp, #16 * 11]
	ldp	x24, x25, [sp, #16 * 12]
	ldp	x26, x27, [sp, #16 * 13]
	ldp	x28, x29, [sp, #16 * 14]
	ldr	x30, [sp, #S_LR]
	add	sp, sp, #PT_REGS_SIZE
	eret
	.endm

	.text

/* The table VBAR_EL1 points at: 16 entries of 128 bytes, 2K aligned. */
	.balign	2048
SYM_CODE_START(vectors)
	kernel_ventry	1, t, 64, sync		// EL1 with SP_EL0: never used
	kernel_ventry	1, t, 64, irq
	kernel_ventry	1, t, 64, fiq
	kernel_ventry	1, t, 64, error

	kernel_ventry	1, h, 64, sync		// EL1 with SP_EL1: the kernel
	kernel_ventry	1, h, 64, irq
	kernel_ventry	1, h, 64, fiq
	kernel_ventry	1, h, 64, error

	kernel_ventry	0, t, 64, sync		// EL0, AArch64: user programs
	kernel_ventry	0, t, 64, irq
	kernel_ventry	0, t, 64, fiq
	kernel_ventry	0, t, 64, error

	kernel_ventry	0, t, 32, sync		// EL0, AArch32: not supported
	kernel_ventry	0, t, 32, irq
	kernel_ventry	0, t, 32, fiq
	kernel_ventry	0, t, 32, error
SYM_CODE_END(vectors)

	.macro	entry_handler, el:req, ht:req, regsize:req, label:req
SYM_CODE_START_LOCAL(el\el\ht\()_\regsize\()_\label)
	kernel_entry \el
	mov	x0, sp
	bl	el\el\ht\()_\regsize\()_\label\()_handler
	.if	\el == 0
	b	ret_to_user
	.else
	b	ret_to_kernel
	.endif
SYM_CODE_END(el\el\ht\()_\regsize\()_\label)
	.endm

	entry_handler	1, t, 64, sync
	entry_handler	1, t, 64, irq
	entry_handler	1, t, 64, fiq
	entry_handler	1, t, 64, error
	entry_handler	1, h, 64, sync
	entry_handler	1, h, 64, irq
	entry_handler	1, h, 64, fiq
	entry_handler	1, h, 64, error
	entry_handler	0, t, 64, sync
	entry_handler	0, t, 64, irq
	entry_handler	0, t, 64, fiq
	entry_handler	0, t, 64, error
	entry_handler	0, t, 32, sync
	entry_handler	0, t, 32, irq
	entry_handler	0, t, 32, fiq
	entry_handler	0, t, 32, error

/*
 * kernel_ventry found the stack overflowed and moved to the overflow
 * stack: save the exception's registers there (with the sp it had) and
 * report it. There is no way back.
 */
SYM_CODE_START_LOCAL(__bad_stack)
	mrs	x0, tpidrro_el0
	sub	sp, sp, #PT_REGS_SIZE
	kernel_entry 1
	mrs	x0, tpidr_el0
	add	x0, x0, #PT_REGS_SIZE
	str	x0, [sp, #S_SP]
	mov	x0, sp
	bl	handle_bad_stack
	brk	#0x800				// BUG(): handle_bad_stack() does not return
SYM_CODE_END(__bad_stack)

SYM_CODE_START_LOCAL(ret_to_kernel)
	kernel_exit 1
SYM_CODE_END(ret_to_kernel)

/* Pending work (signals, rescheduling) is done in C before the eret. */
SYM_CODE_START_LOCAL(ret_to_user)
	mov	x0, sp
	bl	exit_to_user_mode
	kernel_exit 0
SYM_CODE_END(ret_to_user)

/*
 * call_on_irq_stack(regs, func): call func(regs) on the interrupt stack,
 * with a frame record on the old stack so that backtraces cross over.
 */
SYM_FUNC_START(call_on_irq_stack)
	stp	x29, x30, [sp, #-16]!
	mov	x29, sp
	adrp	x16, irq_stack
	add	x16, x16, :lo12:irq_stack
	mov	x17, #IRQ_STACK_SIZE
	add	sp, x16, x17
	blr	x1
	mov	sp, x29
	ldp	x29, x30, [sp], #16
	ret
SYM_FUNC_END(call_on_irq_stack)

/*
 * cpu_switch_to(prev_context, next_context, next_task, prev_task): save
 * the callee-saved registers, sp and lr in prev's struct cpu_context,
 * load next's, make next current and "return" into it, with prev_task
 * as the result (the task the resumed code switched away from).
 */
SYM_FUNC_START(cpu_switch_to)
	mov	x9, sp
	stp	x19, x20, [x0], #16
	stp	x21, x22, [x0], #16
	stp	x23, x24, [x0], #16
	stp	x25, x26, [x0], #16
	stp	x27, x28, [x0], #16
	stp	x29, x9, [x0], #16
	str	lr, [x0]
	ldp	x19, x20, [x1], #16
	ldp	x21, x22, [x1], #16
	ldp	x23, x24, [x1], #16
	ldp	x25, x26, [x1], #16
	ldp	x27, x28, [x1], #16
	ldp	x29, x9, [x1], #16
	ldr	lr, [x1]
	mov	sp, x9
	msr	sp_el0, x2
	mov	x0, x3
	ret
SYM_FUNC_END(cpu_switch_to)

/*
 * Where a new task starts (copy_thread): a kernel thread calls fn(arg)
 * from x19/x20; if it returns, it has exec'd a program (kernel_execve)
 * and its pt_regs enter it. A forked task has x19 = 0 and returns to
 * user space at once. Either way the switch that got us here is
 * finished first (schedule_tail), as context_switch() would.
 */
SYM_CODE_START(ret_from_fork)
	bl	schedule_tail			// x0: the task we came from
	cbz	x19, 1f
	mov	x0, x20
	blr	x19
1:	b	ret_to_user
SYM_CODE_END(ret_from_fork)

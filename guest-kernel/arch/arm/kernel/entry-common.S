/* SPDX-License-Identifier: GPL-2.0 */
/*
 * System calls and the return to user space, as Linux/arm's
 * entry-common.S: vector_swi saves the user's registers as a struct
 * pt_regs and calls invoke_syscall() (the number in r7, EABI);
 * ret_to_user does exit_to_user_mode()'s work (signals, rescheduling),
 * puts the user's TLS back in TPIDRURO and restores the registers.
 */
#include <linux/linkage.h>
#include <asm/ptrace.h>
#include <asm/thread_info.h>
#include <asm/sysreg.h>

	.arm
	.section .entry.text, "ax"

/*
 * Current in TPIDRURO for the kernel (the user's TLS is in thread_info);
 * user memory out of the kernel's reach (CONFIG_CPU_SW_DOMAIN_PAN's
 * uaccess_disable: the user domain no access).
 */
SYM_FUNC_START(enter_from_user)
	ldr	r1, =__entry_task
	ldr	r1, [r1]
	mcr	p15, 0, r1, c13, c0, 3
	mov	r1, #DACR_UACCESS_DISABLE
	mcr	p15, 0, r1, c3, c0, 0
	isb
	bx	lr
SYM_FUNC_END(enter_from_user)

/*
 * SWI from user space: the system call number in r7, arguments in r0-r5
 * (EABI). sp_svc is the top of the kernel stack.
 */
SYM_CODE_START(vector_swi)
	sub	sp, sp, #PT_REGS_SIZE
	stmia	sp, {r0 - r12}
	add	r8, sp, #S_SP
	stmia	r8, {sp, lr}^
	nop
	mrs	r8, spsr
	str	lr, [sp, #S_PC]
	str	r8, [sp, #S_PSR]
	str	r0, [sp, #S_OLD_R0]
	bl	enter_from_user
	mov	r0, sp
	bl	invoke_syscall
/* Only a system call returns here (the host's syscall tracer looks for it). */
	.globl	ret_fast_syscall
ret_fast_syscall:
	b	ret_to_user
SYM_CODE_END(vector_swi)

SYM_CODE_START(ret_to_user)
	cpsid	i
	mov	r0, sp
	bl	exit_to_user_mode		@ signals, rescheduling
	mrc	p15, 0, r1, c13, c0, 3		@ current
	ldr	r2, [r1, #TI_TP_VALUE]
	mcr	p15, 0, r2, c13, c0, 3		@ the user's TLS
	mov	r1, #DACR_UACCESS_ENABLE	@ the user domain for user mode
	mcr	p15, 0, r1, c3, c0, 0
	ldr	r1, [sp, #S_PSR]
	ldr	lr, [sp, #S_PC]
	msr	spsr_cxsf, r1
	ldmia	sp, {r0 - lr}^
	nop
	add	sp, sp, #PT_REGS_SIZE
	movs	pc, lr
SYM_CODE_END(ret_to_user)

/*
 * A new task's first return: kernel threads call fn(arg) from r4, r5
 * (copy_thread()); then, or for a forked user task, return to user space.
 */
SYM_CODE_START(ret_from_fork)
	bl	schedule_tail			@ r0: prev, from cpu_switch_to
	cmp	r4, #0
	beq	1f
	mov	r0, r5
	blx	r4
1:	b	ret_to_user
SYM_CODE_END(ret_from_fork)

	.ltorg

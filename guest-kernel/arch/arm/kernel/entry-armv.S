/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Exception vectors and entry, as Linux/arm's entry-armv.S: each
 * exception mode saves r0, r1, the return address and the interrupted
 * CPSR in its own four-word stack, switches to SVC mode and builds a
 * struct pt_regs on the task's kernel stack; the C handler runs; the
 * return restores the registers and CPSR in one "ldm ... ^" (kernel) or,
 * for user space, after exit_to_user_mode()'s work, with the user's TLS
 * back in TPIDRURO (which holds current while in the kernel).
 *
 * Also here: cpu_switch_to() (the callee-saved registers, sp and pc of
 * thread_info.cpu_context), the interrupt stack, and the
 * VFP register file saved and loaded with the task.
 */
#include <linux/linkage.h>
#include <asm/memory.h>
#include <asm/ptrace.h>
#include <asm/thread_info.h>
#include <asm/irq.h>
#include <asm/page.h>

	.arm
	.fpu	neon

/*
 * The rest of pt_regs below sp, from the registers as the stub leaves
 * them: r0 the mode's four words (r0, r1, return address, CPSR), r1 the
 * interrupted SVC sp, lr the interrupted SVC lr.
 */
.macro	save_svc_regs
	str	r1, [sp, #S_SP]
	str	lr, [sp, #S_LR]
	add	r1, sp, #S_R2
	stmia	r1, {r2 - r12}
	ldmia	r0, {r1 - r4}
	stmia	sp, {r1, r2}			@ r0, r1
	str	r3, [sp, #S_PC]
	str	r4, [sp, #S_PSR]
	mvn	r1, #0
	str	r1, [sp, #S_OLD_R0]
.endm

/*
 * CONFIG_VMAP_STACK, as Linux/arm's do_overflow_check: task stacks are
 * aligned to twice their size, so a frame within one has the
 * THREAD_SIZE bit of its address clear. Set, sp ran off the bottom into
 * the guard below, unless sp is not a vmalloc'd stack at all (init's,
 * the IRQ stack, the overflow stack: the linear map), where nothing can
 * be told. Flags only: every register is still the interrupted one's.
 */
.macro	do_overflow_check
	tst	sp, #THREAD_SIZE
	bne	.Lstack_overflow_check\@
.Lstack_ok\@:
	.pushsection .text
.Lstack_overflow_check\@:
	cmp	sp, #VMALLOC_START
	blo	.Lstack_ok\@
	b	__bad_stack
	.popsection
.endm

/* r0 of ..., then the vector's C handlers: from user mode, from the kernel. */
.macro	vector_stub name, correction, usr_handler, svc_handler
SYM_CODE_START_LOCAL(vector_\name)
	.if	\correction
	sub	lr, lr, #\correction
	.endif
	stmia	sp, {r0, r1, lr}		@ r0, r1, where to return
	mrs	lr, spsr
	str	lr, [sp, #12]			@ the interrupted CPSR
	mov	r0, sp
	cps	#SVC_MODE			@ IRQs stay masked
	mov	r1, sp
	bic	sp, sp, #7			@ the EABI's 8-byte alignment
	sub	sp, sp, #PT_REGS_SIZE
	do_overflow_check
	save_svc_regs
	tst	r4, #0xf			@ from USR_MODE?
	bne	1f
	add	r1, sp, #S_SP
	stmia	r1, {sp, lr}^			@ the user's sp and lr
	nop
	bl	enter_from_user
	mov	r0, sp
	bl	\usr_handler
	b	ret_to_user
1:	mov	r0, sp
	bl	\svc_handler
	b	ret_to_kernel
SYM_CODE_END(vector_\name)
.endm

	.section .entry.text, "ax"
	vector_stub	irq, 4, __irq_usr, __irq_svc
	vector_stub	dabt, 8, __dabt_usr, __dabt_svc
	vector_stub	pabt, 4, __pabt_usr, __pabt_svc
	vector_stub	und, 0, __und_usr, __und_svc
	vector_stub	fiq, 4, __bad_mode_usr, __bad_mode_svc
	vector_stub	rst, 0, __bad_mode_usr, __bad_mode_svc

/*
 * The kernel stack overflowed (do_overflow_check): pt_regs go on this
 * CPU's overflow stack instead, and handle_bad_stack() reports and dies.
 */
SYM_CODE_START_LOCAL(__bad_stack)
	ldr	sp, =overflow_stack_ptr
	ldr	sp, [sp]
	sub	sp, sp, #PT_REGS_SIZE
	save_svc_regs
	mov	r0, sp
	bl	handle_bad_stack
	b	.
	.ltorg
SYM_CODE_END(__bad_stack)

SYM_CODE_START_LOCAL(ret_to_kernel)
	cpsid	i
	ldr	r1, [sp, #S_PSR]
	msr	spsr_cxsf, r1
	ldmia	sp, {r0 - pc}^			@ sp too: the interrupted one
SYM_CODE_END(ret_to_kernel)

	.text

/*
 * struct task_struct *cpu_switch_to(struct cpu_context_save *prev,
 *				     struct cpu_context_save *next,
 *				     struct task_struct *prev_task)
 * Returns prev_task in the next task (r0 is not switched).
 */
SYM_FUNC_START(cpu_switch_to)
	stmia	r0, {r4 - sl, fp, sp, lr}
	mov	r0, r2
	ldmia	r1, {r4 - sl, fp, sp, pc}
SYM_FUNC_END(cpu_switch_to)

/* void call_on_irq_stack(struct pt_regs *regs, void (*func)(struct pt_regs *)) */
SYM_FUNC_START(call_on_irq_stack)
	push	{r4, lr}
	mov	r4, sp
	ldr	sp, =irq_stack + IRQ_STACK_SIZE
	blx	r1
	mov	sp, r4
	pop	{r4, pc}
SYM_FUNC_END(call_on_irq_stack)

/* The exception modes' stacks: four words each, enough for the stubs above. */
SYM_FUNC_START(cpu_init_stacks)
	ldr	r0, =exception_stacks
	msr	cpsr_c, #(PSR_F_BIT | PSR_I_BIT | IRQ_MODE)
	mov	sp, r0
	msr	cpsr_c, #(PSR_F_BIT | PSR_I_BIT | ABT_MODE)
	add	sp, r0, #16
	msr	cpsr_c, #(PSR_F_BIT | PSR_I_BIT | UND_MODE)
	add	sp, r0, #32
	msr	cpsr_c, #(PSR_F_BIT | PSR_I_BIT | FIQ_MODE)
	add	sp, r0, #48
	msr	cpsr_c, #(PSR_F_BIT | PSR_I_BIT | SVC_MODE)
	bx	lr
SYM_FUNC_END(cpu_init_stacks)

/* void vfp_save_state(struct vfp_hard_struct *), vfp_load_state(...) */
SYM_FUNC_START(vfp_save_state)
	vstmia	r0!, {d0 - d15}
	vstmia	r0!, {d16 - d31}
	vmrs	r1, fpexc
	vmrs	r2, fpscr
	stmia	r0, {r1, r2}
	bx	lr
SYM_FUNC_END(vfp_save_state)

SYM_FUNC_START(vfp_load_state)
	vldmia	r0!, {d0 - d15}
	vldmia	r0!, {d16 - d31}
	ldmia	r0, {r1, r2}
	orr	r1, r1, #(1 << 30)		@ FPEXC.EN: always on
	vmsr	fpexc, r1
	vmsr	fpscr, r2
	bx	lr
SYM_FUNC_END(vfp_load_state)
	.ltorg

/* VBAR: 32-byte aligned; every entry a branch to its stub. */
	.balign	32
SYM_CODE_START(vectors)
	b	vector_rst
	b	vector_und
	b	vector_swi
	b	vector_pabt
	b	vector_dabt
	b	vector_rst			@ address exception: not on v7
	b	vector_irq
	b	vector_fiq
SYM_CODE_END(vectors)

/*
 * The high vectors page (0xffff0000, early_trap_init()): each entry loads
 * pc from the word one page above it, in the kernel-only stubs page,
 * where early_trap_init() puts the address of its stub (a branch could not
 * reach the kernel from there).
 */
	.section .rodata
	.balign	4
	.globl	__vectors_start
__vectors_start:
	.rept	8
	ldr	pc, [pc, #(PAGE_SIZE - 8)]
	.endr
	.globl	__vectors_end
__vectors_end:

/* What the stubs page holds: where each of those entries goes. */
	.globl	__stubs_start
__stubs_start:
	.word	vector_rst, vector_und, vector_swi, vector_pabt
	.word	vector_dabt, vector_rst, vector_irq, vector_fiq
	.globl	__stubs_end
__stubs_end:

/*
 * The kuser helpers (Documentation/arm/kernel_user_helpers.rst), copied
 * to the top of the vectors page: user code calls them at fixed
 * addresses, each in a 32-byte slot; the last word is their number.
 * ARMv7: exclusives and barriers, no kernel entry.
 */
	.balign	32
	.globl	__kuser_helper_start
__kuser_helper_start:
/* 0xffff0f60: int __kuser_cmpxchg64(const s64 *old, const s64 *new, volatile s64 *ptr) */
	push	{r4 - r7}
	ldrd	r4, r5, [r0]
	ldrd	r6, r7, [r1]
	dmb	ish
1:	ldrexd	r0, r1, [r2]
	eors	r3, r0, r4			@ r3: 0 while equal
	eoreqs	r3, r1, r5
	bne	2f
	strexd	r3, r6, r7, [r2]		@ r3: 1 if the store lost
	teq	r3, #0
	bne	1b
2:	dmb	ish
	rsbs	r0, r3, #0			@ 0 and C set when stored
	pop	{r4 - r7}
	bx	lr
	.org	__kuser_helper_start + 0x40
/* 0xffff0fa0: void __kuser_memory_barrier(void) */
kuser_memory_barrier:
	dmb	ish
	bx	lr
	.org	__kuser_helper_start + 0x60
/* 0xffff0fc0: int __kuser_cmpxchg(int old, int new, volatile int *ptr) */
	dmb	ish
1:	ldrex	r3, [r2]
	subs	r3, r3, r0			@ r3: 0 while equal
	strexeq	r3, r1, [r2]			@ r3: 1 if the store lost
	teqeq	r3, #1
	beq	1b
	rsbs	r0, r3, #0			@ 0 and C set when stored
	b	kuser_memory_barrier		@ eight instructions a slot
	.org	__kuser_helper_start + 0x80
/* 0xffff0fe0: void *__kuser_get_tls(void) */
	mrc	p15, 0, r0, c13, c0, 3		@ TPIDRURO: the user's TLS here
	bx	lr
	.org	__kuser_helper_start + 0x9c
/* 0xffff0ffc: __kuser_helper_version */
	.word	((__kuser_helper_end - __kuser_helper_start) >> 5)
	.globl	__kuser_helper_end
__kuser_helper_end:

	.bss
	.balign	8
exception_stacks:
	.space	64

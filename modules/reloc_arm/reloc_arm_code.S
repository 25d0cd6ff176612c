/* SPDX-License-Identifier: GPL-2.0 */
/*
 * 32-bit ARM code and data that each depend on one REL relocation type the
 * armmp kernel's loader applies (reloc_arm_main.c checks them at init).
 * Targets live in other sections, so the assembler leaves the
 * relocations to the loader.
 */
	.syntax unified
	.arm

	/*
	 * A branch target far outside a BL's +-32 MiB reach of the module
	 * area: calls to it go through a PLT entry. Nothing runs there; the
	 * entries are checked instead. More than 1 GiB away: no PREL31 reaches.
	 */
	.globl	rt_far
	.set	rt_far, 0xfff00000

	.section .rodata.rt_target, "a", %progbits
	.globl	rt_target_data
	.balign	4
rt_target_data:
	.word	0x5a5aa5a5

	.section .text.rt_helpers, "ax", %progbits
	.globl	rt_helper_call
	.type	rt_helper_call, %function
rt_helper_call:
	mov	r0, #126
	bx	lr
	.globl	rt_helper_jump
	.type	rt_helper_jump, %function
rt_helper_jump:
	mov	r0, #24
	bx	lr

	.text
	.globl	rt_call
	.type	rt_call, %function
rt_call:				/* R_ARM_CALL, within the module */
	push	{r4, lr}
	bl	rt_helper_call
	pop	{r4, pc}

	.globl	rt_jump24
	.type	rt_jump24, %function
rt_jump24:				/* R_ARM_JUMP24: a tail call */
	b	rt_helper_jump

	.globl	rt_call_kernel
	.type	rt_call_kernel, %function
rt_call_kernel:				/* R_ARM_CALL to the kernel: strlen(r0) */
	push	{r4, lr}
	bl	strlen
	pop	{r4, pc}

	.globl	rt_movw_movt
	.type	rt_movw_movt, %function
rt_movw_movt:				/* R_ARM_MOVW_ABS_NC, R_ARM_MOVT_ABS */
	movw	r0, #:lower16:rt_target_data
	movt	r0, #:upper16:rt_target_data
	bx	lr

	.globl	rt_movw_movt_prel
	.type	rt_movw_movt_prel, %function
rt_movw_movt_prel:			/* R_ARM_MOVW_PREL_NC, R_ARM_MOVT_PREL */
	movw	r0, #:lower16:(rt_target_data - (1f + 8))
	movt	r0, #:upper16:(rt_target_data - (1f + 8))
1:	add	r0, r0, pc
	bx	lr

	.globl	rt_v4bx
	.type	rt_v4bx, %function
rt_v4bx:				/* R_ARM_V4BX: "bx lr" becomes "mov pc, lr" */
	mov	r0, #4
	.reloc	., R_ARM_V4BX
	bx	lr

	.globl	rt_far_call
	.type	rt_far_call, %function
rt_far_call:				/* R_ARM_CALL out of range: .plt */
	bl	rt_far
	.globl	rt_far_jump
rt_far_jump:				/* R_ARM_JUMP24 out of range: .plt */
	b	rt_far

	.section .init.text, "ax", %progbits
	.globl	rt_init_far_call
	.type	rt_init_far_call, %function
rt_init_far_call:			/* R_ARM_CALL out of range from init: .init.plt */
	bl	rt_far

	.data
	.balign	4
	.globl	rt_data_abs32, rt_data_rel32, rt_data_prel31, rt_data_none
rt_data_abs32:				/* R_ARM_ABS32, with an addend */
	.word	rt_target_data + 8
rt_data_rel32:				/* R_ARM_REL32 */
	.word	rt_target_data - .
rt_data_prel31:				/* R_ARM_PREL31: bit 31 is kept */
	.reloc	., R_ARM_PREL31, rt_target_data
	.word	0x80000000
rt_data_none:				/* R_ARM_NONE: left as it is */
	.reloc	., R_ARM_NONE, rt_target_data
	.word	0x12345678

/* SPDX-License-Identifier: GPL-2.0 */
/* One function per relocation kind, each returning what the relocated code computes. */
#include <linux/linkage.h>

	.text
/* MOVW, unsigned absolute: G0 (checked), G1/G2 with the _NC forms below them, G3 */
SYM_FUNC_START(rt_movw_uabs_g0)
	movz	x0, #:abs_g0:rt_u16
	ret
SYM_FUNC_END(rt_movw_uabs_g0)
SYM_FUNC_START(rt_movw_uabs_g1)
	movz	x0, #:abs_g1:rt_u32
	movk	x0, #:abs_g0_nc:rt_u32
	ret
SYM_FUNC_END(rt_movw_uabs_g1)
SYM_FUNC_START(rt_movw_uabs_g2)
	movz	x0, #:abs_g2:rt_u48
	movk	x0, #:abs_g1_nc:rt_u48
	movk	x0, #:abs_g0_nc:rt_u48
	ret
SYM_FUNC_END(rt_movw_uabs_g2)
SYM_FUNC_START(rt_movw_uabs_g3)
	movz	x0, #:abs_g3:rt_abs64
	movk	x0, #:abs_g2_nc:rt_abs64
	movk	x0, #:abs_g1_nc:rt_abs64
	movk	x0, #:abs_g0_nc:rt_abs64
	ret
SYM_FUNC_END(rt_movw_uabs_g3)

/* MOVW, signed absolute: negative values turn MOVZ into MOVN */
SYM_FUNC_START(rt_movw_sabs_g0)
	movz	x0, #:abs_g0_s:rt_s16
	ret
SYM_FUNC_END(rt_movw_sabs_g0)
SYM_FUNC_START(rt_movw_sabs_g1)
	movz	x0, #:abs_g1_s:rt_s32
	movk	x0, #:abs_g0_nc:rt_s32
	ret
SYM_FUNC_END(rt_movw_sabs_g1)
SYM_FUNC_START(rt_movw_sabs_g2)
	movz	x0, #:abs_g2_s:rt_s48
	movk	x0, #:abs_g1_nc:rt_s48
	movk	x0, #:abs_g0_nc:rt_s48
	ret
SYM_FUNC_END(rt_movw_sabs_g2)

/*
 * MOVW, PC-relative: each group is relative to its own instruction, so the addend grows by 4
 * per instruction and the sum is (target - first instruction). Adding that address gives the target.
 */
SYM_FUNC_START(rt_movw_prel_g0)
0:	movz	x0, #:prel_g0:rt_near
	adr	x1, 0b
	add	x0, x0, x1
	ret
SYM_FUNC_END(rt_movw_prel_g0)
SYM_FUNC_START(rt_movw_prel_g1)
0:	movz	x0, #:prel_g1:rt_target_data
	movk	x0, #:prel_g0_nc:rt_target_data+4
	adr	x1, 0b
	add	x0, x0, x1
	ret
SYM_FUNC_END(rt_movw_prel_g1)
SYM_FUNC_START(rt_movw_prel_g2)
0:	movz	x0, #:prel_g2:rt_target_data
	movk	x0, #:prel_g1_nc:rt_target_data+4
	movk	x0, #:prel_g0_nc:rt_target_data+8
	adr	x1, 0b
	add	x0, x0, x1
	ret
SYM_FUNC_END(rt_movw_prel_g2)
SYM_FUNC_START(rt_movw_prel_g3)
0:	movz	x0, #:prel_g3:rt_target_data
	movk	x0, #:prel_g2_nc:rt_target_data+4
	movk	x0, #:prel_g1_nc:rt_target_data+8
	movk	x0, #:prel_g0_nc:rt_target_data+12
	adr	x1, 0b
	add	x0, x0, x1
	ret
SYM_FUNC_END(rt_movw_prel_g3)

/* Immediate and literal forms */
SYM_FUNC_START(rt_ld_prel_lo19)
	ldr	x0, rt_literal
	ret
SYM_FUNC_END(rt_ld_prel_lo19)
SYM_FUNC_START(rt_adr_prel_lo21)
	adr	x0, rt_near
	ret
SYM_FUNC_END(rt_adr_prel_lo21)
SYM_FUNC_START(rt_adr_prel_pg_hi21)
	adrp	x0, rt_target_data
	add	x0, x0, :lo12:rt_target_data
	ret
SYM_FUNC_END(rt_adr_prel_pg_hi21)
SYM_FUNC_START(rt_adr_prel_pg_hi21_nc)
	adrp	x0, :pg_hi21_nc:rt_target_data
	add	x0, x0, :lo12:rt_target_data
	ret
SYM_FUNC_END(rt_adr_prel_pg_hi21_nc)
SYM_FUNC_START(rt_ldst8)
	adrp	x1, rt_byte
	ldrb	w0, [x1, :lo12:rt_byte]
	ret
SYM_FUNC_END(rt_ldst8)
SYM_FUNC_START(rt_ldst16)
	adrp	x1, rt_half
	ldrh	w0, [x1, :lo12:rt_half]
	ret
SYM_FUNC_END(rt_ldst16)
SYM_FUNC_START(rt_ldst32)
	adrp	x1, rt_word
	ldr	w0, [x1, :lo12:rt_word]
	ret
SYM_FUNC_END(rt_ldst32)
SYM_FUNC_START(rt_ldst64)
	adrp	x1, rt_quad
	ldr	x0, [x1, :lo12:rt_quad]
	ret
SYM_FUNC_END(rt_ldst64)
/* A 128-bit load would touch FP/SIMD state in the kernel: it is checked by decoding, never run. */
	.globl	rt_ldst128_insn
rt_ldst128_insn:
	ldr	q0, [x1, :lo12:rt_octa]

/* Branches */
SYM_FUNC_START(rt_tstbr14)
	mov	x1, #0
	tbz	x1, #0, rt_ret_tbz
	mov	x0, #0
	ret
SYM_FUNC_END(rt_tstbr14)
SYM_FUNC_START(rt_condbr19)
	cmp	xzr, xzr
	b.eq	rt_ret_cond
	mov	x0, #0
	ret
SYM_FUNC_END(rt_condbr19)
SYM_FUNC_START(rt_jump26)
	b	rt_ret_jump
SYM_FUNC_END(rt_jump26)
SYM_FUNC_START(rt_call26)
	stp	x29, x30, [sp, #-16]!
	mov	x29, sp
	bl	rt_ret_call
	ldp	x29, x30, [sp], #16
	ret
SYM_FUNC_END(rt_call26)

/* Data relocations */
	.data
	.balign	8
	.globl	rt_data_abs64, rt_data_abs32, rt_data_abs16, rt_data_prel64, rt_data_prel32, rt_data_prel16
rt_data_abs64:
	.quad	rt_abs64
rt_data_prel64:
	.quad	rt_target_data - .
rt_data_abs32:
	.word	rt_abs32
rt_data_prel32:
	.word	rt_target_data - .
rt_data_abs16:
	.hword	rt_abs16
rt_data_prel16:
	.hword	rt_target_data - .

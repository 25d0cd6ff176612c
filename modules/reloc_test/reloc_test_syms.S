/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The targets of reloc_test_code.S. They live in another object file, so every reference to
 * them stays a relocation in the .ko for the module loader to apply.
 */
#include <linux/linkage.h>
#include "reloc_test.h"

	.globl	rt_abs64, rt_abs32, rt_abs16, rt_u16, rt_u32, rt_u48, rt_s16, rt_s32, rt_s48
	.set	rt_abs64, RT_ABS64
	.set	rt_abs32, RT_ABS32
	.set	rt_abs16, RT_ABS16
	.set	rt_u16, RT_U16
	.set	rt_u32, RT_U32
	.set	rt_u48, RT_U48
	.set	rt_s16, RT_S16
	.set	rt_s32, RT_S32
	.set	rt_s48, RT_S48

	.text
SYM_FUNC_START(rt_ret_tbz)
	mov	x0, #14
	ret
SYM_FUNC_END(rt_ret_tbz)
SYM_FUNC_START(rt_ret_cond)
	mov	x0, #19
	ret
SYM_FUNC_END(rt_ret_cond)
SYM_FUNC_START(rt_ret_jump)
	mov	x0, #26
	ret
SYM_FUNC_END(rt_ret_jump)
SYM_FUNC_START(rt_ret_call)
	mov	x0, #126
	ret
SYM_FUNC_END(rt_ret_call)

	.balign	8
	.globl	rt_literal, rt_near
rt_literal:
	.quad	0x1122334455667788
rt_near:
	.quad	0

	.data
	.balign	16
	.globl	rt_byte, rt_half, rt_word, rt_quad, rt_octa, rt_target_data
rt_octa:
	.quad	0x0011223344556677, 0x8899aabbccddeeff
rt_quad:
	.quad	0xfedcba9876543210
rt_word:
	.word	0xdeadbeef
rt_half:
	.hword	0xa55a
rt_byte:
	.byte	0x5a
	.balign	8
rt_target_data:
	.quad	0

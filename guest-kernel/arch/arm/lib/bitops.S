/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The atomic bit operations Linux/arm's <asm/bitops.h> has modules call
 * (_set_bit, _test_and_clear_bit...): bit r0 of the bitmap at r1, by
 * exclusive load and store of its word. The test_and_ ones answer the
 * bit's old value and are full barriers, as Linux's.
 */
#include <linux/linkage.h>

	.arm
	.text

/* r1 += word offset of bit r0; r3 = the bit's mask in that word */
	.macro	bit_address
	and	r3, r0, #31
	mov	r0, r0, lsr #5
	add	r1, r1, r0, lsl #2
	mov	r0, #1
	mov	r3, r0, lsl r3
	.endm

	.macro	bitop, name, insn
SYM_FUNC_START(\name)
	bit_address
1:	ldrex	r2, [r1]
	\insn	r2, r2, r3
	strex	r0, r2, [r1]
	cmp	r0, #0
	bne	1b
	bx	lr
SYM_FUNC_END(\name)
	.endm

	.macro	testop, name, insn
SYM_FUNC_START(\name)
	bit_address
	dmb	ish
1:	ldrex	r2, [r1]
	\insn	ip, r2, r3
	strex	r0, ip, [r1]
	cmp	r0, #0
	bne	1b
	dmb	ish
	ands	r0, r2, r3
	movne	r0, #1
	bx	lr
SYM_FUNC_END(\name)
	.endm

	bitop	_set_bit, orr
	bitop	_clear_bit, bic
	bitop	_change_bit, eor
	testop	_test_and_set_bit, orr
	testop	_test_and_clear_bit, bic
	testop	_test_and_change_bit, eor

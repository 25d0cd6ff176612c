/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Unsigned 64-bit comparison of r0:r1 with r2:r3 (low word first):
 * __ucmpdi2 answers 0, 1, 2 for less, equal, greater; the EABI's
 * __aeabi_ulcmp answers -1, 0, 1. ARM state, for modules' BL.
 */
#include <linux/linkage.h>

	.arm
	.text
SYM_FUNC_START(__ucmpdi2)
	cmp	r1, r3
	cmpeq	r0, r2
	movlo	r0, #0
	moveq	r0, #1
	movhi	r0, #2
	bx	lr
SYM_FUNC_END(__ucmpdi2)

SYM_FUNC_START(__aeabi_ulcmp)
	cmp	r1, r3
	cmpeq	r0, r2
	mvnlo	r0, #0
	moveq	r0, #0
	movhi	r0, #1
	bx	lr
SYM_FUNC_END(__aeabi_ulcmp)

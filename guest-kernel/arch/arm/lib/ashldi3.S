/* SPDX-License-Identifier: GPL-2.0 */
/* 64-bit shift left: r0 (low), r1 (high) by r2 bits; ARM state, for modules' BL. */
#include <linux/linkage.h>

	.arm
	.text
SYM_FUNC_START(__ashldi3)
SYM_FUNC_START(__aeabi_llsl)
	subs	r3, r2, #32		@ the shift past the low word, when >= 0
	rsb	ip, r2, #32		@ what crosses from low to high, when < 32
	movmi	r1, r1, lsl r2
	orrmi	r1, r1, r0, lsr ip
	movpl	r1, r0, lsl r3
	mov	r0, r0, lsl r2		@ register shifts of 32 and more give 0
	bx	lr
SYM_FUNC_END(__aeabi_llsl)
SYM_FUNC_END(__ashldi3)

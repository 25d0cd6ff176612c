/* SPDX-License-Identifier: GPL-2.0 */
/* 64-bit logical shift right: r0 (low), r1 (high) by r2 bits; ARM state, for modules' BL. */
#include <linux/linkage.h>

	.arm
	.text
SYM_FUNC_START(__lshrdi3)
SYM_FUNC_START(__aeabi_llsr)
	subs	r3, r2, #32
	rsb	ip, r2, #32
	movmi	r0, r0, lsr r2
	orrmi	r0, r0, r1, lsl ip
	movpl	r0, r1, lsr r3
	mov	r1, r1, lsr r2		@ register shifts of 32 and more give 0
	bx	lr
SYM_FUNC_END(__aeabi_llsr)
SYM_FUNC_END(__lshrdi3)

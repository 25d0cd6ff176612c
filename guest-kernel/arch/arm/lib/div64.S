/* SPDX-License-Identifier: GPL-2.0 */
/*
 * __do_div64: what do_div() of <asm/div64.h> calls with its own
 * convention (Debian's armhf headers, so every module built against
 * them): the dividend in r0 (low) and r1 (high), the divisor in r4;
 * the quotient comes back in r2 (low) and r3 (high), the remainder in
 * r1. Only ip and lr may change besides. A zero divisor calls __div0()
 * and gives 0 for both, as Linux/arm's.
 */
#include <linux/linkage.h>

	.arm
	.text

SYM_FUNC_START(__do_div64)
	cmp	r4, #0
	beq	Ldiv0_64
	push	{r0, r1, fp, lr}		@ the dividend, becoming the quotient
	add	fp, sp, #12
	mov	r0, sp
	mov	r1, r4
	bl	__div64_32
	mov	r1, r0				@ the remainder
	pop	{r2, r3, fp, lr}
	bx	lr
SYM_FUNC_END(__do_div64)

SYM_FUNC_START_LOCAL(Ldiv0_64)
	push	{fp, lr}
	add	fp, sp, #4
	bl	__div0
	mov	r0, #0
	mov	r1, #0
	mov	r2, #0
	mov	r3, #0
	pop	{fp, pc}
SYM_FUNC_END(Ldiv0_64)

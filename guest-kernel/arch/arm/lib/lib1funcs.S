/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The EABI's 32-bit division helpers, in ARM state (modules call them
 * with BL, which cannot switch to Thumb). The board's Cortex-A15 has
 * udiv and sdiv, so these are what Linux/arm's patch_aeabi_idiv() makes
 * of __aeabi_uidiv and __aeabi_idiv on it: a division by zero gives 0,
 * silently. The remainder-only helpers keep Linux's check and call
 * __div0() (a message and a backtrace), and return 0.
 */
#include <linux/linkage.h>

	.arm
	.arch_extension idiv
	.text

/* r0 = r0 / r1, unsigned */
SYM_FUNC_START(__udivsi3)
SYM_FUNC_START(__aeabi_uidiv)
	udiv	r0, r0, r1
	bx	lr
SYM_FUNC_END(__aeabi_uidiv)
SYM_FUNC_END(__udivsi3)

/* r0 = r0 / r1, signed */
SYM_FUNC_START(__divsi3)
SYM_FUNC_START(__aeabi_idiv)
	sdiv	r0, r0, r1
	bx	lr
SYM_FUNC_END(__aeabi_idiv)
SYM_FUNC_END(__divsi3)

/* r0 = r0 / r1, r1 = r0 % r1, unsigned */
SYM_FUNC_START(__aeabi_uidivmod)
	udiv	r2, r0, r1
	mls	r1, r2, r1, r0
	mov	r0, r2
	bx	lr
SYM_FUNC_END(__aeabi_uidivmod)

/* r0 = r0 / r1, r1 = r0 % r1, signed (the remainder has the dividend's sign) */
SYM_FUNC_START(__aeabi_idivmod)
	sdiv	r2, r0, r1
	mls	r1, r2, r1, r0
	mov	r0, r2
	bx	lr
SYM_FUNC_END(__aeabi_idivmod)

/* r0 = r0 % r1, unsigned */
SYM_FUNC_START(__umodsi3)
	cmp	r1, #0
	beq	Ldiv0
	udiv	r2, r0, r1
	mls	r0, r2, r1, r0
	bx	lr
SYM_FUNC_END(__umodsi3)

/* r0 = r0 % r1, signed */
SYM_FUNC_START(__modsi3)
	cmp	r1, #0
	beq	Ldiv0
	sdiv	r2, r0, r1
	mls	r0, r2, r1, r0
	bx	lr
SYM_FUNC_END(__modsi3)

/* Named as Linux's, for backtraces; a frame they can walk (as C's). */
SYM_FUNC_START_LOCAL(Ldiv0)
	push	{fp, lr}
	add	fp, sp, #4
	bl	__div0
	mov	r0, #0
	pop	{fp, pc}
SYM_FUNC_END(Ldiv0)

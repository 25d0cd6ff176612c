/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The EABI's 64-bit division, which gcc calls for the kernel's own
 * divisions of 64-bit values (Linux's code uses do_div() and div64_*()
 * instead, so Linux has none, and neither exports them): the dividend
 * in r0:r1, the divisor in r2:r3; the quotient comes back in r0:r1 and
 * the remainder in r2:r3. The work is done in C (lib/math/div64.c).
 */
#include <linux/linkage.h>

	.arm
	.text

	.macro	divmod64, fn
	push	{fp, lr}
	add	fp, sp, #4
	sub	sp, sp, #16		@ [sp]: the remainder's address, [sp, #8]: the remainder
	add	ip, sp, #8
	str	ip, [sp]
	bl	\fn
	ldrd	r2, r3, [sp, #8]
	sub	sp, fp, #4
	pop	{fp, pc}
	.endm

SYM_FUNC_START(__aeabi_uldivmod)
	divmod64 div64_u64_rem
SYM_FUNC_END(__aeabi_uldivmod)

SYM_FUNC_START(__aeabi_ldivmod)
	divmod64 div64_s64_rem
SYM_FUNC_END(__aeabi_ldivmod)

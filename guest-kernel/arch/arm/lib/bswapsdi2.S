/* SPDX-License-Identifier: GPL-2.0 */
/* Byte swaps of a 32-bit and a 64-bit value (low word first); ARM state, for modules' BL. */
#include <linux/linkage.h>

	.arm
	.text
SYM_FUNC_START(__bswapsi2)
	rev	r0, r0
	bx	lr
SYM_FUNC_END(__bswapsi2)

SYM_FUNC_START(__bswapdi2)
	rev	r2, r0
	rev	r0, r1
	mov	r1, r2
	bx	lr
SYM_FUNC_END(__bswapdi2)

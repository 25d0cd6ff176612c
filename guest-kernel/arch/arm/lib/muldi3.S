/* SPDX-License-Identifier: GPL-2.0 */
/* The low 64 bits of r0:r1 * r2:r3 (low word first); ARM state, for modules' BL. */
#include <linux/linkage.h>

	.arm
	.text
SYM_FUNC_START(__muldi3)
SYM_FUNC_START(__aeabi_lmul)
	mul	r3, r0, r3		@ a.low * b.high
	mla	r1, r2, r1, r3		@ + b.low * a.high
	umull	r0, r3, r0, r2		@ a.low * b.low, in full
	add	r1, r1, r3
	bx	lr
SYM_FUNC_END(__aeabi_lmul)
SYM_FUNC_END(__muldi3)

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * memcpy, 64 bytes per round with load and store pairs: reads, writes,
 * exec and module loading copy whole files through it, and a
 * word-at-a-time loop costs five times the instructions. Normal memory
 * takes unaligned pairs (SCTLR_EL1.A is clear); device memory has
 * memcpy_fromio().
 */
#include <linux/linkage.h>

/* x0 = destination, x1 = source, x2 = count; returns the destination */
SYM_FUNC_START(memcpy)
	mov	x3, x0
	subs	x2, x2, #64
	b.lo	2f
1:	ldp	x4, x5, [x1]
	ldp	x6, x7, [x1, #16]
	ldp	x8, x9, [x1, #32]
	ldp	x10, x11, [x1, #48]
	add	x1, x1, #64
	stp	x4, x5, [x3]
	stp	x6, x7, [x3, #16]
	stp	x8, x9, [x3, #32]
	stp	x10, x11, [x3, #48]
	add	x3, x3, #64
	subs	x2, x2, #64
	b.hs	1b
2:	adds	x2, x2, #64 - 8
	b.lo	4f
3:	ldr	x4, [x1], #8
	str	x4, [x3], #8
	subs	x2, x2, #8
	b.hs	3b
4:	adds	x2, x2, #8
	b.eq	6f
5:	ldrb	w4, [x1], #1
	strb	w4, [x3], #1
	subs	x2, x2, #1
	b.ne	5b
6:	ret
SYM_FUNC_END(memcpy)

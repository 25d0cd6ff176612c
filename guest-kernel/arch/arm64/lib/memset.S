/* SPDX-License-Identifier: GPL-2.0 */
/*
 * memset, 64 bytes per round with store pairs: kzalloc() and friends
 * clear through it. Normal memory only (unaligned pairs are fine).
 */
#include <linux/linkage.h>

/* x0 = destination, w1 = byte, x2 = count; returns the destination */
SYM_FUNC_START(memset)
	mov	x3, x0
	and	x4, x1, #0xff
	mov	x5, #0x0101010101010101
	mul	x4, x4, x5
	subs	x2, x2, #64
	b.lo	2f
1:	stp	x4, x4, [x3]
	stp	x4, x4, [x3, #16]
	stp	x4, x4, [x3, #32]
	stp	x4, x4, [x3, #48]
	add	x3, x3, #64
	subs	x2, x2, #64
	b.hs	1b
2:	adds	x2, x2, #64 - 8
	b.lo	4f
3:	str	x4, [x3], #8
	subs	x2, x2, #8
	b.hs	3b
4:	adds	x2, x2, #8
	b.eq	6f
5:	strb	w4, [x3], #1
	subs	x2, x2, #1
	b.ne	5b
6:	ret
SYM_FUNC_END(memset)

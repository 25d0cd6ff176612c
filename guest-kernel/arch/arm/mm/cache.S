/* SPDX-License-Identifier: GPL-2.0 */
/*
 * flush_icache_range(start, end): clean the data cache and invalidate
 * the instruction cache over [start, end) to the point of unification,
 * line by line (64-byte lines), so that code just written (modules,
 * patched instructions) is what executes.
 */
#include <linux/linkage.h>

	.arm
	.text
SYM_FUNC_START(flush_icache_range)
	bic	r2, r0, #63
1:	mcr	p15, 0, r2, c7, c11, 1		@ DCCMVAU
	add	r2, r2, #64
	cmp	r2, r1
	blo	1b
	dsb	ish
	bic	r2, r0, #63
2:	mcr	p15, 0, r2, c7, c5, 1		@ ICIMVAU
	add	r2, r2, #64
	cmp	r2, r1
	blo	2b
	mov	r2, #0
	mcr	p15, 0, r2, c7, c5, 6		@ BPIALL
	dsb	ish
	isb
	bx	lr
SYM_FUNC_END(flush_icache_range)

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Cache maintenance for code written as data: clean the data cache to
 * the point of unification, then invalidate the instruction cache, line
 * by line, with the line sizes CTR_EL0 gives.
 */
#include <linux/linkage.h>

/*
 * caches_clean_inval_pou(start, end): after it, instructions written to
 * [start, end) are the ones that run.
 */
SYM_FUNC_START(caches_clean_inval_pou)
	mrs	x3, ctr_el0
	ubfx	x4, x3, #16, #4		/* DminLine: log2 of words */
	mov	x2, #4
	lsl	x2, x2, x4
	sub	x4, x2, #1
	bic	x4, x0, x4
1:	dc	cvau, x4
	add	x4, x4, x2
	cmp	x4, x1
	b.lo	1b
	dsb	ish

	and	x4, x3, #0xf		/* IminLine */
	mov	x2, #4
	lsl	x2, x2, x4
	sub	x4, x2, #1
	bic	x4, x0, x4
2:	ic	ivau, x4
	add	x4, x4, x2
	cmp	x4, x1
	b.lo	2b
	dsb	ish
	isb
	ret
SYM_FUNC_END(caches_clean_inval_pou)

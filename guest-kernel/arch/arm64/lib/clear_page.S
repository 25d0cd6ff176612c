/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Zero one page. DC ZVA clears a whole block (DCZID_EL0 gives its
 * size) in one instruction; where it is prohibited, store pairs.
 */
#include <linux/linkage.h>
#include <asm/page.h>

/* x0 = page-aligned address */
SYM_FUNC_START(clear_page)
	mrs	x1, dczid_el0
	tbnz	x1, #4, 2f		/* DZP: DC ZVA not allowed */
	and	w1, w1, #0xf
	mov	x2, #4
	lsl	x1, x2, x1		/* block size in bytes */
1:	dc	zva, x0
	add	x0, x0, x1
	tst	x0, #(PAGE_SIZE - 1)
	b.ne	1b
	ret
2:	stp	xzr, xzr, [x0]
	stp	xzr, xzr, [x0, #16]
	stp	xzr, xzr, [x0, #32]
	stp	xzr, xzr, [x0, #48]
	add	x0, x0, #64
	tst	x0, #(PAGE_SIZE - 1)
	b.ne	2b
	ret
SYM_FUNC_END(clear_page)

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Zero one page with store pairs. Linux uses DC ZVA where DCZID_EL0
 * allows it; on this board every DC instruction is a host callback
 * (the board watches cache maintenance to drop stale translations),
 * which made a boot three times slower, so plain stores it is.
 */
#include <linux/linkage.h>
#include <asm/page.h>

/* x0 = page-aligned address */
SYM_FUNC_START(clear_page)
1:	stp	xzr, xzr, [x0]
	stp	xzr, xzr, [x0, #16]
	stp	xzr, xzr, [x0, #32]
	stp	xzr, xzr, [x0, #48]
	add	x0, x0, #64
	tst	x0, #(PAGE_SIZE - 1)
	b.ne	1b
	ret
SYM_FUNC_END(clear_page)

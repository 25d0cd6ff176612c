/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Copy one page, 128 bytes per round: COW faults and fork copy pages
 * often, and a word-at-a-time loop costs four times the instructions.
 */
#include <linux/linkage.h>
#include <asm/page.h>

/* x0 = destination, x1 = source; both page aligned */
SYM_FUNC_START(copy_page)
1:	ldp	x2, x3, [x1]
	ldp	x4, x5, [x1, #16]
	ldp	x6, x7, [x1, #32]
	ldp	x8, x9, [x1, #48]
	ldp	x10, x11, [x1, #64]
	ldp	x12, x13, [x1, #80]
	ldp	x14, x15, [x1, #96]
	ldp	x16, x17, [x1, #112]
	add	x1, x1, #128
	stp	x2, x3, [x0]
	stp	x4, x5, [x0, #16]
	stp	x6, x7, [x0, #32]
	stp	x8, x9, [x0, #48]
	stp	x10, x11, [x0, #64]
	stp	x12, x13, [x0, #80]
	stp	x14, x15, [x0, #96]
	stp	x16, x17, [x0, #112]
	add	x0, x0, #128
	tst	x0, #(PAGE_SIZE - 1)
	b.ne	1b
	ret
SYM_FUNC_END(copy_page)

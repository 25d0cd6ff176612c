/* SPDX-License-Identifier: GPL-2.0 */
/*
 * BUG() is a "brk #0x800" plus a __bug_table entry giving its file and
 * line as place-relative offsets, as in Linux.
 */
#ifndef __ASM_BUG_H
#define __ASM_BUG_H

#include <linux/stringify.h>

#define BUG_BRK_IMM	0x800

#ifndef __ASSEMBLY__
struct bug_entry {
	int		bug_addr_disp;
	int		file_disp;
	unsigned short	line;
	unsigned short	flags;
};

#define __BUG_ENTRY(file, line)					\
	.pushsection __bug_table, "aw";				\
	.balign 4;						\
14470:	.long 14471f - .;					\
	.pushsection .rodata.str, "aMS", @progbits, 1;		\
14472:	.string file;						\
	.popsection;						\
	.long 14472b - .;					\
	.short line;						\
	.short 0;						\
	.popsection;						\
14471:	brk BUG_BRK_IMM

#define BUG() do {							\
	asm volatile(__stringify(__BUG_ENTRY(__FILE__, __LINE__)));	\
	__builtin_unreachable();					\
} while (0)
#endif

#endif

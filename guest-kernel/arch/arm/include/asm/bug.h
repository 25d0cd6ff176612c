/* SPDX-License-Identifier: GPL-2.0 */
/*
 * BUG() is Linux/arm's undefined instruction 0xe7f001f2 (BUG_INSTR_VALUE)
 * plus a __bug_table entry with its file and line (GENERIC_BUG,
 * DEBUG_BUGVERBOSE; absolute pointers on arm). WARN*() are calls, as
 * Linux/arm has no __WARN_FLAGS (<linux/bug.h>).
 */
#ifndef __ASM_BUG_H
#define __ASM_BUG_H

#include <linux/stringify.h>

#define BUG_INSTR_VALUE		0xe7f001f2

#define BUGFLAG_WARNING		(1 << 0)
#define BUGFLAG_ONCE		(1 << 1)
#define BUGFLAG_DONE		(1 << 2)
#define BUGFLAG_NO_CUT_HERE	(1 << 3)
#define BUGFLAG_TAINT(taint)	((taint) << 8)
#define BUG_GET_TAINT(bug)	((bug)->flags >> 8)

#ifndef __ASSEMBLY__
struct bug_entry {
	unsigned long	bug_addr;
	const char	*file;
	unsigned short	line;
	unsigned short	flags;
};

#define __BUG_ENTRY(file, line, flags)				\
	.pushsection __bug_table, "aw";				\
	.balign 4;						\
	.long 14471f;						\
	.pushsection .rodata.str, "aMS", %progbits, 1;		\
14472:	.string file;						\
	.popsection;						\
	.long 14472b;						\
	.short line;						\
	.short flags;						\
	.popsection;						\
14471:	.inst BUG_INSTR_VALUE

#define __BUG_FLAGS(flags)						\
	asm volatile(__stringify(__BUG_ENTRY(__FILE__, __LINE__, flags)))

#define BUG_AT_LINE(line) do {						\
	asm volatile(__stringify(__BUG_ENTRY(__FILE__, line, 0)));	\
	__builtin_unreachable();					\
} while (0)

#define BUG() do {							\
	__BUG_FLAGS(0);							\
	__builtin_unreachable();					\
} while (0)

#endif

#endif

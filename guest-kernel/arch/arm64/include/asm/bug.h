/* SPDX-License-Identifier: GPL-2.0 */
/*
 * BUG() and WARN*() are a "brk #0x800" plus a __bug_table entry giving
 * its file and line as place-relative offsets and its flags, as in
 * Linux 6.1 (GENERIC_BUG_RELATIVE_POINTERS, DEBUG_BUGVERBOSE).
 */
#ifndef __ASM_BUG_H
#define __ASM_BUG_H

#include <linux/stringify.h>

#define BUG_BRK_IMM	0x800

#define BUGFLAG_WARNING		(1 << 0)
#define BUGFLAG_ONCE		(1 << 1)
#define BUGFLAG_DONE		(1 << 2)
#define BUGFLAG_NO_CUT_HERE	(1 << 3)
#define BUGFLAG_TAINT(taint)	((taint) << 8)
#define BUG_GET_TAINT(bug)	((bug)->flags >> 8)

#ifndef __ASSEMBLY__
struct bug_entry {
	int		bug_addr_disp;
	int		file_disp;
	unsigned short	line;
	unsigned short	flags;
};

#define __BUG_ENTRY(file, line, flags)				\
	.pushsection __bug_table, "aw";				\
	.balign 4;						\
14470:	.long 14471f - .;					\
	.pushsection .rodata.str, "aMS", @progbits, 1;		\
14472:	.string file;						\
	.popsection;						\
	.long 14472b - .;					\
	.short line;						\
	.short flags;						\
	.popsection;						\
14471:	brk BUG_BRK_IMM

#define __BUG_FLAGS(flags)						\
	asm volatile(__stringify(__BUG_ENTRY(__FILE__, __LINE__, flags)))

/* A BUG() whose report names another line: code mirroring a Linux file's checks. */
#define BUG_AT_LINE(line) do {						\
	asm volatile(__stringify(__BUG_ENTRY(__FILE__, line, 0)));	\
	__builtin_unreachable();					\
} while (0)

#define BUG() do {							\
	__BUG_FLAGS(0);							\
	__builtin_unreachable();					\
} while (0)

#define __WARN_FLAGS(flags)	__BUG_FLAGS(BUGFLAG_WARNING | (flags))

/* A warning whose report names another line (see BUG_AT_LINE). */
#define __WARN_FLAGS_AT_LINE(line, flags)				\
	asm volatile(__stringify(__BUG_ENTRY(__FILE__, line,		\
					     BUGFLAG_WARNING | (flags))))
#endif

#endif

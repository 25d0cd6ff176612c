/* SPDX-License-Identifier: GPL-2.0 */
/*
 * EXPORT_SYMBOL(): what loaded modules may link against. As in Linux
 * 6.1 (CONFIG_HAVE_ARCH_PREL32_RELOCATIONS, CONFIG_MODVERSIONS), each
 * export is a struct kernel_symbol of 32-bit place-relative offsets in
 * ___ksymtab[_gpl]+<sym>, its name in __ksymtab_strings and its CRC in
 * ___kcrctab[_gpl]+<sym>; the linker script sorts both tables by name,
 * so entry i of one goes with entry i of the other. __crc_<sym> comes
 * from Debian's Module.symvers (the build's symvers.lds): exporting a
 * symbol Debian's kernel does not export fails to link. Built-in code
 * from outside the tree (scripts/Makefile.builtin) gets its exports'
 * CRCs from genksyms, as Linux's own do.
 */
#ifndef _LINUX_EXPORT_H
#define _LINUX_EXPORT_H

#include <linux/stringify.h>
#include <linux/types.h>

#ifdef CONFIG_HAVE_ARCH_PREL32_RELOCATIONS
struct kernel_symbol {
	int value_offset;
	int name_offset;
	int namespace_offset;
};
#define __KSYM_REF(x)	#x " - ."
#else
/* 32-bit ARM: absolute addresses, as its modules' own __ksymtab */
struct kernel_symbol {
	unsigned long value;
	const char *name;
	const char *namespace;
};
#define __KSYM_REF(x)	#x
#endif

#define ___EXPORT_SYMBOL(sym, sec)					\
	asm("	.pushsection \"__ksymtab_strings\",\"aMS\",%progbits,1\n" \
	    "__kstrtab_" #sym ":\n"					\
	    "	.asciz \"" #sym "\"\n"					\
	    "	.popsection\n"						\
	    "	.pushsection \"___ksymtab" sec "+" #sym "\",\"a\"\n"	\
	    "	.balign 4\n"						\
	    "__ksymtab_" #sym ":\n"					\
	    "	.long " __KSYM_REF(sym) "\n"				\
	    "	.long " __KSYM_REF(__kstrtab_##sym) "\n"			\
	    "	.long 0\n"						\
	    "	.popsection\n"						\
	    "	.pushsection \"___kcrctab" sec "+" #sym "\",\"a\"\n"	\
	    "	.balign 4\n"						\
	    "	.long __crc_" #sym "\n"					\
	    "	.popsection\n")

#ifdef __GENKSYMS__
/* genksyms reads the preprocessed source for the CRC of built-in code's exports. */
#define EXPORT_SYMBOL(sym)	__GENKSYMS_EXPORT_SYMBOL(sym)
#define EXPORT_SYMBOL_GPL(sym)	__GENKSYMS_EXPORT_SYMBOL(sym)
#else
#define EXPORT_SYMBOL(sym)	___EXPORT_SYMBOL(sym, "")
#define EXPORT_SYMBOL_GPL(sym)	___EXPORT_SYMBOL(sym, "_gpl")
#endif

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Exception tables, 6.1's layout: { insn, fixup } place-relative, then
 * a type and its data (which registers get -EFAULT and zero). Only
 * modules have them: the kernel's own uaccess does not fault (it walks
 * page tables, see linux/uaccess.h).
 */
#ifndef __ASM_EXTABLE_H
#define __ASM_EXTABLE_H

#include <linux/types.h>

struct exception_table_entry {
	int insn, fixup;
	short type, data;
};

/* 6.1's numbers (asm/asm-extable.h) */
#define EX_TYPE_NONE			0
#define EX_TYPE_BPF			1
#define EX_TYPE_UACCESS_ERR_ZERO	2
#define EX_TYPE_KACCESS_ERR_ZERO	3
#define EX_TYPE_LOAD_UNALIGNED_ZEROPAD	4

struct pt_regs;
struct module;

bool fixup_exception(struct pt_regs *regs);
const struct exception_table_entry *search_exception_tables(unsigned long addr);
void sort_extable(struct exception_table_entry *start,
		  struct exception_table_entry *finish);

#endif

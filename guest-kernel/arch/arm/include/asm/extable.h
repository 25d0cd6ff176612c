/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Exception tables, Linux/arm's layout: absolute { insn, fixup } pairs.
 * Only modules have them: the kernel's own uaccess does not fault.
 */
#ifndef __ASM_EXTABLE_H
#define __ASM_EXTABLE_H

#include <linux/types.h>

struct exception_table_entry {
	unsigned long insn, fixup;
};

struct pt_regs;
struct module;

bool fixup_exception(struct pt_regs *regs);
const struct exception_table_entry *search_exception_tables(unsigned long addr);
void sort_extable(struct exception_table_entry *start,
		  struct exception_table_entry *finish);

#endif

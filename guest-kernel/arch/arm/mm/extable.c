// SPDX-License-Identifier: GPL-2.0
/*
 * Exception tables, Linux/arm's: absolute { insn, fixup } pairs; a fault
 * at insn continues at fixup (module code's user accesses). The kernel's
 * own uaccess walks page tables and needs none.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <asm/extable.h>
#include <asm/ptrace.h>

/* Binary search of a table sorted by insn. */
static const struct exception_table_entry *
search_extable(const struct exception_table_entry *base, unsigned int num,
	       unsigned long value)
{
	unsigned int lo = 0, hi = num;

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (base[mid].insn == value)
			return &base[mid];
		if (base[mid].insn < value)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const struct exception_table_entry *search_exception_tables(unsigned long addr)
{
	struct module *mod = __module_text_address(addr);

	if (!mod || !mod->num_exentries)
		return NULL;
	return search_extable(mod->extable, mod->num_exentries, addr);
}

bool fixup_exception(struct pt_regs *regs)
{
	const struct exception_table_entry *ex;

	ex = search_exception_tables(instruction_pointer(regs));
	if (!ex)
		return false;
	regs->ARM_pc = ex->fixup;
	return true;
}

/* Modules' tables come unsorted (one entry per access, section order). */
void sort_extable(struct exception_table_entry *start,
		  struct exception_table_entry *finish)
{
	struct exception_table_entry *i, *j, tmp;

	for (i = start + 1; i < finish; i++)
		for (j = i; j > start && j->insn < (j - 1)->insn; j--) {
			tmp = *j;
			*j = *(j - 1);
			*(j - 1) = tmp;
		}
}

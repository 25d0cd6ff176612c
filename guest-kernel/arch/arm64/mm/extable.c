// SPDX-License-Identifier: GPL-2.0
/*
 * Fixing up a kernel fault through an exception table entry, as arm64
 * Linux's mm/extable.c (and the search of lib/extable.c and
 * kernel/module/main.c): a faulting user access inlined in a module
 * (get_user, put_user) resumes at its fixup with -EFAULT in its error
 * register and zero in its value register.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/module.h>
#include <asm/extable.h>
#include <asm/ptrace.h>

#define EX_DATA_REG_ERR_SHIFT	0	/* UACCESS_ERR_ZERO */
#define EX_DATA_REG_ZERO_SHIFT	5
#define EX_DATA_REG_DATA_SHIFT	0	/* LOAD_UNALIGNED_ZEROPAD */
#define EX_DATA_REG_ADDR_SHIFT	5

static unsigned long ex_insn(const struct exception_table_entry *ex)
{
	return (unsigned long)&ex->insn + ex->insn;
}

static unsigned long get_ex_fixup(const struct exception_table_entry *ex)
{
	return (unsigned long)&ex->fixup + ex->fixup;
}

static int ex_reg(const struct exception_table_entry *ex, unsigned int shift)
{
	return (ex->data >> shift) & 0x1f;
}

/* x31 is xzr here: reads as 0, writes vanish. */
static unsigned long pt_regs_read_reg(struct pt_regs *regs, int r)
{
	return r == 31 ? 0 : regs->regs[r];
}

static void pt_regs_write_reg(struct pt_regs *regs, int r, unsigned long val)
{
	if (r != 31)
		regs->regs[r] = val;
}

static bool ex_handler_uaccess_err_zero(const struct exception_table_entry *ex,
					struct pt_regs *regs)
{
	pt_regs_write_reg(regs, ex_reg(ex, EX_DATA_REG_ERR_SHIFT), -EFAULT);
	pt_regs_write_reg(regs, ex_reg(ex, EX_DATA_REG_ZERO_SHIFT), 0);
	regs->pc = get_ex_fixup(ex);
	return true;
}

/* The aligned word that holds the start, shifted: the rest reads as 0. */
static bool ex_handler_load_unaligned_zeropad(const struct exception_table_entry *ex,
					      struct pt_regs *regs)
{
	unsigned long addr = pt_regs_read_reg(regs, ex_reg(ex, EX_DATA_REG_ADDR_SHIFT));
	unsigned long offset = addr & 7, data;

	data = *(unsigned long *)(addr & ~7UL) >> (8 * offset);
	pt_regs_write_reg(regs, ex_reg(ex, EX_DATA_REG_DATA_SHIFT), data);
	regs->pc = get_ex_fixup(ex);
	return true;
}

/* Binary search of a table sorted by insn. */
static const struct exception_table_entry *
search_extable(const struct exception_table_entry *base, unsigned int num,
	       unsigned long value)
{
	unsigned int lo = 0, hi = num;

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;
		unsigned long insn = ex_insn(&base[mid]);

		if (insn == value)
			return &base[mid];
		if (insn < value)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Modules only: the kernel has no exception table of its own. */
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
	switch (ex->type) {
	case EX_TYPE_UACCESS_ERR_ZERO:
	case EX_TYPE_KACCESS_ERR_ZERO:
		return ex_handler_uaccess_err_zero(ex, regs);
	case EX_TYPE_LOAD_UNALIGNED_ZEROPAD:
		return ex_handler_load_unaligned_zeropad(ex, regs);
	}
	return false;	/* EX_TYPE_BPF: no BPF JIT here */
}

/* Swap two entries, keeping their place-relative fields pointing right. */
static void swap_ex(struct exception_table_entry *a,
		    struct exception_table_entry *b)
{
	int delta = (unsigned long)b - (unsigned long)a;
	struct exception_table_entry tmp = *a;

	a->insn = b->insn + delta;
	a->fixup = b->fixup + delta;
	a->type = b->type;
	a->data = b->data;
	b->insn = tmp.insn - delta;
	b->fixup = tmp.fixup - delta;
	b->type = tmp.type;
	b->data = tmp.data;
}

/* Modules' tables come unsorted (one entry per access, section order). */
void sort_extable(struct exception_table_entry *start,
		  struct exception_table_entry *finish)
{
	struct exception_table_entry *i, *j;

	for (i = start + 1; i < finish; i++)
		for (j = i; j > start && ex_insn(j) < ex_insn(j - 1); j--)
			swap_ex(j - 1, j);
}

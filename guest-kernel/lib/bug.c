// SPDX-License-Identifier: GPL-2.0
/*
 * BUG() and WARN() support, as Linux's lib/bug.c: find the __bug_table
 * entry of a trapping brk, in the kernel or in a loaded module, and
 * report it. A warning (WARN_ON, WARN, WARN_ON_ONCE) is reported by
 * __warn() and execution goes on; a BUG is reported and the caller dies.
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/module.h>
#include <linux/panic.h>
#include <linux/string.h>

extern struct bug_entry __start___bug_table[], __stop___bug_table[];

/* Place-relative entries (arm64: GENERIC_BUG_RELATIVE_POINTERS) or absolute ones (arm). */
static unsigned long bug_addr(const struct bug_entry *bug)
{
#ifdef CONFIG_GENERIC_BUG_RELATIVE_POINTERS
	return (unsigned long)&bug->bug_addr_disp + bug->bug_addr_disp;
#else
	return bug->bug_addr;
#endif
}

static const char *bug_file(const struct bug_entry *bug)
{
#ifdef CONFIG_GENERIC_BUG_RELATIVE_POINTERS
	return (const char *)&bug->file_disp + bug->file_disp;
#else
	return bug->file;
#endif
}

/* A module's __bug_table, found once it is relocated. */
void module_bug_finalize(const Elf_Ehdr *hdr, const Elf_Shdr *sechdrs,
			 struct module *mod)
{
	const char *secstrings = (char *)hdr + sechdrs[hdr->e_shstrndx].sh_offset;
	unsigned int i;

	mod->bug_table = NULL;
	mod->num_bugs = 0;
	for (i = 1; i < hdr->e_shnum; i++) {
		if (strcmp(secstrings + sechdrs[i].sh_name, "__bug_table"))
			continue;
		mod->bug_table = (void *)sechdrs[i].sh_addr;
		mod->num_bugs = sechdrs[i].sh_size / sizeof(struct bug_entry);
		break;
	}
}

void module_bug_cleanup(struct module *mod)
{
	mod->bug_table = NULL;
	mod->num_bugs = 0;
}

static struct bug_entry *module_find_bug(unsigned long bugaddr)
{
	struct module *mod;
	unsigned int i;

	list_for_each_entry(mod, &modules, list)
		for (i = 0; i < mod->num_bugs; i++)
			if (bug_addr(&mod->bug_table[i]) == bugaddr)
				return &mod->bug_table[i];
	return NULL;
}

static struct bug_entry *find_bug(unsigned long bugaddr)
{
	struct bug_entry *bug;

	for (bug = __start___bug_table; bug < __stop___bug_table; bug++)
		if (bugaddr == bug_addr(bug))
			return bug;
	return module_find_bug(bugaddr);
}

enum bug_trap_type report_bug(unsigned long bugaddr, struct pt_regs *regs)
{
	struct bug_entry *bug = find_bug(bugaddr);
	bool warning, once, done;

	if (!bug)
		return BUG_TRAP_TYPE_NONE;

	warning = bug->flags & BUGFLAG_WARNING;
	once = bug->flags & BUGFLAG_ONCE;
	done = bug->flags & BUGFLAG_DONE;
	if (warning && once) {
		if (done)
			return BUG_TRAP_TYPE_WARN;
		bug->flags |= BUGFLAG_DONE;
	}

	/* WARN() printed its own "cut here" before its message */
	if (!(bug->flags & BUGFLAG_NO_CUT_HERE))
		printk(KERN_DEFAULT CUT_HERE);

	if (warning) {
		__warn(bug_file(bug), bug->line, (void *)bugaddr,
		       BUG_GET_TAINT(bug), regs);
		return BUG_TRAP_TYPE_WARN;
	}
	pr_crit("kernel BUG at %s:%u!\n", bug_file(bug), bug->line);
	return BUG_TRAP_TYPE_BUG;
}

// SPDX-License-Identifier: GPL-2.0
/*
 * BUG() support: find the __bug_table entry for a trapping brk and
 * report where it came from, as Linux's lib/bug.c does.
 */
#include <linux/kernel.h>
#include <linux/bug.h>

extern struct bug_entry __start___bug_table[], __stop___bug_table[];

static unsigned long bug_addr(const struct bug_entry *bug)
{
	return (unsigned long)&bug->bug_addr_disp + bug->bug_addr_disp;
}

static const char *bug_file(const struct bug_entry *bug)
{
	return (const char *)&bug->file_disp + bug->file_disp;
}

static struct bug_entry *find_bug(unsigned long bugaddr)
{
	struct bug_entry *bug;

	for (bug = __start___bug_table; bug < __stop___bug_table; bug++)
		if (bugaddr == bug_addr(bug))
			return bug;
	return NULL;
}

enum bug_trap_type report_bug(unsigned long bugaddr, struct pt_regs *regs)
{
	struct bug_entry *bug = find_bug(bugaddr);

	if (!bug)
		return BUG_TRAP_TYPE_NONE;

	printk(KERN_DEFAULT CUT_HERE);
	pr_crit("kernel BUG at %s:%u!\n", bug_file(bug), bug->line);
	return BUG_TRAP_TYPE_BUG;
}

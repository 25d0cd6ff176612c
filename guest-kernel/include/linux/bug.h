/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H

#include <asm/bug.h>
#include <linux/compiler.h>

struct pt_regs;

enum bug_trap_type {
	BUG_TRAP_TYPE_NONE = 0,
	BUG_TRAP_TYPE_WARN = 1,
	BUG_TRAP_TYPE_BUG = 2,
};

#define CUT_HERE	"------------[ cut here ]------------\n"

#ifndef __ASSEMBLY__
#define BUG_ON(condition)	do { if (unlikely(condition)) BUG(); } while (0)

enum bug_trap_type report_bug(unsigned long bug_addr, struct pt_regs *regs);
#endif

#endif

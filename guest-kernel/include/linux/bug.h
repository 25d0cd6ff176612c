/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H

#include <asm/bug.h>
#include <linux/compiler.h>
#include <linux/panic.h>
#include <linux/elf.h>

struct pt_regs;

enum bug_trap_type {
	BUG_TRAP_TYPE_NONE = 0,
	BUG_TRAP_TYPE_WARN = 1,
	BUG_TRAP_TYPE_BUG = 2,
};

#define CUT_HERE	"------------[ cut here ]------------\n"

#ifndef __ASSEMBLY__
#define BUG_ON(condition)	do { if (unlikely(condition)) BUG(); } while (0)

void __warn_printk(const char *fmt, ...);

#define WARN_ON(condition) ({						\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__ret_warn_on))					\
		__WARN_FLAGS(BUGFLAG_TAINT(TAINT_WARN));		\
	unlikely(__ret_warn_on);					\
})

#define WARN_ON_ONCE(condition) ({					\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__ret_warn_on))					\
		__WARN_FLAGS(BUGFLAG_ONCE |				\
			     BUGFLAG_TAINT(TAINT_WARN));		\
	unlikely(__ret_warn_on);					\
})

/* The message is printed first, after its own "cut here". */
#define WARN(condition, format...) ({					\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__ret_warn_on)) {					\
		__warn_printk(format);					\
		__WARN_FLAGS(BUGFLAG_NO_CUT_HERE |			\
			     BUGFLAG_TAINT(TAINT_WARN));		\
	}								\
	unlikely(__ret_warn_on);					\
})

/* WARN() reported as if from Linux's file at line (see BUG_AT_LINE). */
#define WARN_AT_LINE(line, format...) do {				\
	__warn_printk(format);						\
	__WARN_FLAGS_AT_LINE(line, BUGFLAG_NO_CUT_HERE |		\
			     BUGFLAG_TAINT(TAINT_WARN));		\
} while (0)

/* The first time only, as Linux's DO_ONCE_LITE_IF(). */
#define WARN_ONCE(condition, format...) ({				\
	static bool __warned;						\
	int __ret_warn_once = !!(condition);				\
									\
	if (unlikely(__ret_warn_once && !__warned)) {			\
		__warned = true;					\
		WARN(1, format);					\
	}								\
	unlikely(__ret_warn_once);					\
})

/* WARN_ON() reported as if from Linux's file at line. */
#define WARN_ON_AT_LINE(line, condition) ({				\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__ret_warn_on))					\
		__WARN_FLAGS_AT_LINE(line, BUGFLAG_TAINT(TAINT_WARN));	\
	unlikely(__ret_warn_on);					\
})

/* WARN_ON_ONCE() reported as if from Linux's file at line. */
#define WARN_ON_ONCE_AT_LINE(line, condition) ({			\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__ret_warn_on))					\
		__WARN_FLAGS_AT_LINE(line, BUGFLAG_ONCE |		\
				     BUGFLAG_TAINT(TAINT_WARN));	\
	unlikely(__ret_warn_on);					\
})

enum bug_trap_type report_bug(unsigned long bug_addr, struct pt_regs *regs);

struct module;
void module_bug_finalize(const Elf_Ehdr *hdr, const Elf_Shdr *sechdrs,
			 struct module *mod);
void module_bug_cleanup(struct module *mod);
#endif

#endif

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

#ifdef __WARN_FLAGS
/* A WARN is a trap with a __bug_table entry (arm64): reported with the registers. */
#define __WARN_ON_AT(line, flags)	__WARN_FLAGS_AT_LINE(line, flags)
#define __WARN_FMT_AT(line, flags, format...) do {			\
	__warn_printk(format);						\
	__WARN_FLAGS_AT_LINE(line, BUGFLAG_NO_CUT_HERE | (flags));	\
} while (0)
#define __WARN_ONCE_FLAGS		BUGFLAG_ONCE
#define __WARN_ONCE_IF(cond)		(cond)
#else
/*
 * No __WARN_FLAGS (Linux/arm, asm-generic's WARN): a WARN is a call to
 * warn_slowpath_fmt(), reported without registers, at its return
 * address; "once" is a flag beside each site.
 */
void warn_slowpath_fmt(const char *file, int line, unsigned int taint,
		       const char *fmt, ...);
#define __WARN_ON_AT(line, flags)					\
	warn_slowpath_fmt(__FILE__, line, TAINT_WARN, NULL)
#define __WARN_FMT_AT(line, flags, format...)				\
	warn_slowpath_fmt(__FILE__, line, TAINT_WARN, format)
#define __WARN_ONCE_FLAGS		0
#define __WARN_ONCE_IF(cond) ({						\
	static bool __warned;						\
	bool __now = (cond) && !__warned;				\
	if (__now)							\
		__warned = true;					\
	__now;								\
})
#endif

/* WARN_ON() reported as if from Linux's file at line. */
#define WARN_ON_AT_LINE(line, condition) ({				\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__ret_warn_on))					\
		__WARN_ON_AT(line, BUGFLAG_TAINT(TAINT_WARN));		\
	unlikely(__ret_warn_on);					\
})

/* WARN_ON_ONCE() reported as if from Linux's file at line. */
#define WARN_ON_ONCE_AT_LINE(line, condition) ({			\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__WARN_ONCE_IF(__ret_warn_on)))			\
		__WARN_ON_AT(line, __WARN_ONCE_FLAGS |			\
			     BUGFLAG_TAINT(TAINT_WARN));		\
	unlikely(__ret_warn_on);					\
})

/* WARN() reported as if from Linux's file at line (see BUG_AT_LINE). */
#define WARN_AT_LINE(line, format...)					\
	__WARN_FMT_AT(line, BUGFLAG_TAINT(TAINT_WARN), format)

#define WARN_ON(condition)	WARN_ON_AT_LINE(__LINE__, condition)
#define WARN_ON_ONCE(condition)	WARN_ON_ONCE_AT_LINE(__LINE__, condition)

/* The message is printed first, after its own "cut here" (arm64). */
#define WARN(condition, format...) ({					\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__ret_warn_on))					\
		WARN_AT_LINE(__LINE__, format);				\
	unlikely(__ret_warn_on);					\
})

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

enum bug_trap_type report_bug(unsigned long bug_addr, struct pt_regs *regs);

struct module;
void module_bug_finalize(const Elf_Ehdr *hdr, const Elf_Shdr *sechdrs,
			 struct module *mod);
void module_bug_cleanup(struct module *mod);
#endif

#endif

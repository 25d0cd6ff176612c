/* SPDX-License-Identifier: GPL-2.0 */
/* What the exception handlers call; see traps.c and mm/fault.c. */
#ifndef __ASM_TRAPS_H
#define __ASM_TRAPS_H

#include <linux/types.h>

struct pt_regs;

void die(const char *str, struct pt_regs *regs, long err);
void arm64_notify_die(const char *str, struct pt_regs *regs, int signo,
		      int sicode, unsigned long far, unsigned long err);
void do_mem_abort(unsigned long far, unsigned long esr, struct pt_regs *regs);
void do_sp_pc_abort(unsigned long addr, unsigned long esr, struct pt_regs *regs);
void do_undefinstr(struct pt_regs *regs, unsigned long esr);
void do_sysinstr(unsigned long esr, struct pt_regs *regs);
void bad_el0_sync(struct pt_regs *regs, int reason, unsigned long esr);
void arm64_force_sig_fault(int signo, int code, unsigned long far, const char *str);
extern int show_unhandled_signals;
void do_debug_exception(unsigned long addr, unsigned long esr,
			struct pt_regs *regs);
int bug_handler(struct pt_regs *regs, unsigned long esr);
void arm64_serror_panic(struct pt_regs *regs, unsigned long esr) __noreturn;
void __show_regs(struct pt_regs *regs);
void exception_nesting_check(void);
int aarch64_insn_read(void *addr, u32 *insnp);

#endif

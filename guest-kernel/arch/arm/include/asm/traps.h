/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_TRAPS_H
#define __ASM_TRAPS_H

#include <linux/types.h>

struct pt_regs;

void die(const char *str, struct pt_regs *regs, int err);
void arm_notify_die(const char *str, struct pt_regs *regs, int signo,
		    int si_code, void __user *addr, unsigned long err,
		    unsigned long trap);
asmlinkage void do_DataAbort(unsigned long addr, unsigned int fsr,
			     struct pt_regs *regs);
asmlinkage void do_PrefetchAbort(unsigned long addr, unsigned int ifsr,
				 struct pt_regs *regs);
asmlinkage void do_undefinstr(struct pt_regs *regs);
asmlinkage void bad_mode(struct pt_regs *regs, int reason);
extern int show_unhandled_signals;
void __show_regs(struct pt_regs *regs);
void __show_regs_alloc_free(struct pt_regs *regs);
void dump_mem(const char *lvl, const char *title, unsigned long bottom,
	      unsigned long top);

#endif

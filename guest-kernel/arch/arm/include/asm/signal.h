/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_SIGNAL_H
#define __ASM_SIGNAL_H

struct pt_regs;

void do_signal(struct pt_regs *regs);

#endif

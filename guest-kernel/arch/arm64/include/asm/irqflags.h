/* SPDX-License-Identifier: GPL-2.0 */
/* PSTATE.DAIF handling: IRQ masking and inheriting the interrupted state. */
#ifndef __ASM_IRQFLAGS_H
#define __ASM_IRQFLAGS_H

#include <asm/ptrace.h>
#include <asm/sysreg.h>

static inline void local_irq_enable(void)
{
	asm volatile("msr daifclr, #3" ::: "memory");	/* I and F */
}

static inline void local_irq_disable(void)
{
	asm volatile("msr daifset, #3" ::: "memory");
}

static inline bool irqs_disabled(void)
{
	return read_sysreg(daif) & PSR_I_BIT;
}

/* Unmask Debug and SError, keep IRQ/FIQ masked (Linux's DAIF_PROCCTX_NOIRQ). */
static inline void local_daif_restore_noirq(void)
{
	write_sysreg(PSR_I_BIT | PSR_F_BIT, daif);
}

/*
 * Process context, as Linux's DAIF_PROCCTX: nothing masked. Handlers of
 * exceptions from user space run so (and a stack dump shows "daif").
 */
static inline void local_daif_restore_procctx(void)
{
	write_sysreg(0, daif);
}

/* Exception handlers run with the interrupted context's masks. */
static inline void local_daif_inherit(struct pt_regs *regs)
{
	write_sysreg(regs->pstate & DAIF_MASK, daif);
}

static inline void local_daif_mask(void)
{
	asm volatile("msr daifset, #0xf" ::: "memory");
}

#endif

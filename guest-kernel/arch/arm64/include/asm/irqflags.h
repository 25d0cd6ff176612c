/* SPDX-License-Identifier: GPL-2.0 */
/*
 * PSTATE.DAIF: masking IRQs (and FIQs) on this CPU, Linux's arch_local_*
 * names, and the exception handlers' helpers for the other DAIF bits.
 */
#ifndef __ASM_IRQFLAGS_H
#define __ASM_IRQFLAGS_H

#include <asm/ptrace.h>
#include <asm/sysreg.h>

static inline void arch_local_irq_enable(void)
{
	asm volatile("msr daifclr, #3" ::: "memory");	/* I and F */
}

static inline void arch_local_irq_disable(void)
{
	asm volatile("msr daifset, #3" ::: "memory");
}

static inline unsigned long arch_local_save_flags(void)
{
	unsigned long flags;

	asm volatile("mrs %0, daif" : "=r" (flags) :: "memory");
	return flags;
}

static inline int arch_irqs_disabled_flags(unsigned long flags)
{
	return (flags & PSR_I_BIT) != 0;
}

static inline int arch_irqs_disabled(void)
{
	return arch_irqs_disabled_flags(arch_local_save_flags());
}

static inline unsigned long arch_local_irq_save(void)
{
	unsigned long flags = arch_local_save_flags();

	if (!arch_irqs_disabled_flags(flags))
		arch_local_irq_disable();
	return flags;
}

static inline void arch_local_irq_restore(unsigned long flags)
{
	asm volatile("msr daif, %0" :: "r" (flags) : "memory");
}

#define local_irq_enable()	arch_local_irq_enable()
#define local_irq_disable()	arch_local_irq_disable()
#define irqs_disabled()		arch_irqs_disabled()
#define irqs_disabled_flags(f)	arch_irqs_disabled_flags(f)
#define local_irq_save(flags)	((flags) = arch_local_irq_save())
#define local_irq_restore(flags) arch_local_irq_restore(flags)
#define local_save_flags(flags)	((flags) = arch_local_save_flags())

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

/* SPDX-License-Identifier: GPL-2.0 */
/* CPSR.I: masking IRQs on this CPU, Linux's arch_local_* names. */
#ifndef __ASM_IRQFLAGS_H
#define __ASM_IRQFLAGS_H

#include <asm/ptrace.h>

static inline void arch_local_irq_enable(void)
{
	asm volatile("cpsie i" ::: "memory");
}

static inline void arch_local_irq_disable(void)
{
	asm volatile("cpsid i" ::: "memory");
}

static inline unsigned long arch_local_save_flags(void)
{
	unsigned long flags;

	asm volatile("mrs %0, cpsr" : "=r" (flags) :: "memory");
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
	unsigned long flags;

	asm volatile("mrs %0, cpsr\n\tcpsid i" : "=r" (flags) :: "memory");
	return flags;
}

static inline void arch_local_irq_restore(unsigned long flags)
{
	asm volatile("msr cpsr_c, %0" :: "r" (flags) : "memory");
}

#define local_irq_enable()	arch_local_irq_enable()
#define local_irq_disable()	arch_local_irq_disable()
#define irqs_disabled()		arch_irqs_disabled()
#define irqs_disabled_flags(f)	arch_irqs_disabled_flags(f)
#define local_irq_save(flags)	((flags) = arch_local_irq_save())
#define local_irq_restore(flags) arch_local_irq_restore(flags)
#define local_save_flags(flags)	((flags) = arch_local_save_flags())

#endif

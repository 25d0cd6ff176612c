/* SPDX-License-Identifier: GPL-2.0 */
/* The interrupt stack and the registers of the interrupted context. */
#ifndef __ASM_IRQ_H
#define __ASM_IRQ_H

#include <asm/thread_info.h>

/* SPARSE_IRQ: nr_irqs starts at NR_IRQS and grows as numbers are allocated past it. */
#define NR_IRQS			64

#define IRQ_STACK_SIZE		THREAD_SIZE

#ifndef __ASSEMBLY__
struct pt_regs;

extern unsigned long irq_stack[IRQ_STACK_SIZE / sizeof(unsigned long)];

/* entry.S: run func(regs) on the interrupt stack. */
void call_on_irq_stack(struct pt_regs *regs, void (*func)(struct pt_regs *));

static inline bool on_irq_stack(unsigned long sp, unsigned long size)
{
	unsigned long low = (unsigned long)irq_stack;

	return sp >= low && sp + size <= low + IRQ_STACK_SIZE;
}

/* The registers the current interrupt interrupted (the tick asks: user or kernel?). */
extern struct pt_regs *__irq_regs;

static inline struct pt_regs *get_irq_regs(void)
{
	return __irq_regs;
}

static inline struct pt_regs *set_irq_regs(struct pt_regs *new_regs)
{
	struct pt_regs *old = __irq_regs;

	__irq_regs = new_regs;
	return old;
}

void init_IRQ(void);
#endif

#endif

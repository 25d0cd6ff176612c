/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Around a chained handler, as Linux's: the parent's chip ends the
 * interrupt afterwards (EOI), or masks and acknowledges it before and
 * unmasks it after.
 */
#ifndef __IRQCHIP_CHAINED_IRQ_H
#define __IRQCHIP_CHAINED_IRQ_H

#include <linux/irq.h>

static inline void chained_irq_enter(struct irq_chip *chip, struct irq_desc *desc)
{
	if (chip->irq_eoi)
		return;
	if (chip->irq_mask)
		chip->irq_mask(&desc->irq_data);
	if (chip->irq_ack)
		chip->irq_ack(&desc->irq_data);
}

static inline void chained_irq_exit(struct irq_chip *chip, struct irq_desc *desc)
{
	if (chip->irq_eoi)
		chip->irq_eoi(&desc->irq_data);
	else if (chip->irq_unmask)
		chip->irq_unmask(&desc->irq_data);
}

#endif

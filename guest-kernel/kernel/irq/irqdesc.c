// SPDX-License-Identifier: GPL-2.0
/*
 * Interrupt descriptors: one struct irq_desc per Linux interrupt number,
 * allocated as controllers map their hardware interrupts (number 0 is
 * never used: it means "no interrupt"), and the entry from the root
 * handler into a descriptor's flow handler.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <linux/irqdomain.h>

int nr_irqs = NR_IRQS;
unsigned long irq_err_count;

static struct irq_desc irq_desc[NR_IRQS];
static bool allocated[NR_IRQS];

void __init early_irq_init(void)
{
	int i;

	for (i = 0; i < NR_IRQS; i++) {
		irq_desc[i].irq_data.irq = i;
		irq_desc[i].handle_irq = handle_bad_irq;
		irq_desc[i].depth = 1;
		irq_desc[i].status_use_accessors = IRQ_NOREQUEST | IRQ_NOPROBE;
		irq_desc[i].irq_data.state = IRQD_IRQ_DISABLED | IRQD_IRQ_MASKED;
	}
	pr_info("NR_IRQS: %d, nr_irqs: %d, preallocated irqs: %d\n",
		NR_IRQS, nr_irqs, 0);
}

struct irq_desc *irq_to_desc(unsigned int irq)
{
	return irq < NR_IRQS && allocated[irq] ? &irq_desc[irq] : NULL;
}

struct irq_data *irq_get_irq_data(unsigned int irq)
{
	struct irq_desc *desc = irq_to_desc(irq);

	return desc ? &desc->irq_data : NULL;
}

/* The lowest free interrupt number at or above from, or -ENOSPC. */
int irq_alloc_desc_from(unsigned int from)
{
	unsigned int i;

	for (i = from ?: 1; i < NR_IRQS; i++) {
		if (!allocated[i]) {
			allocated[i] = true;
			return i;
		}
	}
	return -ENOSPC;
}

unsigned int kstat_irqs_cpu(unsigned int irq, int cpu)
{
	struct irq_desc *desc = irq_to_desc(irq);

	return desc ? desc->kstat_irqs : 0;
}

unsigned int kstat_irqs_usr(unsigned int irq)
{
	return kstat_irqs_cpu(irq, 0);
}

int generic_handle_irq(unsigned int irq)
{
	struct irq_desc *desc = irq_to_desc(irq);

	if (!desc)
		return -EINVAL;
	desc->handle_irq(desc);
	return 0;
}

/* From the root handler: the interrupt hwirq of domain came in. */
int generic_handle_domain_irq(struct irq_domain *domain, unsigned long hwirq)
{
	unsigned int irq = irq_find_mapping(domain, hwirq);

	if (!irq)
		return -EINVAL;
	return generic_handle_irq(irq);
}

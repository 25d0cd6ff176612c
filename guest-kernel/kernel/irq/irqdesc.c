// SPDX-License-Identifier: GPL-2.0
/*
 * Interrupt descriptors: one struct irq_desc per Linux interrupt number,
 * allocated as controllers map their hardware interrupts (number 0 is
 * never used: it means "no interrupt"), and the entry from the root
 * handler into a descriptor's flow handler. As Linux's with SPARSE_IRQ:
 * nr_irqs starts at NR_IRQS (arm64: 64, none preallocated; arm: the 16
 * legacy numbers, all preallocated) and grows to the highest number
 * allocated + 1, which /proc/stat and /proc/interrupts go up to.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <linux/irqdomain.h>
#include <linux/slab.h>

int nr_irqs = NR_IRQS;
unsigned long irq_err_count;

/* SPARSE_IRQ: a descriptor per allocated number, made when it is allocated. */
static struct irq_desc *irq_descs[IRQ_BITMAP_BITS];
static unsigned long allocated_irqs[BITS_TO_LONGS(IRQ_BITMAP_BITS)];

/* How many numbers to preallocate; the architecture may change nr_irqs too. */
int __init __weak arch_probe_nr_irqs(void)
{
	return NR_IRQS_LEGACY;
}

static struct irq_desc *alloc_desc(unsigned int irq)
{
	struct irq_desc *desc = kzalloc(sizeof(*desc), GFP_KERNEL);

	if (!desc)
		return NULL;
	desc->irq_data.irq = irq;
	desc->handle_irq = handle_bad_irq;
	desc->depth = 1;
	desc->status_use_accessors = IRQ_NOREQUEST | IRQ_NOPROBE;
	desc->irq_data.state = IRQD_IRQ_DISABLED | IRQD_IRQ_MASKED;
	return desc;
}

void __init early_irq_init(void)
{
	int i, initcnt = arch_probe_nr_irqs();

	pr_info("NR_IRQS: %d, nr_irqs: %d, preallocated irqs: %d\n",
		NR_IRQS, nr_irqs, initcnt);
	if (initcnt > nr_irqs)
		nr_irqs = initcnt;
	for (i = 0; i < initcnt; i++) {
		irq_descs[i] = alloc_desc(i);
		set_bit(i, allocated_irqs);
	}
}

struct irq_desc *irq_to_desc(unsigned int irq)
{
	return irq < IRQ_BITMAP_BITS ? irq_descs[irq] : NULL;
}

struct irq_data *irq_get_irq_data(unsigned int irq)
{
	struct irq_desc *desc = irq_to_desc(irq);

	return desc ? &desc->irq_data : NULL;
}

/* nr_irqs grows to take in a number allocated past it, as Linux's irq_expand_nr_irqs(). */
static int irq_expand_nr_irqs(unsigned int nr)
{
	if (nr > IRQ_BITMAP_BITS)
		return -ENOMEM;
	nr_irqs = nr;
	return 0;
}

/*
 * The lowest free interrupt number at or above from (0 is never
 * given), with its descriptor; -ENOMEM when there is none.
 */
int irq_alloc_desc_from(unsigned int from)
{
	unsigned int start = find_next_zero_bit(allocated_irqs, IRQ_BITMAP_BITS, from ?: 1);

	if (start + 1 > nr_irqs && irq_expand_nr_irqs(start + 1))
		return -ENOMEM;
	irq_descs[start] = alloc_desc(start);
	if (!irq_descs[start])
		return -ENOMEM;
	set_bit(start, allocated_irqs);
	return start;
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

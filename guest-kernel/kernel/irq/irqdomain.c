// SPDX-License-Identifier: GPL-2.0
/*
 * IRQ domains: each interrupt controller maps its hardware interrupt
 * numbers to Linux interrupt numbers as they are first asked for, from
 * device tree interrupt specifiers (the controller's xlate), in the
 * order drivers ask (so the numbers follow probe order, as on Linux).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/irq.h>
#include <linux/irqdomain.h>
#include <linux/slab.h>

#define MAX_DOMAINS	2

static struct irq_domain *domains[MAX_DOMAINS];
static struct irq_domain *irq_default_domain;

struct irq_domain *irq_domain_add_linear(int of_node, unsigned int size,
					 const struct irq_domain_ops *ops, void *host_data)
{
	struct irq_domain *d = kzalloc(sizeof(*d), GFP_KERNEL);
	int i;

	if (!d)
		return NULL;
	d->revmap = kzalloc(size * sizeof(*d->revmap), GFP_KERNEL);
	if (!d->revmap) {
		kfree(d);
		return NULL;
	}
	d->ops = ops;
	d->host_data = host_data;
	d->of_node = of_node;
	d->revmap_size = size;
	for (i = 0; i < MAX_DOMAINS; i++) {
		if (!domains[i]) {
			domains[i] = d;
			break;
		}
	}
	return d;
}

void irq_set_default_host(struct irq_domain *domain)
{
	irq_default_domain = domain;
}

struct irq_domain *irq_find_host(int of_node)
{
	int i;

	for (i = 0; i < MAX_DOMAINS; i++)
		if (domains[i] && domains[i]->of_node == of_node)
			return domains[i];
	return irq_default_domain;
}

unsigned int irq_find_mapping(struct irq_domain *domain, unsigned long hwirq)
{
	if (!domain || hwirq >= domain->revmap_size)
		return 0;
	return domain->revmap[hwirq];
}

/* The Linux interrupt number for hwirq, made the first time (0: failure). */
unsigned int irq_create_mapping(struct irq_domain *domain, unsigned long hwirq)
{
	struct irq_desc *desc;
	int virq;

	if (!domain || hwirq >= domain->revmap_size)
		return 0;
	if (domain->revmap[hwirq])
		return domain->revmap[hwirq];
	virq = irq_alloc_desc_from(1);
	if (virq < 0)
		return 0;
	desc = irq_to_desc(virq);
	desc->irq_data.hwirq = hwirq;
	desc->irq_data.domain = domain;
	if (domain->ops->map && domain->ops->map(domain, virq, hwirq))
		return 0;
	domain->revmap[hwirq] = virq;
	irq_clear_status_flags(virq, IRQ_NOREQUEST);
	return virq;
}

unsigned int irq_create_of_mapping(int controller, const u32 *intspec, unsigned int intsize)
{
	struct irq_domain *domain = irq_find_host(controller);
	unsigned long hwirq;
	unsigned int type = IRQ_TYPE_NONE, virq;

	if (!domain || !domain->ops->xlate ||
	    domain->ops->xlate(domain, intspec, intsize, &hwirq, &type))
		return 0;
	virq = irq_create_mapping(domain, hwirq);
	if (virq && type != IRQ_TYPE_NONE &&
	    type != irqd_get_trigger_type(irq_get_irq_data(virq)))
		irq_set_irq_type(virq, type);
	return virq;
}

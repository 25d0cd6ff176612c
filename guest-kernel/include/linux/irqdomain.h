/* SPDX-License-Identifier: GPL-2.0 */
/*
 * IRQ domains: an interrupt controller's hardware numbers (hwirq) mapped
 * to Linux interrupt numbers, created from device tree specifiers.
 */
#ifndef _LINUX_IRQDOMAIN_H
#define _LINUX_IRQDOMAIN_H

#include <linux/types.h>

struct irq_domain;

struct irq_domain_ops {
	/* A device tree interrupt specifier to a hwirq and a trigger type. */
	int (*xlate)(struct irq_domain *d, const u32 *intspec, unsigned int intsize,
		     unsigned long *out_hwirq, unsigned int *out_type);
	/* Set up a new mapping: chip, handler. */
	int (*map)(struct irq_domain *d, unsigned int virq, unsigned long hw);
};

struct irq_domain {
	const char			*name;
	const struct irq_domain_ops	*ops;
	void				*host_data;
	int				of_node;	/* the controller's device tree node */
	unsigned int			revmap_size;
	unsigned int			*revmap;	/* hwirq -> virq */
};

struct irq_domain *irq_domain_add_linear(int of_node, unsigned int size,
					 const struct irq_domain_ops *ops, void *host_data);
unsigned int irq_create_mapping(struct irq_domain *domain, unsigned long hwirq);
unsigned int irq_find_mapping(struct irq_domain *domain, unsigned long hwirq);
unsigned int irq_create_of_mapping(int controller, const u32 *intspec, unsigned int intsize);
struct irq_domain *irq_find_host(int of_node);
void irq_set_default_host(struct irq_domain *domain);

/* drivers/of/irq.c: the index'th interrupt of a device tree node, mapped. */
unsigned int irq_of_parse_and_map(int node, int index);
int of_irq_count(int node);

#endif

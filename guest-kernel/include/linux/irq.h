/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The generic interrupt layer (kernel/irq/), Linux's names: each Linux
 * interrupt number (virq) has a struct irq_desc with the controller's
 * chip and hardware number (irq_data), a flow handler and the actions
 * drivers requested.
 */
#ifndef _LINUX_IRQ_H
#define _LINUX_IRQ_H

#include <linux/types.h>
#include <linux/interrupt.h>
#include <asm/irq.h>

struct seq_file;
struct irq_desc;
struct irq_domain;
struct pt_regs;

/* NR_IRQS comes from asm/irq.h; nr_irqs starts there and grows (SPARSE_IRQ). */
#ifndef NR_IRQS_LEGACY
#define NR_IRQS_LEGACY		0
#endif
/* Linux's room is NR_IRQS + 8196 numbers; a board of a few devices needs far fewer. */
#define IRQ_BITMAP_BITS		(NR_IRQS + 256)

/* Trigger types, as device trees and request_irq() give them. */
#define IRQ_TYPE_NONE		0x00000000
#define IRQ_TYPE_EDGE_RISING	0x00000001
#define IRQ_TYPE_EDGE_FALLING	0x00000002
#define IRQ_TYPE_EDGE_BOTH	(IRQ_TYPE_EDGE_FALLING | IRQ_TYPE_EDGE_RISING)
#define IRQ_TYPE_LEVEL_HIGH	0x00000004
#define IRQ_TYPE_LEVEL_LOW	0x00000008
#define IRQ_TYPE_LEVEL_MASK	(IRQ_TYPE_LEVEL_LOW | IRQ_TYPE_LEVEL_HIGH)
#define IRQ_TYPE_SENSE_MASK	0x0000000f

/* irq_desc status (irq_settings) */
#define IRQ_LEVEL		(1 << 8)
#define IRQ_PER_CPU		(1 << 9)
#define IRQ_NOREQUEST		(1 << 11)
#define IRQ_NOAUTOEN		(1 << 12)
#define IRQ_NOPROBE		(1 << 10)
#define IRQ_PER_CPU_DEVID	(1 << 17)
#define IRQ_HIDDEN		(1 << 20)

/* irq_data state */
#define IRQD_LEVEL		(1 << 13)
#define IRQD_PER_CPU		(1 << 11)
#define IRQD_IRQ_DISABLED	(1 << 16)
#define IRQD_IRQ_MASKED		(1 << 17)
#define IRQD_IRQ_STARTED	(1 << 22)

struct irq_data {
	unsigned int		irq;
	unsigned long		hwirq;
	struct irq_chip		*chip;
	struct irq_domain	*domain;
	void			*chip_data;
	unsigned int		state;
};

struct irq_chip {
	const char	*name;
	void		(*irq_enable)(struct irq_data *data);
	void		(*irq_disable)(struct irq_data *data);
	void		(*irq_ack)(struct irq_data *data);
	void		(*irq_mask)(struct irq_data *data);
	void		(*irq_unmask)(struct irq_data *data);
	void		(*irq_eoi)(struct irq_data *data);
	int		(*irq_set_type)(struct irq_data *data, unsigned int flow_type);
	void		(*irq_print_chip)(struct irq_data *data, struct seq_file *p);
	unsigned long	flags;
};

typedef void (*irq_flow_handler_t)(struct irq_desc *desc);

struct irq_desc {
	struct irq_data		irq_data;
	unsigned int		kstat_irqs;	/* one CPU */
	irq_flow_handler_t	handle_irq;
	struct irqaction	*action;
	unsigned int		status_use_accessors;
	unsigned int		depth;		/* nested disable_irq() */
	unsigned int		tot_count;
	const char		*name;
	bool			percpu_enabled;
	void			*handler_data;	/* a chained handler's */
};

static inline struct irq_desc *irq_data_to_desc(struct irq_data *data)
{
	return container_of(data, struct irq_desc, irq_data);
}

static inline void *irq_desc_get_handler_data(struct irq_desc *desc)
{
	return desc->handler_data;
}

static inline struct irq_chip *irq_desc_get_chip(struct irq_desc *desc)
{
	return desc->irq_data.chip;
}

/* A flow handler chosen by the chip as the trigger type is set. */
static inline void irq_set_handler_locked(struct irq_data *data, irq_flow_handler_t handler)
{
	irq_data_to_desc(data)->handle_irq = handler;
}

static inline unsigned int irqd_get_trigger_type(struct irq_data *d)
{
	return d->state & IRQ_TYPE_SENSE_MASK;
}

static inline bool irqd_is_level_type(struct irq_data *d)
{
	return d->state & IRQD_LEVEL;
}

static inline void *irq_data_get_irq_chip_data(struct irq_data *d)
{
	return d->chip_data;
}

/* kernel/irq/irqdesc.c */
extern int nr_irqs;
struct irq_desc *irq_to_desc(unsigned int irq);
struct irq_data *irq_get_irq_data(unsigned int irq);
unsigned int kstat_irqs_cpu(unsigned int irq, int cpu);
unsigned int kstat_irqs_usr(unsigned int irq);
int irq_alloc_desc_from(unsigned int from);
int arch_probe_nr_irqs(void);
void early_irq_init(void);
int generic_handle_irq(unsigned int irq);
int generic_handle_domain_irq(struct irq_domain *domain, unsigned long hwirq);
extern unsigned long irq_err_count;

/* kernel/irq/chip.c */
void irq_set_chip_and_handler_name(unsigned int irq, struct irq_chip *chip,
				   irq_flow_handler_t handle, const char *name);
void irq_set_chip_data(unsigned int irq, void *data);
int irq_set_irq_type(unsigned int irq, unsigned int type);
void irq_set_status_flags(unsigned int irq, unsigned long set);
void irq_clear_status_flags(unsigned int irq, unsigned long clr);
int irq_set_percpu_devid(unsigned int irq);
void handle_fasteoi_irq(struct irq_desc *desc);
void handle_percpu_devid_irq(struct irq_desc *desc);
void handle_bad_irq(struct irq_desc *desc);
void handle_edge_irq(struct irq_desc *desc);
void handle_level_irq(struct irq_desc *desc);
void irq_set_chained_handler_and_data(unsigned int irq, irq_flow_handler_t handle, void *data);
bool irq_desc_is_chained(struct irq_desc *desc);
int irq_startup(struct irq_desc *desc);
void irq_shutdown(struct irq_desc *desc);
void irq_enable(struct irq_desc *desc);
void irq_disable(struct irq_desc *desc);
int __irq_set_trigger(struct irq_desc *desc, unsigned long flags);

/* kernel/irq/handle.c */
irqreturn_t handle_irq_event(struct irq_desc *desc);
int set_handle_irq(void (*handle_irq)(struct pt_regs *));
extern void (*handle_arch_irq)(struct pt_regs *);

/* kernel/irq/proc.c */
int show_interrupts(struct seq_file *p, void *v);
int arch_show_interrupts(struct seq_file *p, int prec);

#endif

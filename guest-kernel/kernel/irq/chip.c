// SPDX-License-Identifier: GPL-2.0
/*
 * Flow handlers and the glue to an interrupt controller's chip: how an
 * interrupt is masked, unmasked and ended around its actions.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/irq.h>
#include <asm/irqflags.h>

void irq_set_chip_and_handler_name(unsigned int irq, struct irq_chip *chip,
				   irq_flow_handler_t handle, const char *name)
{
	struct irq_desc *desc = irq_to_desc(irq);

	if (!desc)
		return;
	desc->irq_data.chip = chip;
	desc->handle_irq = handle ?: handle_bad_irq;
	desc->name = name;
}

void irq_set_chip_data(unsigned int irq, void *data)
{
	struct irq_desc *desc = irq_to_desc(irq);

	if (desc)
		desc->irq_data.chip_data = data;
}

void irq_set_status_flags(unsigned int irq, unsigned long set)
{
	struct irq_desc *desc = irq_to_desc(irq);

	if (desc)
		desc->status_use_accessors |= set;
}

void irq_clear_status_flags(unsigned int irq, unsigned long clr)
{
	struct irq_desc *desc = irq_to_desc(irq);

	if (desc)
		desc->status_use_accessors &= ~clr;
}

/* An interrupt every CPU has its own copy of (the timer's PPI). */
int irq_set_percpu_devid(unsigned int irq)
{
	irq_set_status_flags(irq, IRQ_NOAUTOEN | IRQ_PER_CPU | IRQ_NOPROBE |
			     IRQ_PER_CPU_DEVID);
	return irq_to_desc(irq) ? 0 : -EINVAL;
}

int __irq_set_trigger(struct irq_desc *desc, unsigned long flags)
{
	struct irq_chip *chip = desc->irq_data.chip;
	int ret = 0;

	flags &= IRQ_TYPE_SENSE_MASK;
	if (chip && chip->irq_set_type)
		ret = chip->irq_set_type(&desc->irq_data, flags);
	if (ret)
		return ret;
	desc->irq_data.state &= ~(IRQ_TYPE_SENSE_MASK | IRQD_LEVEL);
	desc->irq_data.state |= flags;
	if (flags & IRQ_TYPE_LEVEL_MASK)
		desc->irq_data.state |= IRQD_LEVEL;
	return 0;
}

int irq_set_irq_type(unsigned int irq, unsigned int type)
{
	struct irq_desc *desc = irq_to_desc(irq);

	return desc ? __irq_set_trigger(desc, type) : -EINVAL;
}

static void mask_irq(struct irq_desc *desc)
{
	if (desc->irq_data.state & IRQD_IRQ_MASKED)
		return;
	if (desc->irq_data.chip->irq_mask)
		desc->irq_data.chip->irq_mask(&desc->irq_data);
	desc->irq_data.state |= IRQD_IRQ_MASKED;
}

static void unmask_irq(struct irq_desc *desc)
{
	if (!(desc->irq_data.state & IRQD_IRQ_MASKED))
		return;
	if (desc->irq_data.chip->irq_unmask)
		desc->irq_data.chip->irq_unmask(&desc->irq_data);
	desc->irq_data.state &= ~IRQD_IRQ_MASKED;
}

void irq_enable(struct irq_desc *desc)
{
	desc->irq_data.state &= ~IRQD_IRQ_DISABLED;
	if (desc->irq_data.chip->irq_enable)
		desc->irq_data.chip->irq_enable(&desc->irq_data);
	unmask_irq(desc);
}

void irq_disable(struct irq_desc *desc)
{
	desc->irq_data.state |= IRQD_IRQ_DISABLED;
	mask_irq(desc);
}

int irq_startup(struct irq_desc *desc)
{
	desc->depth = 0;
	desc->irq_data.state |= IRQD_IRQ_STARTED;
	irq_enable(desc);
	return 0;
}

void irq_shutdown(struct irq_desc *desc)
{
	desc->irq_data.state &= ~IRQD_IRQ_STARTED;
	desc->depth = 1;
	irq_disable(desc);
}

/*
 * Interrupt controllers with an end-of-interrupt (the GIC): run the
 * actions, then end the interrupt. One with no action, or disabled,
 * is masked and left pending.
 */
void handle_fasteoi_irq(struct irq_desc *desc)
{
	struct irq_chip *chip = desc->irq_data.chip;

	if (!desc->action || (desc->irq_data.state & IRQD_IRQ_DISABLED)) {
		mask_irq(desc);
		goto out;
	}
	desc->kstat_irqs++;
	desc->tot_count++;
	handle_irq_event(desc);
out:
	chip->irq_eoi(&desc->irq_data);
}

/* An interrupt of this CPU's own (PPI): its one action gets the per-cpu cookie. */
void handle_percpu_devid_irq(struct irq_desc *desc)
{
	struct irq_chip *chip = desc->irq_data.chip;
	struct irqaction *action = desc->action;
	unsigned int irq = desc->irq_data.irq;
	static bool warned;

	desc->kstat_irqs++;
	desc->tot_count++;
	if (action) {
		action->handler(irq, action->percpu_dev_id);
	} else {
		bool enabled = desc->percpu_enabled;

		if (enabled) {
			mask_irq(desc);
			desc->percpu_enabled = false;
		}
		if (!warned) {
			warned = true;
			pr_err("Spurious%s percpu IRQ%u on CPU%u\n",
			       enabled ? " and unmasked" : "", irq, 0);
		}
	}
	if (chip->irq_eoi)
		chip->irq_eoi(&desc->irq_data);
}

static void mask_ack_irq(struct irq_desc *desc)
{
	mask_irq(desc);
	if (desc->irq_data.chip->irq_ack)
		desc->irq_data.chip->irq_ack(&desc->irq_data);
}

/*
 * Edge-triggered interrupts (a GPIO line's): acknowledged before the
 * actions run, so an edge during them is not lost. One with no action,
 * or disabled, is masked and acknowledged.
 */
void handle_edge_irq(struct irq_desc *desc)
{
	if (!desc->action || (desc->irq_data.state & IRQD_IRQ_DISABLED)) {
		mask_ack_irq(desc);
		return;
	}
	desc->kstat_irqs++;
	desc->tot_count++;
	if (desc->irq_data.chip->irq_ack)
		desc->irq_data.chip->irq_ack(&desc->irq_data);
	handle_irq_event(desc);
}

/* Level-triggered interrupts: masked while the actions run, unmasked after. */
void handle_level_irq(struct irq_desc *desc)
{
	mask_ack_irq(desc);
	if (!desc->action || (desc->irq_data.state & IRQD_IRQ_DISABLED))
		return;
	desc->kstat_irqs++;
	desc->tot_count++;
	handle_irq_event(desc);
	if (!(desc->irq_data.state & IRQD_IRQ_DISABLED))
		unmask_irq(desc);
}

/* What a chained interrupt's action is: nobody may request it. */
static irqreturn_t bad_chained_irq(int irq, void *dev_id)
{
	WARN_ONCE(1, "Chained irq %d should not call an action\n", irq);
	return IRQ_NONE;
}

static struct irqaction chained_action = {
	.handler = bad_chained_irq,
	.name = "chained-irq",
};

bool irq_desc_is_chained(struct irq_desc *desc)
{
	return desc->action == &chained_action;
}

/*
 * A demultiplexer's parent interrupt (a GPIO controller's line to the
 * GIC): its handler runs in place of a flow handler and hands on the
 * child interrupts. It is started at once and cannot be requested.
 */
void irq_set_chained_handler_and_data(unsigned int irq, irq_flow_handler_t handle, void *data)
{
	struct irq_desc *desc = irq_to_desc(irq);
	unsigned long flags;

	if (!desc)
		return;
	local_irq_save(flags);
	desc->handler_data = data;
	desc->handle_irq = handle;
	desc->action = &chained_action;
	desc->status_use_accessors |= IRQ_NOREQUEST | IRQ_NOPROBE;
	irq_startup(desc);
	local_irq_restore(flags);
}

/* An interrupt nobody set up: arm64's ack_bad_irq() counts it as an error. */
void handle_bad_irq(struct irq_desc *desc)
{
	desc->kstat_irqs++;
	irq_err_count++;
}

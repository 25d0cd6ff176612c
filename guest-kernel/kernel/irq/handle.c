// SPDX-License-Identifier: GPL-2.0
/* Running an interrupt's actions, and the architecture's root handler. */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/irq.h>
#include <asm/irqflags.h>

void (*handle_arch_irq)(struct pt_regs *);

int set_handle_irq(void (*handle_irq)(struct pt_regs *))
{
	if (handle_arch_irq)
		return -EBUSY;
	handle_arch_irq = handle_irq;
	pr_info("Root IRQ handler: %ps\n", handle_irq);
	return 0;
}

irqreturn_t handle_irq_event(struct irq_desc *desc)
{
	unsigned int irq = desc->irq_data.irq;
	irqreturn_t retval = IRQ_NONE;
	struct irqaction *action;

	for (action = desc->action; action; action = action->next) {
		irqreturn_t res = action->handler(irq, action->dev_id);

		if (WARN_ONCE(!irqs_disabled(), "irq %u handler %pS enabled interrupts\n",
			      irq, action->handler))
			local_irq_disable();
		retval |= res;
	}
	return retval;
}

// SPDX-License-Identifier: GPL-2.0
/*
 * Drivers' side of interrupts: request_irq() and free_irq(), per-cpu
 * interrupts, enable_irq()/disable_irq(), as Linux's kernel/irq/manage.c
 * behaves: same checks, errors and warnings. One CPU: no handler can be
 * running elsewhere, so synchronize_irq() has nothing to wait for.
 * Threaded handlers need kernel threads, which this kernel has not.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/irq.h>
#include <linux/slab.h>
#include <asm/irqflags.h>

static int __setup_irq(unsigned int irq, struct irq_desc *desc, struct irqaction *new)
{
	struct irqaction **p = &desc->action, *old = *p;
	unsigned long flags;
	int ret;

	if (old) {
		unsigned int oldtype = irqd_get_trigger_type(&desc->irq_data);

		if (!((old->flags & new->flags) & IRQF_SHARED) ||
		    (oldtype != (new->flags & IRQF_TRIGGER_MASK) &&
		     (new->flags & IRQF_TRIGGER_MASK)) ||
		    ((old->flags ^ new->flags) & IRQF_ONESHOT)) {
			if (!(new->flags & IRQF_PROBE_SHARED))
				pr_err("Flags mismatch irq %d. %08x (%s) vs. %08x (%s)\n",
				       irq, new->flags, new->name, old->flags, old->name);
			return -EBUSY;
		}
		while (*p)
			p = &(*p)->next;
	}
	local_irq_save(flags);
	if (!old) {
		if (new->flags & IRQF_TRIGGER_MASK) {
			ret = __irq_set_trigger(desc, new->flags & IRQF_TRIGGER_MASK);
			if (ret) {
				local_irq_restore(flags);
				return ret;
			}
		}
		*p = new;
		if (!(desc->status_use_accessors & IRQ_NOAUTOEN) &&
		    !(new->flags & IRQF_NO_AUTOEN))
			irq_startup(desc);
	} else {
		*p = new;
	}
	local_irq_restore(flags);
	return 0;
}

int request_threaded_irq(unsigned int irq, irq_handler_t handler, irq_handler_t thread_fn,
			 unsigned long irqflags, const char *devname, void *dev_id)
{
	struct irq_desc *desc;
	struct irqaction *action;
	int ret;

	if (((irqflags & IRQF_SHARED) && !dev_id) ||
	    ((irqflags & IRQF_SHARED) && (irqflags & IRQF_NO_AUTOEN)) ||
	    (!(irqflags & IRQF_SHARED) && (irqflags & IRQF_COND_SUSPEND)) ||
	    ((irqflags & IRQF_NO_SUSPEND) && (irqflags & IRQF_COND_SUSPEND)))
		return -EINVAL;
	desc = irq_to_desc(irq);
	if (!desc)
		return -EINVAL;
	if ((desc->status_use_accessors & IRQ_NOREQUEST) ||
	    WARN_ON(desc->status_use_accessors & IRQ_PER_CPU_DEVID))
		return -EINVAL;
	if (!handler && !thread_fn)
		return -EINVAL;
	if (thread_fn) {
		pr_err("genirq: irq %u (%s): threaded handlers need kernel threads, not available\n",
		       irq, devname);
		return -ENOSYS;
	}
	action = kzalloc(sizeof(*action), GFP_KERNEL);
	if (!action)
		return -ENOMEM;
	action->handler = handler;
	action->flags = irqflags;
	action->name = devname;
	action->dev_id = dev_id;
	action->irq = irq;
	ret = __setup_irq(irq, desc, action);
	if (ret)
		kfree(action);
	return ret;
}
EXPORT_SYMBOL(request_threaded_irq);

const void *free_irq(unsigned int irq, void *dev_id)
{
	struct irq_desc *desc = irq_to_desc(irq);
	struct irqaction **p, *action;
	const char *devname;
	unsigned long flags;

	if (!desc || WARN_ON(desc->status_use_accessors & IRQ_PER_CPU_DEVID))
		return NULL;
	local_irq_save(flags);
	for (p = &desc->action; (action = *p); p = &action->next)
		if (action->dev_id == dev_id)
			break;
	if (!action) {
		local_irq_restore(flags);
		WARN(1, "Trying to free already-free IRQ %d\n", irq);
		return NULL;
	}
	*p = action->next;
	if (!desc->action)
		irq_shutdown(desc);
	local_irq_restore(flags);
	devname = action->name;
	kfree(action);
	return devname;
}
EXPORT_SYMBOL(free_irq);

int request_percpu_irq(unsigned int irq, irq_handler_t handler, const char *devname,
		       void __percpu *dev_id)
{
	struct irq_desc *desc = irq_to_desc(irq);
	struct irqaction *action;
	int ret;

	if (!dev_id || !desc || !(desc->status_use_accessors & IRQ_PER_CPU_DEVID))
		return -EINVAL;
	action = kzalloc(sizeof(*action), GFP_KERNEL);
	if (!action)
		return -ENOMEM;
	action->handler = handler;
	action->flags = IRQF_PERCPU | IRQF_NO_SUSPEND;
	action->name = devname;
	action->percpu_dev_id = dev_id;
	action->irq = irq;
	ret = __setup_irq(irq, desc, action);
	if (ret)
		kfree(action);
	return ret;
}

void enable_percpu_irq(unsigned int irq, unsigned int type)
{
	struct irq_desc *desc = irq_to_desc(irq);
	unsigned long flags;

	if (!desc)
		return;
	local_irq_save(flags);
	type &= IRQ_TYPE_SENSE_MASK;
	if (type == IRQ_TYPE_NONE)
		type = irqd_get_trigger_type(&desc->irq_data);
	if (type != IRQ_TYPE_NONE && __irq_set_trigger(desc, type)) {
		WARN(1, "failed to set type for IRQ%d\n", irq);
		goto out;
	}
	irq_enable(desc);
	desc->percpu_enabled = true;
out:
	local_irq_restore(flags);
}

void disable_percpu_irq(unsigned int irq)
{
	struct irq_desc *desc = irq_to_desc(irq);
	unsigned long flags;

	if (!desc)
		return;
	local_irq_save(flags);
	irq_disable(desc);
	desc->percpu_enabled = false;
	local_irq_restore(flags);
}

void disable_irq_nosync(unsigned int irq)
{
	struct irq_desc *desc = irq_to_desc(irq);
	unsigned long flags;

	if (!desc)
		return;
	local_irq_save(flags);
	if (!desc->depth++)
		irq_disable(desc);
	local_irq_restore(flags);
}
EXPORT_SYMBOL(disable_irq_nosync);

void disable_irq(unsigned int irq)
{
	disable_irq_nosync(irq);
	synchronize_irq(irq);
}
EXPORT_SYMBOL(disable_irq);

void enable_irq(unsigned int irq)
{
	struct irq_desc *desc = irq_to_desc(irq);
	unsigned long flags;

	if (!desc)
		return;
	local_irq_save(flags);
	if (WARN(!desc->irq_data.chip, KERN_ERR "enable_irq before setup/request_irq: irq %u\n", irq))
		goto out;
	switch (desc->depth) {
	case 0:
		WARN(1, KERN_WARNING "Unbalanced enable for IRQ %d\n", irq);
		break;
	case 1:
		desc->depth = 0;
		irq_enable(desc);
		break;
	default:
		desc->depth--;
	}
out:
	local_irq_restore(flags);
}
EXPORT_SYMBOL(enable_irq);

void synchronize_irq(unsigned int irq)
{
}
EXPORT_SYMBOL(synchronize_irq);

/* The GIC needs nothing to wake the system (IRQCHIP_SKIP_SET_WAKE). */
int irq_set_irq_wake(unsigned int irq, unsigned int on)
{
	return irq_to_desc(irq) ? 0 : -EINVAL;
}
EXPORT_SYMBOL(irq_set_irq_wake);

// SPDX-License-Identifier: GPL-2.0
/* /proc/interrupts, one line per interrupt with an action, in Linux's format. */
#include <linux/kernel.h>
#include <linux/irq.h>
#include <linux/irqdomain.h>
#include <linux/seq_file.h>
#include <asm/irqflags.h>

int show_interrupts(struct seq_file *p, void *v)
{
	static int prec;
	int i = *(loff_t *)v, j;
	struct irqaction *action;
	struct irq_desc *desc;
	unsigned long flags;

	if (i > nr_irqs)
		return 0;
	if (i == nr_irqs)
		return arch_show_interrupts(p, prec);
	if (i == 0) {
		for (prec = 3, j = 1000; prec < 10 && j <= nr_irqs; ++prec)
			j *= 10;
		seq_printf(p, "%*s", prec + 8, "");
		seq_printf(p, "CPU%-8d", 0);
		seq_putc(p, '\n');
	}
	desc = irq_to_desc(i);
	if (!desc || (desc->status_use_accessors & IRQ_HIDDEN))
		return 0;
	local_irq_save(flags);
	if ((!desc->action || irq_desc_is_chained(desc)) && !desc->kstat_irqs)
		goto out;
	seq_printf(p, "%*d: ", prec, i);
	seq_printf(p, "%10u ", desc->kstat_irqs);
	if (desc->irq_data.chip) {
		if (desc->irq_data.chip->irq_print_chip)
			desc->irq_data.chip->irq_print_chip(&desc->irq_data, p);
		else if (desc->irq_data.chip->name)
			seq_printf(p, " %8s", desc->irq_data.chip->name);
		else
			seq_printf(p, " %8s", "-");
	} else {
		seq_printf(p, " %8s", "None");
	}
	if (desc->irq_data.domain)
		seq_printf(p, " %*lu", prec, desc->irq_data.hwirq);
	else
		seq_printf(p, " %*s", prec, "");
	seq_printf(p, " %-8s", irqd_is_level_type(&desc->irq_data) ? "Level" : "Edge");
	if (desc->name)
		seq_printf(p, "-%-8s", desc->name);
	action = desc->action;
	if (action) {
		seq_printf(p, "  %s", action->name);
		while ((action = action->next) != NULL)
			seq_printf(p, ", %s", action->name);
	}
	seq_putc(p, '\n');
out:
	local_irq_restore(flags);
	return 0;
}

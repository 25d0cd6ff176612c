// SPDX-License-Identifier: GPL-2.0
/*
 * arm64 interrupt setup: the interrupt stack, the interrupt controller
 * from the device tree (init_IRQ(), as irqchip_init() finds the GIC),
 * and the architecture's lines at the end of /proc/interrupts.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <linux/of_fdt.h>
#include <linux/seq_file.h>
#include <asm/irq.h>

unsigned long irq_stack[IRQ_STACK_SIZE / sizeof(unsigned long)] __aligned(16);
struct pt_regs *__irq_regs;

int gic_of_init(int node);

void __init init_IRQ(void)
{
	int node = of_flat_dt_find_compatible("arm,cortex-a15-gic");

	if (node < 0 || gic_of_init(node))
		panic("No interrupt controller found.");
	if (!handle_arch_irq)
		panic("No interrupt controller found.");
}

/* The inter-processor interrupts arm64 Linux lists (one CPU: never sent). */
static const char *ipi_types[] = {
	"Rescheduling interrupts",
	"Function call interrupts",
	"CPU stop interrupts",
	"CPU stop (for crash dump) interrupts",
	"Timer broadcast interrupts",
	"IRQ work interrupts",
	"CPU wake-up interrupts",
};

int arch_show_interrupts(struct seq_file *p, int prec)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(ipi_types); i++) {
		seq_printf(p, "%*s%u:%s", prec - 1, "IPI", i, prec >= 4 ? " " : "");
		seq_printf(p, "%10u ", kstat_irqs_cpu(i + 1, 0));
		seq_printf(p, "      %s\n", ipi_types[i]);
	}
	seq_printf(p, "%*s: %10lu\n", prec, "Err", irq_err_count);
	return 0;
}

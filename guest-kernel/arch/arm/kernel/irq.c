// SPDX-License-Identifier: GPL-2.0
/*
 * Interrupts: the GIC from the device tree, the interrupt stack, and the
 * IRQ vector's C side (from user space and from the kernel).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/hardirq.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/of_fdt.h>
#include <linux/seq_file.h>
#include <asm/irq.h>
#include <asm/stack_pointer.h>

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

/* The inter-processor interrupts Linux/arm lists (one CPU: never sent). */
static const char *ipi_types[] = {
	"CPU wakeup interrupts",
	"Timer broadcast interrupts",
	"Rescheduling interrupts",
	"Function call interrupts",
	"CPU stop interrupts",
	"IRQ work interrupts",
	"completion interrupts",
};

int arch_show_interrupts(struct seq_file *p, int prec)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(ipi_types); i++) {
		seq_printf(p, "%*s%u: ", prec - 1, "IPI", i);
		seq_printf(p, "%10u ", 0);
		seq_printf(p, " %s\n", ipi_types[i]);
	}
	seq_printf(p, "%*s: %10lu\n", prec, "Err", irq_err_count);
	return 0;
}

static bool on_thread_stack(void)
{
	unsigned long sp = current_stack_pointer;
	unsigned long low = (unsigned long)task_stack_page(current);

	return sp >= low && sp < low + THREAD_SIZE;
}

static void arm_irq(struct pt_regs *regs)
{
	struct pt_regs *old_regs = set_irq_regs(regs);

	irq_enter();
	if (on_thread_stack())
		call_on_irq_stack(regs, handle_arch_irq);
	else
		handle_arch_irq(regs);
	irq_exit();
	set_irq_regs(old_regs);
}

asmlinkage void __irq_usr(struct pt_regs *regs)
{
	arm_irq(regs);
}

asmlinkage void __irq_svc(struct pt_regs *regs)
{
	arm_irq(regs);
}

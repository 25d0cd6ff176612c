// SPDX-License-Identifier: GPL-2.0
/*
 * The ARM Generic Interrupt Controller, version 2 (arm,cortex-a15-gic),
 * as Linux's drivers/irqchip/irq-gic.c drives it on QEMU's virt with one
 * CPU entered at EL1: the distributor routes every shared interrupt to
 * this CPU at the default priority (0xa0), level-triggered until told
 * otherwise; the CPU interface passes priorities above 0xf0; the root
 * handler acknowledges (IAR) and ends (EOIR) each interrupt around its
 * flow handler. Hardware numbers: 0-15 SGIs, 16-31 PPIs, 32+ SPIs.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/io.h>
#include <linux/irq.h>
#include <linux/irqdomain.h>
#include <linux/of_fdt.h>
#include <linux/seq_file.h>
#include <asm/ptrace.h>
#include <asm/sysreg.h>

#define GIC_DIST_CTRL			0x000
#define GIC_DIST_CTR			0x004
#define GIC_DIST_ENABLE_SET		0x100
#define GIC_DIST_ENABLE_CLEAR		0x180
#define GIC_DIST_ACTIVE_CLEAR		0x380
#define GIC_DIST_PRI			0x400
#define GIC_DIST_TARGET			0x800
#define GIC_DIST_CONFIG			0xc00

#define GIC_CPU_CTRL			0x00
#define GIC_CPU_PRIMASK			0x04
#define GIC_CPU_INTACK			0x0c
#define GIC_CPU_EOI			0x10

#define GICD_ENABLE			0x1
#define GICD_DISABLE			0x0
#define GICD_INT_ACTLOW_LVLTRIG		0x0
#define GICD_INT_EN_CLR_X32		0xffffffff
#define GICD_INT_EN_SET_SGI		0x0000ffff
#define GICD_INT_EN_CLR_PPI		0xffff0000
#define GICD_INT_DEF_PRI		0xa0
#define GICD_INT_DEF_PRI_X4		((GICD_INT_DEF_PRI << 24) | (GICD_INT_DEF_PRI << 16) | \
					 (GICD_INT_DEF_PRI << 8) | GICD_INT_DEF_PRI)
#define GICC_ENABLE			0x1
#define GICC_INT_PRI_THRESHOLD		0xf0
#define GICC_IAR_INT_ID_MASK		0x3ff

struct gic_chip_data {
	struct irq_chip chip;
	void __iomem *dist_base;
	void __iomem *cpu_base;
	struct irq_domain *domain;
	unsigned int gic_irqs;
};

static struct gic_chip_data gic_data[1];
static u32 sgi_intid;	/* the last SGI acknowledged, with its source CPU */

static void __iomem *gic_dist_base(struct irq_data *d)
{
	return ((struct gic_chip_data *)irq_data_get_irq_chip_data(d))->dist_base;
}

static void gic_poke_irq(struct irq_data *d, u32 offset)
{
	u32 mask = 1 << (d->hwirq % 32);

	writel(mask, gic_dist_base(d) + offset + (d->hwirq / 32) * 4);
}

static void gic_mask_irq(struct irq_data *d)
{
	gic_poke_irq(d, GIC_DIST_ENABLE_CLEAR);
}

static void gic_unmask_irq(struct irq_data *d)
{
	gic_poke_irq(d, GIC_DIST_ENABLE_SET);
}

static void gic_eoi_irq(struct irq_data *d)
{
	struct gic_chip_data *gic = irq_data_get_irq_chip_data(d);
	u32 hwirq = d->hwirq;

	if (hwirq < 16)
		hwirq = sgi_intid;
	writel(hwirq, gic->cpu_base + GIC_CPU_EOI);
}

/* Two bits per interrupt in GICD_ICFGR: bit 1 set is edge-triggered. */
static int gic_configure_irq(unsigned int irq, unsigned int type, void __iomem *base)
{
	u32 confmask = 0x2 << ((irq % 16) * 2);
	u32 confoff = (irq / 16) * 4;
	u32 val, oldval;

	val = oldval = readl(base + confoff);
	if (type & IRQ_TYPE_LEVEL_MASK)
		val &= ~confmask;
	else if (type & IRQ_TYPE_EDGE_BOTH)
		val |= confmask;
	if (val == oldval)
		return 0;
	writel(val, base + confoff);
	return readl(base + confoff) == val ? 0 : -EINVAL;
}

static int gic_set_type(struct irq_data *d, unsigned int type)
{
	unsigned int gicirq = d->hwirq;
	int ret;

	if (gicirq < 16)
		return type != IRQ_TYPE_EDGE_RISING ? -EINVAL : 0;
	if (gicirq >= 32 && type != IRQ_TYPE_LEVEL_HIGH && type != IRQ_TYPE_EDGE_RISING)
		return -EINVAL;
	ret = gic_configure_irq(gicirq, type, gic_dist_base(d) + GIC_DIST_CONFIG);
	if (ret && gicirq < 32) {
		pr_warn("GIC: PPI%d is secure or misconfigured\n", gicirq - 16);
		ret = 0;
	}
	return ret;
}

static void gic_irq_print_chip(struct irq_data *d, struct seq_file *p)
{
	struct gic_chip_data *gic = irq_data_get_irq_chip_data(d);

	seq_printf(p, "GIC-%d", (int)(gic - &gic_data[0]));
}

static void gic_handle_irq(struct pt_regs *regs)
{
	struct gic_chip_data *gic = &gic_data[0];
	u32 irqstat, irqnr;

	for (;;) {
		irqstat = readl(gic->cpu_base + GIC_CPU_INTACK);
		irqnr = irqstat & GICC_IAR_INT_ID_MASK;
		if (irqnr >= 1020)
			break;
		isb();
		if (irqnr <= 15)
			sgi_intid = irqstat;
		generic_handle_domain_irq(gic->domain, irqnr);
	}
}

static int gic_irq_domain_map(struct irq_domain *d, unsigned int irq, unsigned long hw)
{
	struct gic_chip_data *gic = d->host_data;

	if (hw < 32) {
		irq_set_percpu_devid(irq);
		irq_set_chip_and_handler_name(irq, &gic->chip, handle_percpu_devid_irq, NULL);
	} else {
		irq_set_chip_and_handler_name(irq, &gic->chip, handle_fasteoi_irq, NULL);
		irq_clear_status_flags(irq, IRQ_NOPROBE);
	}
	irq_set_chip_data(irq, gic);
	return 0;
}

/* <type number flags>: type 0 is an SPI (hwirq 32 + n), 1 a PPI (16 + n). */
static int gic_irq_domain_xlate(struct irq_domain *d, const u32 *intspec, unsigned int intsize,
				unsigned long *out_hwirq, unsigned int *out_type)
{
	if (intsize < 3)
		return -EINVAL;
	switch (intspec[0]) {
	case 0:
		*out_hwirq = intspec[1] + 32;
		break;
	case 1:
		*out_hwirq = intspec[1] + 16;
		break;
	default:
		return -EINVAL;
	}
	*out_type = intspec[2] & IRQ_TYPE_SENSE_MASK;
	WARN(*out_type == IRQ_TYPE_NONE, "HW irq %ld has invalid type\n", *out_hwirq);
	return 0;
}

static const struct irq_domain_ops gic_irq_domain_ops = {
	.xlate = gic_irq_domain_xlate,
	.map = gic_irq_domain_map,
};

static void __init gic_dist_init(struct gic_chip_data *gic)
{
	void __iomem *base = gic->dist_base;
	unsigned int gic_irqs = gic->gic_irqs, i;
	u32 cpumask = 0, m;

	writel(GICD_DISABLE, base + GIC_DIST_CTRL);
	/* This CPU's mask, from the banked targets of the private interrupts (0 with one CPU). */
	for (i = 0; i < 32; i += 4) {
		m = readl(base + GIC_DIST_TARGET + i);
		m |= m >> 16;
		m |= m >> 8;
		if (m & 0xff) {
			cpumask = m & 0xff;
			break;
		}
	}
	cpumask |= cpumask << 8;
	cpumask |= cpumask << 16;
	for (i = 32; i < gic_irqs; i += 4)
		writel(cpumask, base + GIC_DIST_TARGET + i);
	for (i = 32; i < gic_irqs; i += 16)
		writel(GICD_INT_ACTLOW_LVLTRIG, base + GIC_DIST_CONFIG + i / 4);
	for (i = 32; i < gic_irqs; i += 4)
		writel(GICD_INT_DEF_PRI_X4, base + GIC_DIST_PRI + i);
	for (i = 32; i < gic_irqs; i += 32) {
		writel(GICD_INT_EN_CLR_X32, base + GIC_DIST_ACTIVE_CLEAR + i / 8);
		writel(GICD_INT_EN_CLR_X32, base + GIC_DIST_ENABLE_CLEAR + i / 8);
	}
	writel(GICD_ENABLE, base + GIC_DIST_CTRL);
}

static void __init gic_cpu_init(struct gic_chip_data *gic)
{
	void __iomem *base = gic->dist_base;
	int i;

	writel(GICD_INT_EN_CLR_X32, base + GIC_DIST_ACTIVE_CLEAR);
	writel(GICD_INT_EN_CLR_PPI, base + GIC_DIST_ENABLE_CLEAR);
	writel(GICD_INT_EN_SET_SGI, base + GIC_DIST_ENABLE_SET);
	for (i = 0; i < 32; i += 4)
		writel(GICD_INT_DEF_PRI_X4, base + GIC_DIST_PRI + i);
	writel(GICC_INT_PRI_THRESHOLD, gic->cpu_base + GIC_CPU_PRIMASK);
	writel(GICC_ENABLE, gic->cpu_base + GIC_CPU_CTRL);
}

/*
 * SGIs 0-7 as Linux numbers 1-8, the first seven the arm64 IPIs (hidden
 * from /proc/interrupts, which lists them as IPI0-6; with one CPU none is
 * ever sent). Allocated first, as on Linux, so the numbers after them match.
 */
static void __init gic_smp_init(struct gic_chip_data *gic)
{
	int i;

	for (i = 0; i < 8; i++) {
		unsigned int irq = irq_create_mapping(gic->domain, i);

		irq_set_status_flags(irq, IRQ_HIDDEN);
	}
}

int __init gic_of_init(int node)
{
	struct gic_chip_data *gic = &gic_data[0];
	u64 base, size;
	u32 gic_irqs;

	if (of_flat_dt_read_reg(node, 0, &base, &size))
		return -ENODEV;
	gic->dist_base = ioremap(base, size);
	if (of_flat_dt_read_reg(node, 1, &base, &size))
		return -ENODEV;
	gic->cpu_base = ioremap(base, size);
	if (!gic->dist_base || !gic->cpu_base)
		return -ENOMEM;
	set_handle_irq(gic_handle_irq);

	gic->chip.name = "GIC";
	gic->chip.irq_mask = gic_mask_irq;
	gic->chip.irq_unmask = gic_unmask_irq;
	gic->chip.irq_eoi = gic_eoi_irq;
	gic->chip.irq_set_type = gic_set_type;
	gic->chip.irq_print_chip = gic_irq_print_chip;

	gic_irqs = ((readl(gic->dist_base + GIC_DIST_CTR) & 0x1f) + 1) * 32;
	gic->gic_irqs = min(gic_irqs, 1020U);
	gic->domain = irq_domain_add_linear(node, gic->gic_irqs, &gic_irq_domain_ops, gic);
	if (!gic->domain)
		return -ENOMEM;
	irq_set_default_host(gic->domain);
	gic_dist_init(gic);
	gic_cpu_init(gic);
	gic_smp_init(gic);
	return 0;
}

// SPDX-License-Identifier: GPL-2.0
/*
 * The ARM PrimeCell PL061 GPIO controller (arm,pl061), as Linux's
 * drivers/gpio/gpio-pl061.c drives it: eight lines, GPIODATA read and
 * written through its address mask, direction in GPIODIR, and an
 * interrupt chip: each line's trigger set in GPIOIS/GPIOIBE/GPIOIEV
 * (level lines get handle_level_irq, edge lines handle_edge_irq),
 * masked in GPIOIE, acknowledged in GPIOIC, and demultiplexed from the
 * controller's one interrupt (GPIOMIS) by a chained handler. Linux
 * probes it on the AMBA bus; that bus is not here (as for the PL011),
 * so the driver finds its node itself, at the same initcall level.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/io.h>
#include <linux/irq.h>
#include <linux/irqdomain.h>
#include <linux/of.h>
#include <linux/of_fdt.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/gpio/driver.h>
#include <linux/irqchip/chained_irq.h>
#include <asm/irqflags.h>

#define GPIODIR		0x400
#define GPIOIS		0x404
#define GPIOIBE		0x408
#define GPIOIEV		0x40C
#define GPIOIE		0x410
#define GPIORIS		0x414
#define GPIOMIS		0x418
#define GPIOIC		0x41C

#define PL061_GPIO_NR	8

struct pl061 {
	void __iomem *base;
	struct gpio_chip gc;
	int parent_irq;
	char name[32];
};

static int pl061_get_direction(struct gpio_chip *gc, unsigned int offset)
{
	struct pl061 *pl061 = gpiochip_get_data(gc);

	if (readb(pl061->base + GPIODIR) & BIT(offset))
		return GPIO_LINE_DIRECTION_OUT;
	return GPIO_LINE_DIRECTION_IN;
}

static int pl061_direction_input(struct gpio_chip *gc, unsigned int offset)
{
	struct pl061 *pl061 = gpiochip_get_data(gc);
	unsigned long flags;

	local_irq_save(flags);
	writeb(readb(pl061->base + GPIODIR) & ~BIT(offset), pl061->base + GPIODIR);
	local_irq_restore(flags);
	return 0;
}

static int pl061_direction_output(struct gpio_chip *gc, unsigned int offset, int value)
{
	struct pl061 *pl061 = gpiochip_get_data(gc);
	unsigned long flags;

	local_irq_save(flags);
	writeb(!!value << offset, pl061->base + (BIT(offset + 2)));
	writeb(readb(pl061->base + GPIODIR) | BIT(offset), pl061->base + GPIODIR);
	/* the value again: some parts only latch data once the line is an output */
	writeb(!!value << offset, pl061->base + (BIT(offset + 2)));
	local_irq_restore(flags);
	return 0;
}

static int pl061_get_value(struct gpio_chip *gc, unsigned int offset)
{
	struct pl061 *pl061 = gpiochip_get_data(gc);

	return !!readb(pl061->base + (BIT(offset + 2)));
}

static void pl061_set_value(struct gpio_chip *gc, unsigned int offset, int value)
{
	struct pl061 *pl061 = gpiochip_get_data(gc);

	writeb(!!value << offset, pl061->base + (BIT(offset + 2)));
}

static struct pl061 *irq_data_to_pl061(struct irq_data *d)
{
	return gpiochip_get_data(irq_data_get_irq_chip_data(d));
}

static int pl061_irq_type(struct irq_data *d, unsigned int trigger)
{
	struct pl061 *pl061 = irq_data_to_pl061(d);
	int offset = d->hwirq;
	unsigned long flags;
	u8 gpiois, gpioibe, gpioiev, bit = BIT(offset);

	if (offset < 0 || offset >= PL061_GPIO_NR)
		return -EINVAL;
	if ((trigger & (IRQ_TYPE_LEVEL_HIGH | IRQ_TYPE_LEVEL_LOW)) &&
	    (trigger & (IRQ_TYPE_EDGE_RISING | IRQ_TYPE_EDGE_FALLING))) {
		pr_err("pl061_gpio %s: trying to configure line %d for both level and edge detection, choose one!\n",
		       pl061->name, offset);
		return -EINVAL;
	}
	local_irq_save(flags);
	gpioiev = readb(pl061->base + GPIOIEV);
	gpiois = readb(pl061->base + GPIOIS);
	gpioibe = readb(pl061->base + GPIOIBE);
	if (trigger & (IRQ_TYPE_LEVEL_HIGH | IRQ_TYPE_LEVEL_LOW)) {
		gpiois |= bit;
		gpioibe &= ~bit;
		if (trigger & IRQ_TYPE_LEVEL_HIGH)
			gpioiev |= bit;
		else
			gpioiev &= ~bit;
		irq_set_handler_locked(d, handle_level_irq);
	} else if ((trigger & IRQ_TYPE_EDGE_BOTH) == IRQ_TYPE_EDGE_BOTH) {
		gpiois &= ~bit;
		gpioibe |= bit;
		irq_set_handler_locked(d, handle_edge_irq);
	} else if (trigger & IRQ_TYPE_EDGE_BOTH) {
		gpiois &= ~bit;
		gpioibe &= ~bit;
		if (trigger & IRQ_TYPE_EDGE_RISING)
			gpioiev |= bit;
		else
			gpioiev &= ~bit;
		irq_set_handler_locked(d, handle_edge_irq);
	} else {
		gpiois &= ~bit;
		gpioibe &= ~bit;
		gpioiev &= ~bit;
		irq_set_handler_locked(d, handle_bad_irq);
		pr_warn("pl061_gpio %s: no trigger selected for line %d\n", pl061->name, offset);
	}
	writeb(gpiois, pl061->base + GPIOIS);
	writeb(gpioibe, pl061->base + GPIOIBE);
	writeb(gpioiev, pl061->base + GPIOIEV);
	local_irq_restore(flags);
	return 0;
}

/* The chained handler: each pending, unmasked line's interrupt in turn. */
static void pl061_irq_handler(struct irq_desc *desc)
{
	struct gpio_chip *gc = irq_desc_get_handler_data(desc);
	struct pl061 *pl061 = gpiochip_get_data(gc);
	struct irq_chip *irqchip = irq_desc_get_chip(desc);
	unsigned long pending;
	int offset;

	chained_irq_enter(irqchip, desc);
	pending = readb(pl061->base + GPIOMIS);
	for_each_set_bit(offset, &pending, PL061_GPIO_NR)
		generic_handle_domain_irq(gc->irq.domain, offset);
	chained_irq_exit(irqchip, desc);
}

static void pl061_irq_mask(struct irq_data *d)
{
	struct pl061 *pl061 = irq_data_to_pl061(d);

	writeb(readb(pl061->base + GPIOIE) & ~BIT(d->hwirq), pl061->base + GPIOIE);
}

static void pl061_irq_unmask(struct irq_data *d)
{
	struct pl061 *pl061 = irq_data_to_pl061(d);

	writeb(readb(pl061->base + GPIOIE) | BIT(d->hwirq), pl061->base + GPIOIE);
}

/* Edges stay latched in GPIORIS until cleared here; level lines follow the line. */
static void pl061_irq_ack(struct irq_data *d)
{
	struct pl061 *pl061 = irq_data_to_pl061(d);

	writeb(BIT(d->hwirq), pl061->base + GPIOIC);
}

/* /proc/interrupts names the controller by its device. */
static void pl061_irq_print_chip(struct irq_data *d, struct seq_file *p)
{
	seq_puts(p, irq_data_to_pl061(d)->name);
}

static struct irq_chip pl061_irq_chip = {
	.name		= "pl061",
	.irq_ack	= pl061_irq_ack,
	.irq_mask	= pl061_irq_mask,
	.irq_unmask	= pl061_irq_unmask,
	.irq_set_type	= pl061_irq_type,
	.irq_print_chip	= pl061_irq_print_chip,
};

static int __init pl061_probe(int node, struct device_node *np)
{
	struct gpio_irq_chip *girq;
	struct pl061 *pl061;
	u64 base, size;
	int ret;

	if (of_flat_dt_read_reg(node, 0, &base, &size))
		return -ENODEV;
	pl061 = kzalloc(sizeof(*pl061), GFP_KERNEL);
	if (!pl061)
		return -ENOMEM;
	snprintf(pl061->name, sizeof(pl061->name), "%llx.%s", base, np->name);
	pl061->base = ioremap(base, size);
	if (!pl061->base) {
		ret = -ENOMEM;
		goto err_free;
	}
	pl061->gc.request = gpiochip_generic_request;
	pl061->gc.free = gpiochip_generic_free;
	pl061->gc.base = -1;
	pl061->gc.get_direction = pl061_get_direction;
	pl061->gc.direction_input = pl061_direction_input;
	pl061->gc.direction_output = pl061_direction_output;
	pl061->gc.get = pl061_get_value;
	pl061->gc.set = pl061_set_value;
	pl061->gc.ngpio = PL061_GPIO_NR;
	pl061->gc.label = pl061->name;
	pl061->gc.of_node = np;

	writeb(0, pl061->base + GPIOIE);	/* no interrupts until asked */
	pl061->parent_irq = irq_of_parse_and_map(node, 0);
	if (!pl061->parent_irq)
		pr_warn("pl061_gpio %s: IRQ support disabled\n", pl061->name);
	girq = &pl061->gc.irq;
	gpio_irq_chip_set_chip(girq, &pl061_irq_chip);
	girq->parent_handler = pl061_irq_handler;
	girq->num_parents = 1;
	girq->parents = (unsigned int *)&pl061->parent_irq;
	girq->default_type = IRQ_TYPE_NONE;
	girq->handler = handle_bad_irq;
	girq->fdt_node = node;
	ret = gpiochip_add_data(&pl061->gc, pl061);
	if (ret)
		goto err_free;
	pr_info("pl061_gpio %s: PL061 GPIO chip registered\n", pl061->name);
	return 0;

err_free:
	kfree(pl061);
	return ret;
}

static int __init pl061_gpio_init(void)
{
	int node = of_flat_dt_find_compatible("arm,pl061");
	struct device_node *np = of_find_compatible_node(NULL, NULL, "arm,pl061");
	int ret;

	if (node < 0 || !np)
		return 0;
	ret = pl061_probe(node, np);
	if (ret)
		of_node_put(np);	/* the chip keeps it otherwise */
	return ret;
}
device_initcall(pl061_gpio_init);

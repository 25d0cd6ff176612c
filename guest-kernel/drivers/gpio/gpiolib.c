// SPDX-License-Identifier: GPL-2.0
/*
 * gpiolib, as Linux's drivers/gpio/gpiolib.c: GPIO controllers register
 * gpio_chips, each given a base in the global numbering from the top
 * down (ARCH_NR_GPIOS), and a descriptor per line; consumers get lines
 * from their device tree node's "gpios" (the controller's phandle, the
 * line, flags: gpiolib-of.c's part), read them, and map them to
 * interrupts through the chip's irq domain (gpiolib's irqchip helpers:
 * each line's interrupt is a child of the controller's, which a chained
 * handler demultiplexes). Not here: the gpio bus devices (gpiochipN),
 * the character device and /sys/class/gpio.
 */
#define pr_fmt(fmt) "gpiolib: " fmt

#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <linux/irqdomain.h>
#include <linux/list.h>
#include <linux/of.h>
#include <linux/slab.h>
#include <linux/gpio/consumer.h>
#include <linux/gpio/driver.h>

/* Debian's armmp: CONFIG_ARCH_NR_GPIO=2048 (its one PL061 is gpiochip2040). */
#define ARCH_NR_GPIOS		2048

#define FLAG_REQUESTED		0
#define FLAG_IS_OUT		1
#define FLAG_ACTIVE_LOW		6
#define GPIO_ACTIVE_LOW		1	/* the flags cell of a "gpios" specifier */

struct gpio_desc {
	struct gpio_chip *gc;
	unsigned long flags;
	const char *label;
};

static LIST_HEAD(gpio_chips);	/* by base, as Linux's gpio_devices */

static unsigned int gpio_chip_hwgpio(const struct gpio_desc *desc)
{
	return desc - desc->gc->descs;
}

/* The highest free range of ngpio numbers below ARCH_NR_GPIOS. */
static int gpiochip_find_base(int ngpio)
{
	struct gpio_chip *gc;
	int base = ARCH_NR_GPIOS - ngpio;

	list_for_each_entry_reverse(gc, &gpio_chips, list) {
		if (gc->base + gc->ngpio <= base)
			break;
		base = gc->base - ngpio;
	}
	return base >= 0 ? base : -ENOSPC;
}

static int gpiochip_irq_map(struct irq_domain *d, unsigned int irq, unsigned long hwirq)
{
	struct gpio_chip *gc = d->host_data;

	irq_set_chip_data(irq, gc);
	irq_set_chip_and_handler_name(irq, gc->irq.chip, gc->irq.handler, NULL);
	irq_set_status_flags(irq, IRQ_NOPROBE);
	if (gc->irq.default_type != IRQ_TYPE_NONE)
		irq_set_irq_type(irq, gc->irq.default_type);
	return 0;
}

/* <line flags>, as irq_domain_xlate_twocell. */
static int gpiochip_irq_xlate(struct irq_domain *d, const u32 *intspec, unsigned int intsize,
			      unsigned long *out_hwirq, unsigned int *out_type)
{
	if (intsize < 2)
		return -EINVAL;
	*out_hwirq = intspec[0];
	*out_type = intspec[1] & IRQ_TYPE_SENSE_MASK;
	return 0;
}

static const struct irq_domain_ops gpiochip_domain_ops = {
	.map = gpiochip_irq_map,
	.xlate = gpiochip_irq_xlate,
};

static int gpiochip_add_irqchip(struct gpio_chip *gc)
{
	struct gpio_irq_chip *girq = &gc->irq;
	unsigned int i;

	if (!girq->chip)
		return 0;
	girq->domain = irq_domain_add_linear(girq->fdt_node, gc->ngpio, &gpiochip_domain_ops, gc);
	if (!girq->domain)
		return -EINVAL;
	for (i = 0; girq->parent_handler && i < girq->num_parents; i++)
		irq_set_chained_handler_and_data(girq->parents[i], girq->parent_handler, gc);
	return 0;
}

int gpiochip_add_data(struct gpio_chip *gc, void *data)
{
	struct gpio_chip *pos;
	unsigned int i;
	int base, ret;

	gc->data = data;
	gc->descs = kcalloc(gc->ngpio, sizeof(*gc->descs), GFP_KERNEL);
	if (!gc->descs)
		return -ENOMEM;
	base = gc->base < 0 ? gpiochip_find_base(gc->ngpio) : gc->base;
	if (base < 0) {
		ret = base;
		goto err_free_descs;
	}
	gc->base = base;
	for (i = 0; i < gc->ngpio; i++) {
		gc->descs[i].gc = gc;
		if (gc->get_direction && gc->get_direction(gc, i) == GPIO_LINE_DIRECTION_OUT)
			set_bit(FLAG_IS_OUT, &gc->descs[i].flags);
	}
	list_for_each_entry(pos, &gpio_chips, list)
		if (pos->base > base)
			break;
	list_add_tail(&gc->list, &pos->list);
	ret = gpiochip_add_irqchip(gc);
	if (ret)
		goto err_remove_chip;
	return 0;

err_remove_chip:
	list_del(&gc->list);
err_free_descs:
	kfree(gc->descs);
	pr_err("%s: GPIOs %d..%d (%s) failed to register, %d\n", __func__,
	       base, base + (int)gc->ngpio - 1, gc->label ? : "generic", ret);
	return ret;
}

void *gpiochip_get_data(struct gpio_chip *gc)
{
	return gc->data;
}

/* No pin controller stands behind the lines here. */
int gpiochip_generic_request(struct gpio_chip *gc, unsigned int offset)
{
	return 0;
}

void gpiochip_generic_free(struct gpio_chip *gc, unsigned int offset)
{
}

static struct gpio_chip *of_find_gpiochip(u32 phandle)
{
	struct gpio_chip *gc;

	list_for_each_entry(gc, &gpio_chips, list)
		if (gc->of_node && gc->of_node->phandle == phandle)
			return gc;
	return NULL;
}

static int gpiod_request(struct gpio_desc *desc, const char *label)
{
	struct gpio_chip *gc = desc->gc;
	int ret;

	if (test_and_set_bit(FLAG_REQUESTED, &desc->flags))
		return -EBUSY;
	if (gc->request) {
		ret = gc->request(gc, gpio_chip_hwgpio(desc));
		if (ret) {
			clear_bit(FLAG_REQUESTED, &desc->flags);
			return ret;
		}
	}
	desc->label = label;
	return 0;
}

/*
 * The index'th line np's propname names (<&controller line flags>),
 * requested for label; -EPROBE_DEFER while its controller is not there.
 */
struct gpio_desc *of_get_named_gpiod(struct device_node *np, const char *propname,
				     int index, enum gpiod_flags flags, const char *label)
{
	struct gpio_chip *gc;
	struct gpio_desc *desc;
	u32 spec[3];
	int ret;

	ret = of_property_read_u32_index(np, propname, index * 3, &spec[0]);
	if (!ret)
		ret = of_property_read_u32_index(np, propname, index * 3 + 1, &spec[1]);
	if (!ret)
		ret = of_property_read_u32_index(np, propname, index * 3 + 2, &spec[2]);
	if (ret)
		return ERR_PTR(-ENOENT);
	gc = of_find_gpiochip(spec[0]);
	if (!gc)
		return ERR_PTR(-EPROBE_DEFER);
	if (spec[1] >= gc->ngpio)
		return ERR_PTR(-EINVAL);
	desc = &gc->descs[spec[1]];
	ret = gpiod_request(desc, label);
	if (ret)
		return ERR_PTR(ret);
	if (spec[2] & GPIO_ACTIVE_LOW)
		set_bit(FLAG_ACTIVE_LOW, &desc->flags);
	if (flags & GPIOD_IN) {
		ret = gpiod_direction_input(desc);
		if (ret) {
			gpiod_put(desc);
			return ERR_PTR(ret);
		}
	}
	return desc;
}

void gpiod_put(struct gpio_desc *desc)
{
	struct gpio_chip *gc = desc->gc;

	if (gc->free)
		gc->free(gc, gpio_chip_hwgpio(desc));
	desc->label = NULL;
	clear_bit(FLAG_ACTIVE_LOW, &desc->flags);
	clear_bit(FLAG_REQUESTED, &desc->flags);
}

int gpiod_direction_input(struct gpio_desc *desc)
{
	struct gpio_chip *gc = desc->gc;
	int ret = -EIO;

	if (gc->direction_input)
		ret = gc->direction_input(gc, gpio_chip_hwgpio(desc));
	else if (gc->get_direction &&
		 gc->get_direction(gc, gpio_chip_hwgpio(desc)) == GPIO_LINE_DIRECTION_IN)
		ret = 0;
	if (!ret)
		clear_bit(FLAG_IS_OUT, &desc->flags);
	return ret;
}

int gpiod_is_active_low(const struct gpio_desc *desc)
{
	return test_bit(FLAG_ACTIVE_LOW, &desc->flags);
}

int gpiod_get_value_cansleep(const struct gpio_desc *desc)
{
	struct gpio_chip *gc = desc->gc;
	int value;

	if (!gc->get)
		return -EIO;
	value = gc->get(gc, gpio_chip_hwgpio(desc));
	if (value < 0)
		return value;
	value = !!value;
	return gpiod_is_active_low(desc) ? !value : value;
}

/* The line's interrupt, mapped in the chip's domain the first time. */
int gpiod_to_irq(const struct gpio_desc *desc)
{
	struct gpio_chip *gc = desc->gc;
	unsigned int irq;

	if (!gc->irq.domain)
		return -ENXIO;
	irq = irq_create_mapping(gc->irq.domain, gpio_chip_hwgpio(desc));
	return irq ? (int)irq : -ENXIO;
}

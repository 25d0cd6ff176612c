/* SPDX-License-Identifier: GPL-2.0 */
/*
 * GPIO controllers' side of gpiolib, Linux's names: a gpio_chip has
 * ngpio lines from its base in the global numbering, callbacks for
 * direction and value, and optionally an interrupt chip whose domain
 * maps each line to a Linux interrupt, demultiplexed from the
 * controller's parent interrupt by a chained handler.
 */
#ifndef __LINUX_GPIO_DRIVER_H
#define __LINUX_GPIO_DRIVER_H

#include <linux/types.h>
#include <linux/irq.h>

struct device_node;
struct gpio_desc;
struct irq_domain;

struct gpio_irq_chip {
	struct irq_chip *chip;
	struct irq_domain *domain;
	irq_flow_handler_t handler;		/* each line's flow handler */
	unsigned int default_type;
	irq_flow_handler_t parent_handler;	/* the chained handler */
	unsigned int num_parents;
	unsigned int *parents;
	int fdt_node;				/* the controller's flattened node */
};

struct gpio_chip {
	const char *label;
	struct device_node *of_node;	/* what consumers' "gpios" phandles name */
	int (*request)(struct gpio_chip *gc, unsigned int offset);
	void (*free)(struct gpio_chip *gc, unsigned int offset);
	int (*get_direction)(struct gpio_chip *gc, unsigned int offset);
	int (*direction_input)(struct gpio_chip *gc, unsigned int offset);
	int (*direction_output)(struct gpio_chip *gc, unsigned int offset, int value);
	int (*get)(struct gpio_chip *gc, unsigned int offset);
	void (*set)(struct gpio_chip *gc, unsigned int offset, int value);
	int base;
	u16 ngpio;
	bool can_sleep;
	struct gpio_irq_chip irq;
	/* gpiolib's own */
	void *data;
	struct gpio_desc *descs;
	struct list_head list;
};

#define GPIO_LINE_DIRECTION_IN	1
#define GPIO_LINE_DIRECTION_OUT	0

int gpiochip_add_data(struct gpio_chip *gc, void *data);
void *gpiochip_get_data(struct gpio_chip *gc);
int gpiochip_generic_request(struct gpio_chip *gc, unsigned int offset);
void gpiochip_generic_free(struct gpio_chip *gc, unsigned int offset);

static inline void gpio_irq_chip_set_chip(struct gpio_irq_chip *girq, const struct irq_chip *chip)
{
	girq->chip = (struct irq_chip *)chip;
}

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/* GPIO consumers' side of gpiolib: lines as descriptors, Linux's names. */
#ifndef __LINUX_GPIO_CONSUMER_H
#define __LINUX_GPIO_CONSUMER_H

#include <linux/types.h>

struct device_node;
struct gpio_desc;

enum gpiod_flags {
	GPIOD_ASIS = 0,
	GPIOD_IN = 1,
};

struct gpio_desc *of_get_named_gpiod(struct device_node *np, const char *propname,
				     int index, enum gpiod_flags flags, const char *label);
void gpiod_put(struct gpio_desc *desc);
int gpiod_direction_input(struct gpio_desc *desc);
int gpiod_get_value_cansleep(const struct gpio_desc *desc);
int gpiod_to_irq(const struct gpio_desc *desc);
int gpiod_is_active_low(const struct gpio_desc *desc);

#endif

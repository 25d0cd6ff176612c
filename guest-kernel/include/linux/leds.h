/* SPDX-License-Identifier: GPL-2.0 */
/*
 * LED triggers as Linux 6.1's <linux/leds.h> has them: modules embed
 * struct led_trigger (or get one from led_trigger_register_simple()),
 * so it is laid out as Debian's. No LED class devices are built: the
 * board has no LEDs, as QEMU's virt has none.
 */
#ifndef _LINUX_LEDS_H
#define _LINUX_LEDS_H

#include <linux/list.h>
#include <linux/spinlock.h>

struct led_classdev;
struct led_hw_trigger_type;
struct attribute_group;

enum led_brightness {
	LED_OFF		= 0,
	LED_ON		= 1,
	LED_HALF	= 127,
	LED_FULL	= 255,
};

struct led_trigger {
	const char	*name;
	int		(*activate)(struct led_classdev *led_cdev);
	void		(*deactivate)(struct led_classdev *led_cdev);

	/* what led_trigger_event() last set */
	enum led_brightness brightness;

	struct led_hw_trigger_type *trigger_type;

	spinlock_t	leddev_list_lock;
	struct list_head led_cdevs;

	struct list_head next_trig;

	const struct attribute_group **groups;
};

int led_trigger_register(struct led_trigger *trigger);
void led_trigger_unregister(struct led_trigger *trigger);
void led_trigger_register_simple(const char *name,
				 struct led_trigger **trigger);
void led_trigger_unregister_simple(struct led_trigger *trigger);
void led_trigger_event(struct led_trigger *trigger,
		       enum led_brightness event);

#endif

// SPDX-License-Identifier: GPL-2.0
/*
 * LED triggers, as Linux 6.1's drivers/leds/led-triggers.c: a list of
 * named triggers (a name is taken once), each with the LEDs it drives.
 * With no LED class devices on the board a trigger drives none:
 * led_trigger_event() records the brightness and sets no LED, as
 * Linux's does for a trigger no LED has chosen.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/leds.h>
#include <linux/list.h>
#include <linux/printk.h>
#include <linux/rwsem.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/module_abi.h>

abi_check_size(led_trigger);
abi_check_field(led_trigger, name);
abi_check_field(led_trigger, activate);
abi_check_field(led_trigger, brightness);
abi_check_field(led_trigger, leddev_list_lock);
abi_check_field(led_trigger, led_cdevs);
abi_check_field(led_trigger, next_trig);
abi_check_field(led_trigger, groups);

static DECLARE_RWSEM(triggers_list_lock);
static LIST_HEAD(trigger_list);

static bool led_trigger_name_taken(const struct led_trigger *trig)
{
	struct led_trigger *other;

	list_for_each_entry(other, &trigger_list, next_trig) {
		if (strcmp(other->name, trig->name))
			continue;
		/* LED-private triggers of different types may share a name */
		if (trig->trigger_type == other->trigger_type ||
		    !trig->trigger_type || !other->trigger_type)
			return true;
	}
	return false;
}

int led_trigger_register(struct led_trigger *trig)
{
	spin_lock_init(&trig->leddev_list_lock);
	INIT_LIST_HEAD(&trig->led_cdevs);

	down_write(&triggers_list_lock);
	if (led_trigger_name_taken(trig)) {
		up_write(&triggers_list_lock);
		return -EEXIST;
	}
	list_add_tail(&trig->next_trig, &trigger_list);
	up_write(&triggers_list_lock);
	/* Linux now gives it to LEDs naming it as their default: none here */
	return 0;
}
EXPORT_SYMBOL_GPL(led_trigger_register);

void led_trigger_unregister(struct led_trigger *trig)
{
	/* never registered, or already gone */
	if (list_empty(&trig->next_trig))
		return;

	down_write(&triggers_list_lock);
	list_del_init(&trig->next_trig);
	up_write(&triggers_list_lock);
}
EXPORT_SYMBOL_GPL(led_trigger_unregister);

void led_trigger_event(struct led_trigger *trig, enum led_brightness brightness)
{
	if (!trig)
		return;
	trig->brightness = brightness;
	/* each LED on trig->led_cdevs would be set here; there are none */
}
EXPORT_SYMBOL_GPL(led_trigger_event);

void led_trigger_register_simple(const char *name, struct led_trigger **tp)
{
	struct led_trigger *trig;
	int err;

	trig = kzalloc(sizeof(*trig), GFP_KERNEL);
	if (!trig) {
		pr_warn("LED trigger %s failed to register (no memory)\n", name);
		*tp = NULL;
		return;
	}

	trig->name = name;
	err = led_trigger_register(trig);
	if (err < 0) {
		kfree(trig);
		trig = NULL;
		pr_warn("LED trigger %s failed to register (%d)\n", name, err);
	}
	*tp = trig;
}
EXPORT_SYMBOL_GPL(led_trigger_register_simple);

void led_trigger_unregister_simple(struct led_trigger *trig)
{
	if (trig)
		led_trigger_unregister(trig);
	kfree(trig);
}
EXPORT_SYMBOL_GPL(led_trigger_unregister_simple);

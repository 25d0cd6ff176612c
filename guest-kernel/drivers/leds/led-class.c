// SPDX-License-Identifier: GPL-2.0
/*
 * The "leds" class (/sys/class/leds), as Linux 6.1's led-class.c makes
 * it at subsys_initcall. Debian builds it in (CONFIG_LEDS_CLASS=y); on
 * QEMU's virt no driver registers an LED, so the class stays empty and
 * led_classdev_register() is not built.
 */
#include <linux/kernel.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/init.h>
#include <linux/module.h>

static struct class *leds_class;

static int __init leds_init(void)
{
	leds_class = class_create(THIS_MODULE, "leds");
	if (IS_ERR(leds_class))
		return PTR_ERR(leds_class);
	return 0;
}
subsys_initcall(leds_init);

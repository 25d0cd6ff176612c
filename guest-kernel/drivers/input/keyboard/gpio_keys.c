// SPDX-License-Identifier: GPL-2.0
/*
 * Keys on GPIO lines (gpio-keys), as Linux's
 * drivers/input/keyboard/gpio_keys.c: one input device ("gpio-keys",
 * phys gpio-keys/input0, bus BUS_HOST 0001:0001 version 0100) with a key
 * per child of the device tree node (linux,code, label, gpios,
 * debounce-interval, 5 ms unless given). Each line interrupts on both
 * edges; after the debounce the key's state is read from the line and
 * reported. Opening the device reports every key's state. sysfs: keys,
 * switches, disabled_keys, disabled_switches. Linux debounces with an
 * hrtimer where the line can be read without sleeping; this one with
 * delayed work (the same delay). No button can be disabled here
 * (linux,can-disable is not read), so the disabled_* files take only
 * an empty list.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <asm/page.h>
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/init.h>
#include <linux/input.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <linux/of.h>
#include <linux/platform_device.h>
#include <linux/slab.h>
#include <linux/sysfs.h>
#include <linux/workqueue.h>
#include <linux/gpio/consumer.h>

struct gpio_keys_button {
	unsigned int code;
	const char *desc;
	unsigned int type;
	u32 debounce_interval;
};

struct gpio_button_data {
	const struct gpio_keys_button *button;
	struct input_dev *input;
	struct gpio_desc *gpiod;
	unsigned short *code;
	struct delayed_work work;
	unsigned int software_debounce;	/* ms */
	unsigned int irq;
};

struct gpio_keys_drvdata {
	const char *name;
	int nbuttons;
	struct gpio_keys_button *buttons;
	struct input_dev *input;
	unsigned short *keymap;
	struct gpio_button_data *data;
};

static void gpio_keys_gpio_report_event(struct gpio_button_data *bdata)
{
	const struct gpio_keys_button *button = bdata->button;
	struct input_dev *input = bdata->input;
	int state = gpiod_get_value_cansleep(bdata->gpiod);

	if (state < 0) {
		dev_err(input->dev.parent, "failed to get gpio state: %d\n", state);
		return;
	}
	input_event(input, button->type, *bdata->code, state);
}

static void gpio_keys_gpio_work_func(struct work_struct *work)
{
	struct gpio_button_data *bdata =
		container_of(work, struct gpio_button_data, work.work);

	gpio_keys_gpio_report_event(bdata);
	input_sync(bdata->input);
}

static irqreturn_t gpio_keys_gpio_isr(int irq, void *dev_id)
{
	struct gpio_button_data *bdata = dev_id;

	mod_delayed_work(system_wq, &bdata->work, msecs_to_jiffies(bdata->software_debounce));
	return IRQ_HANDLED;
}

static void gpio_keys_report_state(struct gpio_keys_drvdata *ddata)
{
	int i;

	for (i = 0; i < ddata->nbuttons; i++)
		gpio_keys_gpio_report_event(&ddata->data[i]);
	input_sync(ddata->input);
}

static int gpio_keys_open(struct input_dev *input)
{
	gpio_keys_report_state(input_get_drvdata(input));
	return 0;
}

/* The codes of the buttons of one type, as a list ("116"), a line. */
static ssize_t gpio_keys_attr_show_helper(struct gpio_keys_drvdata *ddata, char *buf,
					  unsigned int type, bool only_disabled)
{
	int n_events = type == EV_KEY ? KEY_CNT : SW_CNT;
	unsigned long *bits;
	ssize_t ret;
	int i;

	bits = kcalloc(BITS_TO_LONGS(n_events), sizeof(*bits), GFP_KERNEL);
	if (!bits)
		return -ENOMEM;
	for (i = 0; i < ddata->nbuttons && !only_disabled; i++)
		if (ddata->buttons[i].type == type)
			__set_bit(*ddata->data[i].code, bits);
	ret = scnprintf(buf, PAGE_SIZE - 1, "%*pbl", n_events, bits);
	buf[ret++] = '\n';
	buf[ret] = '\0';
	kfree(bits);
	return ret;
}

/* Nothing can be disabled: only an empty list (enable them all) is taken. */
static ssize_t gpio_keys_attr_store_helper(const char *buf, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (buf[i] != '\n' && buf[i] != ' ' && buf[i] != '\0')
			return -EINVAL;
	return count;
}

#define ATTR_SHOW_FN(name, type, only_disabled)					\
static ssize_t gpio_keys_show_##name(struct device *dev,			\
				     struct device_attribute *attr,		\
				     char *buf)					\
{										\
	return gpio_keys_attr_show_helper(dev_get_drvdata(dev), buf,		\
					  type, only_disabled);			\
}

ATTR_SHOW_FN(keys, EV_KEY, false);
ATTR_SHOW_FN(switches, EV_SW, false);
ATTR_SHOW_FN(disabled_keys, EV_KEY, true);
ATTR_SHOW_FN(disabled_switches, EV_SW, true);

static ssize_t gpio_keys_store_disabled(struct device *dev, struct device_attribute *attr,
					const char *buf, size_t count)
{
	return gpio_keys_attr_store_helper(buf, count);
}

static DEVICE_ATTR(keys, 0444, gpio_keys_show_keys, NULL);
static DEVICE_ATTR(switches, 0444, gpio_keys_show_switches, NULL);
static DEVICE_ATTR(disabled_keys, 0644, gpio_keys_show_disabled_keys, gpio_keys_store_disabled);
static DEVICE_ATTR(disabled_switches, 0644, gpio_keys_show_disabled_switches,
		   gpio_keys_store_disabled);

static struct attribute *gpio_keys_attrs[] = {
	&dev_attr_keys.attr,
	&dev_attr_switches.attr,
	&dev_attr_disabled_keys.attr,
	&dev_attr_disabled_switches.attr,
	NULL,
};
ATTRIBUTE_GROUPS(gpio_keys);

/* The buttons from the device tree: each child is one. */
static int gpio_keys_get_devtree_pdata(struct device *dev, struct gpio_keys_drvdata *ddata)
{
	struct device_node *np = dev->of_node, *child;
	struct gpio_keys_button *button;
	int nbuttons = 0;

	for_each_child_of_node(np, child)
		nbuttons++;
	if (!nbuttons)
		return -ENODEV;
	ddata->buttons = kcalloc(nbuttons, sizeof(*ddata->buttons), GFP_KERNEL);
	if (!ddata->buttons)
		return -ENOMEM;
	ddata->nbuttons = nbuttons;
	of_property_read_string(np, "label", &ddata->name);
	button = ddata->buttons;
	for_each_child_of_node(np, child) {
		if (of_property_read_u32(child, "linux,code", &button->code)) {
			dev_err(dev, "Button without keycode\n");
			return -EINVAL;
		}
		of_property_read_string(child, "label", &button->desc);
		if (of_property_read_u32(child, "linux,input-type", &button->type))
			button->type = EV_KEY;
		if (of_property_read_u32(child, "debounce-interval", &button->debounce_interval))
			button->debounce_interval = 5;
		button++;
	}
	return 0;
}

static int gpio_keys_setup_key(struct platform_device *pdev, struct gpio_keys_drvdata *ddata,
			       int idx, struct device_node *child)
{
	const struct gpio_keys_button *button = &ddata->buttons[idx];
	struct gpio_button_data *bdata = &ddata->data[idx];
	const char *desc = button->desc ? button->desc : "gpio_keys";
	struct device *dev = &pdev->dev;
	int irq, error;

	bdata->input = ddata->input;
	bdata->button = button;
	bdata->gpiod = of_get_named_gpiod(child, "gpios", 0, GPIOD_IN, desc);
	if (IS_ERR(bdata->gpiod)) {
		error = PTR_ERR(bdata->gpiod);
		bdata->gpiod = NULL;
		if (error != -EPROBE_DEFER)
			dev_err(dev, "failed to get gpio: %d\n", error);
		return error;
	}
	/* The PL061 has no debounce of its own: software does it. */
	bdata->software_debounce = button->debounce_interval;
	irq = gpiod_to_irq(bdata->gpiod);
	if (irq < 0) {
		dev_err(dev, "Unable to get irq number for GPIO %d, error %d\n", -1, irq);
		return irq;
	}
	bdata->irq = irq;
	INIT_DELAYED_WORK(&bdata->work, gpio_keys_gpio_work_func);
	bdata->code = &ddata->keymap[idx];
	*bdata->code = button->code;
	input_set_capability(ddata->input, button->type, *bdata->code);
	error = request_irq(bdata->irq, gpio_keys_gpio_isr,
			    IRQF_TRIGGER_RISING | IRQF_TRIGGER_FALLING | IRQF_SHARED, desc, bdata);
	if (error < 0) {
		dev_err(dev, "Unable to claim irq %d; error %d\n", bdata->irq, error);
		return error;
	}
	return 0;
}

/* Undo the first n keys' setup. */
static void gpio_keys_release_keys(struct gpio_keys_drvdata *ddata, int n)
{
	while (n--) {
		struct gpio_button_data *bdata = &ddata->data[n];

		if (bdata->irq)
			free_irq(bdata->irq, bdata);
		if (bdata->code)
			cancel_delayed_work_sync(&bdata->work);
		if (bdata->gpiod)
			gpiod_put(bdata->gpiod);
	}
}

static void gpio_keys_free(struct gpio_keys_drvdata *ddata)
{
	kfree(ddata->data);
	kfree(ddata->keymap);
	kfree(ddata->buttons);
	kfree(ddata);
}

static int gpio_keys_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct gpio_keys_drvdata *ddata;
	struct device_node *child;
	struct input_dev *input;
	int i = 0, error;

	ddata = kzalloc(sizeof(*ddata), GFP_KERNEL);
	if (!ddata)
		return -ENOMEM;
	error = gpio_keys_get_devtree_pdata(dev, ddata);
	if (error)
		goto err_free;
	ddata->data = kcalloc(ddata->nbuttons, sizeof(*ddata->data), GFP_KERNEL);
	ddata->keymap = kcalloc(ddata->nbuttons, sizeof(*ddata->keymap), GFP_KERNEL);
	input = input_allocate_device();
	if (!ddata->data || !ddata->keymap || !input) {
		error = -ENOMEM;
		goto err_free_input;
	}
	ddata->input = input;
	input->name = ddata->name ? : pdev->name;
	input->phys = "gpio-keys/input0";
	input->dev.parent = dev;
	input->open = gpio_keys_open;
	input->id.bustype = BUS_HOST;
	input->id.vendor = 0x0001;
	input->id.product = 0x0001;
	input->id.version = 0x0100;
	input->keycode = ddata->keymap;
	input->keycodesize = sizeof(ddata->keymap[0]);
	input->keycodemax = ddata->nbuttons;
	input_set_drvdata(input, ddata);
	platform_set_drvdata(pdev, ddata);

	for_each_child_of_node(dev->of_node, child) {
		error = gpio_keys_setup_key(pdev, ddata, i++, child);
		if (error)
			goto err_release_keys;
	}
	error = input_register_device(input);
	if (error) {
		dev_err(dev, "Unable to register input device, error: %d\n", error);
		goto err_release_keys;
	}
	return 0;

err_release_keys:
	gpio_keys_release_keys(ddata, i);
err_free_input:
	input_free_device(input);
err_free:
	gpio_keys_free(ddata);
	return error;
}

static int gpio_keys_remove(struct platform_device *pdev)
{
	struct gpio_keys_drvdata *ddata = platform_get_drvdata(pdev);

	input_unregister_device(ddata->input);
	gpio_keys_release_keys(ddata, ddata->nbuttons);
	gpio_keys_free(ddata);
	return 0;
}

static const struct of_device_id gpio_keys_of_match[] = {
	{ .compatible = "gpio-keys", },
	{ },
};

static struct platform_driver gpio_keys_device_driver = {
	.probe		= gpio_keys_probe,
	.remove		= gpio_keys_remove,
	.driver		= {
		.name	= "gpio-keys",
		.of_match_table = gpio_keys_of_match,
		.dev_groups	= gpio_keys_groups,
	},
};

/* Late, as Linux's: the GPIO controllers are there by then. */
static int __init gpio_keys_init(void)
{
	return platform_driver_register(&gpio_keys_device_driver);
}
late_initcall(gpio_keys_init);

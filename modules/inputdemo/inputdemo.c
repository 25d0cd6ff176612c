// SPDX-License-Identifier: GPL-2.0
/*
 * An input device and an LED trigger from a module: a two-button device
 * with a switch, a scan code and key repeat (no LED: Debian's built-in
 * input-leds handler would take it), events reported through the
 * "report" parameter ("TYPE CODE VALUE"), the ones the input core hands
 * back to the device (scan code, repeat) logged by its event() callback; a
 * simple LED trigger fired by the "led" parameter, and a second trigger
 * of the same name, which the LED core refuses. Writing a name to
 * "request" asks modprobe for that module (request_module()). Writing a
 * descriptor number to "fd" looks it up in the writer's table (fdget())
 * and tries the compat ioctl path on it (compat_ptr_ioctl()).
 */
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/input.h>
#include <linux/kmod.h>
#include <linux/leds.h>
#include <linux/module.h>
#include <linux/moduleparam.h>

static struct input_dev *demo;
static struct led_trigger *demo_trigger;
static struct led_trigger *demo_trigger_again;

static int demo_event(struct input_dev *dev, unsigned int type,
		      unsigned int code, int value)
{
	pr_info("inputdemo: %s: event type %u code %u value %d\n",
		dev_name(&dev->dev), type, code, value);
	return 0;
}

static int report_set(const char *val, const struct kernel_param *kp)
{
	unsigned int type, code;
	int value;

	if (sscanf(val, "%u %u %d", &type, &code, &value) != 3)
		return -EINVAL;
	if (!demo)
		return -ENODEV;
	input_event(demo, type, code, value);
	input_sync(demo);
	return 0;
}

static const struct kernel_param_ops report_ops = {
	.set = report_set,
};
module_param_cb(report, &report_ops, NULL, 0200);

static int led_set(const char *val, const struct kernel_param *kp)
{
	unsigned int brightness;
	int err = kstrtouint(val, 0, &brightness);

	if (err)
		return err;
	led_trigger_event(demo_trigger, brightness);
	pr_info("inputdemo: trigger %s brightness %u\n", demo_trigger->name,
		demo_trigger->brightness);
	return 0;
}

static const struct kernel_param_ops led_ops = {
	.set = led_set,
};
module_param_cb(led, &led_ops, NULL, 0200);

static int request_set(const char *val, const struct kernel_param *kp)
{
	char name[MODULE_NAME_LEN];
	int ret;

	if (sscanf(val, "%55s", name) != 1)
		return -EINVAL;
	ret = request_module("%s", name);
	pr_info("inputdemo: request_module(%s): %d\n", name, ret);
	return 0;
}

static const struct kernel_param_ops request_ops = {
	.set = request_set,
};
module_param_cb(request, &request_ops, NULL, 0200);

/* Without waiting: the answer is whether modprobe could be started. */
static int request_nowait_set(const char *val, const struct kernel_param *kp)
{
	char name[MODULE_NAME_LEN];
	int ret;

	if (sscanf(val, "%55s", name) != 1)
		return -EINVAL;
	ret = request_module_nowait("%s", name);
	pr_info("inputdemo: request_module_nowait(%s): %d\n", name, ret);
	return 0;
}

static const struct kernel_param_ops request_nowait_ops = {
	.set = request_nowait_set,
};
module_param_cb(request_nowait, &request_nowait_ops, NULL, 0200);

static int fd_param_set(const char *val, const struct kernel_param *kp)
{
	unsigned int fd;
	struct fd f;
	int err = kstrtouint(val, 0, &fd);

	if (err)
		return err;
	f = fdget(fd);
	if (!f.file) {
		pr_info("inputdemo: fd %u: not open\n", fd);
		return 0;
	}
	pr_info("inputdemo: fd %u: %s, reference %s, compat ioctl %ld\n", fd,
		f.file->f_path.dentry->d_name.name,
		(f.flags & FDPUT_FPUT) ? "taken" : "not taken",
		compat_ptr_ioctl(f.file, 0, 0));
	fdput(f);
	return 0;
}

static const struct kernel_param_ops fd_ops = {
	.set = fd_param_set,
};
module_param_cb(fd, &fd_ops, NULL, 0200);

static int __init inputdemo_init(void)
{
	int err;

	demo = input_allocate_device();
	if (!demo)
		return -ENOMEM;

	demo->name = "kobox input demo";
	demo->phys = "inputdemo/input0";
	demo->id.bustype = BUS_VIRTUAL;
	demo->id.vendor = 0x1234;
	demo->id.product = 0x5678;
	demo->id.version = 0x0100;
	demo->event = demo_event;
	input_set_capability(demo, EV_KEY, BTN_0);
	input_set_capability(demo, EV_KEY, BTN_1);
	input_set_capability(demo, EV_SW, SW_LID);
	input_set_capability(demo, EV_MSC, MSC_SCAN);
	__set_bit(EV_REP, demo->evbit);

	err = input_register_device(demo);
	if (err)
		goto err_free_dev;
	pr_info("inputdemo: %s registered, repeat delay %d period %d\n",
		dev_name(&demo->dev), demo->rep[REP_DELAY],
		demo->rep[REP_PERIOD]);

	led_trigger_register_simple("inputdemo", &demo_trigger);
	led_trigger_register_simple("inputdemo", &demo_trigger_again);
	pr_info("inputdemo: first trigger %s, second %s\n",
		demo_trigger ? "registered" : "refused",
		demo_trigger_again ? "registered" : "refused");
	if (!demo_trigger) {
		err = -EBUSY;
		goto err_unregister_dev;
	}
	return 0;

err_unregister_dev:
	led_trigger_unregister_simple(demo_trigger_again);
	input_unregister_device(demo);
	return err;
err_free_dev:
	input_free_device(demo);
	return err;
}

static void __exit inputdemo_exit(void)
{
	led_trigger_unregister_simple(demo_trigger_again);
	led_trigger_unregister_simple(demo_trigger);
	input_unregister_device(demo);
	demo = NULL;
}

module_init(inputdemo_init);
module_exit(inputdemo_exit);
MODULE_DESCRIPTION("An input device and an LED trigger, exercised from user space");
MODULE_LICENSE("GPL");

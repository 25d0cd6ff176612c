// SPDX-License-Identifier: GPL-2.0
/*
 * The input core, as Linux 6.1's drivers/input/input.c: the "input"
 * class, input devices named inputN (a number per allocation, never
 * reused), their sysfs files (name, phys, uniq, modalias, properties,
 * inhibited, id/, capabilities/), uevents, the character major 13
 * region handlers' nodes live in, /proc/bus/input/{devices,handlers},
 * and event delivery: input_event() keeps the key/switch/LED state and
 * hands completed packets to the handles of attached handlers.
 *
 * Handlers (input_register_handler()) attach to every device their
 * id_table and match() accept, through a handle (the H: line of
 * /proc/bus/input/devices); a handle that opens its device calls the
 * driver's open(). Of the handlers Debian builds in, kbd is here
 * (drivers/tty/vt/keyboard.c); sysrq, input-leds and mousedev are not.
 */
#define pr_fmt(fmt) "input: " fmt

#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/input.h>
#include <linux/bitmap.h>
#include <linux/jiffies.h>
#include <linux/kobject.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysfs.h>
#include <linux/module_abi.h>

abi_check_size(input_dev);
abi_check_field(input_dev, name);
abi_check_field(input_dev, id);
abi_check_field(input_dev, evbit);
abi_check_field(input_dev, keybit);
abi_check_field(input_dev, swbit);
abi_check_field(input_dev, keycode);
abi_check_field(input_dev, setkeycode);
abi_check_field(input_dev, timer);
abi_check_field(input_dev, rep);
abi_check_field(input_dev, absinfo);
abi_check_field(input_dev, key);
abi_check_field(input_dev, open);
abi_check_field(input_dev, event);
abi_check_field(input_dev, mutex);
abi_check_field(input_dev, users);
abi_check_field(input_dev, dev);
abi_check_field(input_dev, h_list);
abi_check_field(input_dev, vals);
abi_check_field(input_dev, timestamp);
abi_check_field(input_dev, inhibited);
abi_check_size(input_handler);
abi_check_size(input_handle);

#define INPUT_MAX_CHAR_DEVICES	1024

static LIST_HEAD(input_dev_list);
static LIST_HEAD(input_handler_list);
/* both lists, and (un)registration of devices and handlers */
static DEFINE_MUTEX(input_mutex);

static const struct input_value input_value_sync = { EV_SYN, SYN_REPORT, 1 };

static bool is_event_supported(unsigned int code, const unsigned long *bm,
			       unsigned int max)
{
	return code <= max && test_bit(code, bm);
}

/* Fuzz: small moves around the last value are smoothed, as Linux does. */
static int input_defuzz_abs_event(int value, int old_val, int fuzz)
{
	if (fuzz) {
		if (value > old_val - fuzz / 2 && value < old_val + fuzz / 2)
			return old_val;
		if (value > old_val - fuzz && value < old_val + fuzz)
			return (old_val * 3 + value) / 4;
		if (value > old_val - fuzz * 2 && value < old_val + fuzz * 2)
			return (old_val + value) / 2;
	}
	return value;
}

static void input_start_autorepeat(struct input_dev *dev, int code)
{
	if (test_bit(EV_REP, dev->evbit) && dev->rep[REP_PERIOD] &&
	    dev->rep[REP_DELAY] && dev->timer.function) {
		dev->repeat_key = code;
		mod_timer(&dev->timer,
			  jiffies + msecs_to_jiffies(dev->rep[REP_DELAY]));
	}
}

static void input_stop_autorepeat(struct input_dev *dev)
{
	del_timer(&dev->timer);
}

/* Filters first; what they let through goes to the handler. */
static unsigned int input_to_handler(struct input_handle *handle,
				     struct input_value *vals,
				     unsigned int count)
{
	struct input_handler *handler = handle->handler;
	struct input_value *end = vals;
	struct input_value *v;

	if (handler->filter) {
		for (v = vals; v != vals + count; v++) {
			if (handler->filter(handle, v->type, v->code, v->value))
				continue;
			if (end != v)
				*end = *v;
			end++;
		}
		count = end - vals;
	}
	if (!count)
		return 0;
	if (handler->events)
		handler->events(handle, vals, count);
	else if (handler->event)
		for (v = vals; v != vals + count; v++)
			handler->event(handle, v->type, v->code, v->value);
	return count;
}

static void input_pass_values(struct input_dev *dev,
			      struct input_value *vals, unsigned int count)
{
	struct input_handle *handle;
	struct input_value *v;

	if (!count)
		return;

	handle = dev->grab;
	if (handle) {
		count = input_to_handler(handle, vals, count);
	} else {
		list_for_each_entry(handle, &dev->h_list, d_node) {
			if (!handle->open)
				continue;
			count = input_to_handler(handle, vals, count);
			if (!count)
				break;
		}
	}

	if (!(test_bit(EV_REP, dev->evbit) && test_bit(EV_KEY, dev->evbit)))
		return;
	for (v = vals; v != vals + count; v++) {
		if (v->type != EV_KEY || v->value == 2)
			continue;
		if (v->value)
			input_start_autorepeat(dev, v->code);
		else
			input_stop_autorepeat(dev);
	}
}

#define INPUT_IGNORE_EVENT	0
#define INPUT_PASS_TO_HANDLERS	1
#define INPUT_PASS_TO_DEVICE	2
#define INPUT_SLOT		4
#define INPUT_FLUSH		8
#define INPUT_PASS_TO_ALL	(INPUT_PASS_TO_HANDLERS | INPUT_PASS_TO_DEVICE)

static bool input_is_mt_value(int axis)
{
	return axis >= ABS_MT_FIRST && axis <= ABS_MT_LAST;
}

/* No multitouch slots here (input_mt_init_slots is not built). */
static int input_handle_abs_event(struct input_dev *dev, unsigned int code,
				  int *pval)
{
	int *pold;

	if (code == ABS_MT_SLOT)
		return INPUT_IGNORE_EVENT;
	if (input_is_mt_value(code))
		return INPUT_PASS_TO_HANDLERS;

	pold = &dev->absinfo[code].value;
	*pval = input_defuzz_abs_event(*pval, *pold, dev->absinfo[code].fuzz);
	if (*pold == *pval)
		return INPUT_IGNORE_EVENT;
	*pold = *pval;
	return INPUT_PASS_TO_HANDLERS;
}

/* A state bit that changes with the event: pass it on only on a change. */
static int input_toggle(unsigned long *state, unsigned int code, int value,
			int disposition)
{
	if (!!test_bit(code, state) == !!value)
		return INPUT_IGNORE_EVENT;
	__change_bit(code, state);
	return disposition;
}

static int input_get_disposition(struct input_dev *dev, unsigned int type,
				 unsigned int code, int *pval)
{
	int value = *pval;

	switch (type) {
	case EV_SYN:
		if (code == SYN_CONFIG)
			return INPUT_PASS_TO_ALL;
		if (code == SYN_REPORT)
			return INPUT_PASS_TO_HANDLERS | INPUT_FLUSH;
		if (code == SYN_MT_REPORT)
			return INPUT_PASS_TO_HANDLERS;
		return INPUT_IGNORE_EVENT;
	case EV_KEY:
		if (!is_event_supported(code, dev->keybit, KEY_MAX))
			return INPUT_IGNORE_EVENT;
		/* auto-repeat leaves the key state alone */
		if (value == 2)
			return INPUT_PASS_TO_HANDLERS;
		return input_toggle(dev->key, code, value,
				    INPUT_PASS_TO_HANDLERS);
	case EV_SW:
		if (!is_event_supported(code, dev->swbit, SW_MAX))
			return INPUT_IGNORE_EVENT;
		return input_toggle(dev->sw, code, value,
				    INPUT_PASS_TO_HANDLERS);
	case EV_ABS:
		if (!is_event_supported(code, dev->absbit, ABS_MAX))
			return INPUT_IGNORE_EVENT;
		return input_handle_abs_event(dev, code, pval);
	case EV_REL:
		if (is_event_supported(code, dev->relbit, REL_MAX) && value)
			return INPUT_PASS_TO_HANDLERS;
		return INPUT_IGNORE_EVENT;
	case EV_MSC:
		if (is_event_supported(code, dev->mscbit, MSC_MAX))
			return INPUT_PASS_TO_ALL;
		return INPUT_IGNORE_EVENT;
	case EV_LED:
		if (!is_event_supported(code, dev->ledbit, LED_MAX))
			return INPUT_IGNORE_EVENT;
		return input_toggle(dev->led, code, value, INPUT_PASS_TO_ALL);
	case EV_SND:
		if (!is_event_supported(code, dev->sndbit, SND_MAX))
			return INPUT_IGNORE_EVENT;
		if (!!test_bit(code, dev->snd) != !!value)
			__change_bit(code, dev->snd);
		return INPUT_PASS_TO_ALL;
	case EV_REP:
		if (code <= REP_MAX && value >= 0 && dev->rep[code] != value) {
			dev->rep[code] = value;
			return INPUT_PASS_TO_ALL;
		}
		return INPUT_IGNORE_EVENT;
	case EV_FF:
		return value >= 0 ? INPUT_PASS_TO_ALL : INPUT_IGNORE_EVENT;
	case EV_PWR:
		return INPUT_PASS_TO_ALL;
	}
	return INPUT_IGNORE_EVENT;
}

/* Values gather in dev->vals until SYN_REPORT (or a full buffer). */
static void input_event_dispose(struct input_dev *dev, int disposition,
				unsigned int type, unsigned int code, int value)
{
	struct input_value *v;

	if (!dev->vals)
		return;
	if (disposition & INPUT_PASS_TO_HANDLERS) {
		v = &dev->vals[dev->num_vals++];
		v->type = type;
		v->code = code;
		v->value = value;
	}
	if (disposition & INPUT_FLUSH) {
		if (dev->num_vals >= 2)
			input_pass_values(dev, dev->vals, dev->num_vals);
		dev->num_vals = 0;
		dev->timestamp[INPUT_CLK_MONO] = 0;
	} else if (dev->num_vals >= dev->max_vals - 2) {
		dev->vals[dev->num_vals++] = input_value_sync;
		input_pass_values(dev, dev->vals, dev->num_vals);
		dev->num_vals = 0;
	}
}

static void input_handle_event(struct input_dev *dev, unsigned int type,
			       unsigned int code, int value)
{
	int disposition = input_get_disposition(dev, type, code, &value);

	if ((disposition & INPUT_PASS_TO_DEVICE) && dev->event)
		dev->event(dev, type, code, value);
	input_event_dispose(dev, disposition, type, code, value);
}

void input_event(struct input_dev *dev, unsigned int type,
		 unsigned int code, int value)
{
	unsigned long flags;

	if (!is_event_supported(type, dev->evbit, EV_MAX))
		return;
	spin_lock_irqsave(&dev->event_lock, flags);
	input_handle_event(dev, type, code, value);
	spin_unlock_irqrestore(&dev->event_lock, flags);
}
EXPORT_SYMBOL(input_event);

void input_alloc_absinfo(struct input_dev *dev)
{
	if (dev->absinfo)
		return;
	dev->absinfo = kcalloc(ABS_CNT, sizeof(*dev->absinfo), GFP_KERNEL);
	WARN(!dev->absinfo, "%s(): kcalloc() failed?\n", __func__);
}
EXPORT_SYMBOL(input_alloc_absinfo);

void input_set_abs_params(struct input_dev *dev, unsigned int axis,
			  int min, int max, int fuzz, int flat)
{
	struct input_absinfo *absinfo;

	__set_bit(EV_ABS, dev->evbit);
	__set_bit(axis, dev->absbit);

	input_alloc_absinfo(dev);
	if (!dev->absinfo)
		return;

	absinfo = &dev->absinfo[axis];
	absinfo->minimum = min;
	absinfo->maximum = max;
	absinfo->fuzz = fuzz;
	absinfo->flat = flat;
}
EXPORT_SYMBOL(input_set_abs_params);

static const unsigned int input_max_code[EV_CNT] = {
	[EV_KEY] = KEY_MAX,
	[EV_REL] = REL_MAX,
	[EV_ABS] = ABS_MAX,
	[EV_MSC] = MSC_MAX,
	[EV_SW] = SW_MAX,
	[EV_LED] = LED_MAX,
	[EV_SND] = SND_MAX,
	[EV_FF] = FF_MAX,
};

void input_set_capability(struct input_dev *dev, unsigned int type,
			  unsigned int code)
{
	if (type < EV_CNT && input_max_code[type] &&
	    code > input_max_code[type]) {
		pr_err("%s: invalid code %u for type %u\n", __func__, code,
		       type);
		dump_stack();
		return;
	}

	switch (type) {
	case EV_KEY:
		__set_bit(code, dev->keybit);
		break;
	case EV_REL:
		__set_bit(code, dev->relbit);
		break;
	case EV_ABS:
		input_alloc_absinfo(dev);
		if (!dev->absinfo)
			return;
		__set_bit(code, dev->absbit);
		break;
	case EV_MSC:
		__set_bit(code, dev->mscbit);
		break;
	case EV_SW:
		__set_bit(code, dev->swbit);
		break;
	case EV_LED:
		__set_bit(code, dev->ledbit);
		break;
	case EV_SND:
		__set_bit(code, dev->sndbit);
		break;
	case EV_FF:
		__set_bit(code, dev->ffbit);
		break;
	case EV_PWR:
		break;
	default:
		pr_err("%s: unknown type %u (code %u)\n", __func__, type, code);
		dump_stack();
		return;
	}
	__set_bit(type, dev->evbit);
}
EXPORT_SYMBOL(input_set_capability);

/* ---- bitmaps as Linux prints them: hex longs, high first ---- */

static int input_print_bitmap(char *buf, int buf_size,
			      const unsigned long *bitmap, int max,
			      bool add_cr)
{
	bool skip_empty = true;
	int len = 0;
	int i;

	for (i = BITS_TO_LONGS(max) - 1; i >= 0; i--) {
		if (bitmap[i] || !skip_empty)
			len += scnprintf(buf + len, max(buf_size - len, 0),
					 "%lx", bitmap[i]);
		if (len) {
			skip_empty = false;
			if (i > 0)
				len += scnprintf(buf + len,
						 max(buf_size - len, 0), " ");
		}
	}
	if (len == 0)
		len = scnprintf(buf, buf_size, "%d", 0);
	if (add_cr)
		len += scnprintf(buf + len, max(buf_size - len, 0), "\n");
	return len;
}

static int input_print_modalias_bits(char *buf, int size, char name,
				     const unsigned long *bm,
				     unsigned int min_bit, unsigned int max_bit)
{
	int len = scnprintf(buf, max(size, 0), "%c", name);
	unsigned int i;

	for (i = min_bit; i < max_bit; i++)
		if (test_bit(i, bm))
			len += scnprintf(buf + len, max(size - len, 0), "%X,",
					 i);
	return len;
}

static int input_print_modalias(char *buf, int size,
				const struct input_dev *id, bool add_cr)
{
	int len;

	len = scnprintf(buf, max(size, 0), "input:b%04Xv%04Xp%04Xe%04X-",
			id->id.bustype, id->id.vendor, id->id.product,
			id->id.version);
	len += input_print_modalias_bits(buf + len, size - len, 'e',
					 id->evbit, 0, EV_MAX);
	len += input_print_modalias_bits(buf + len, size - len, 'k',
					 id->keybit, KEY_MIN_INTERESTING,
					 KEY_MAX);
	len += input_print_modalias_bits(buf + len, size - len, 'r',
					 id->relbit, 0, REL_MAX);
	len += input_print_modalias_bits(buf + len, size - len, 'a',
					 id->absbit, 0, ABS_MAX);
	len += input_print_modalias_bits(buf + len, size - len, 'm',
					 id->mscbit, 0, MSC_MAX);
	len += input_print_modalias_bits(buf + len, size - len, 'l',
					 id->ledbit, 0, LED_MAX);
	len += input_print_modalias_bits(buf + len, size - len, 's',
					 id->sndbit, 0, SND_MAX);
	len += input_print_modalias_bits(buf + len, size - len, 'f',
					 id->ffbit, 0, FF_MAX);
	len += input_print_modalias_bits(buf + len, size - len, 'w',
					 id->swbit, 0, SW_MAX);
	if (add_cr)
		len += scnprintf(buf + len, max(size - len, 0), "\n");
	return len;
}

/* ---- sysfs ---- */

static ssize_t input_dev_show_name(struct device *dev,
				   struct device_attribute *attr, char *buf)
{
	struct input_dev *input_dev = to_input_dev(dev);

	return scnprintf(buf, PAGE_SIZE, "%s\n",
			 input_dev->name ? input_dev->name : "");
}
static DEVICE_ATTR(name, 0444, input_dev_show_name, NULL);

static ssize_t input_dev_show_phys(struct device *dev,
				   struct device_attribute *attr, char *buf)
{
	struct input_dev *input_dev = to_input_dev(dev);

	return scnprintf(buf, PAGE_SIZE, "%s\n",
			 input_dev->phys ? input_dev->phys : "");
}
static DEVICE_ATTR(phys, 0444, input_dev_show_phys, NULL);

static ssize_t input_dev_show_uniq(struct device *dev,
				   struct device_attribute *attr, char *buf)
{
	struct input_dev *input_dev = to_input_dev(dev);

	return scnprintf(buf, PAGE_SIZE, "%s\n",
			 input_dev->uniq ? input_dev->uniq : "");
}
static DEVICE_ATTR(uniq, 0444, input_dev_show_uniq, NULL);

static ssize_t input_dev_show_modalias(struct device *dev,
				       struct device_attribute *attr,
				       char *buf)
{
	return min_t(int, input_print_modalias(buf, PAGE_SIZE,
					       to_input_dev(dev), true),
		     PAGE_SIZE);
}
static DEVICE_ATTR(modalias, 0444, input_dev_show_modalias, NULL);

static ssize_t input_dev_show_properties(struct device *dev,
					 struct device_attribute *attr,
					 char *buf)
{
	return min_t(int, input_print_bitmap(buf, PAGE_SIZE,
					     to_input_dev(dev)->propbit,
					     INPUT_PROP_MAX, true),
		     PAGE_SIZE);
}
static DEVICE_ATTR(properties, 0444, input_dev_show_properties, NULL);

static ssize_t inhibited_show(struct device *dev,
			      struct device_attribute *attr, char *buf)
{
	return scnprintf(buf, PAGE_SIZE, "%d\n", to_input_dev(dev)->inhibited);
}

/* Inhibiting closes the device for its users; nothing opens one here. */
static ssize_t inhibited_store(struct device *dev,
			       struct device_attribute *attr, const char *buf,
			       size_t len)
{
	struct input_dev *input_dev = to_input_dev(dev);
	bool inhibited;
	int rv;

	rv = kstrtobool(buf, &inhibited);
	if (rv)
		return rv;
	mutex_lock(&input_dev->mutex);
	if (inhibited != input_dev->inhibited) {
		if (input_dev->users) {
			if (inhibited && input_dev->close)
				input_dev->close(input_dev);
			if (!inhibited && input_dev->open)
				rv = input_dev->open(input_dev);
		}
		if (!rv)
			input_dev->inhibited = inhibited;
	}
	mutex_unlock(&input_dev->mutex);
	return rv ? rv : len;
}
static DEVICE_ATTR_RW(inhibited);

static struct attribute *input_dev_attrs[] = {
	&dev_attr_name.attr,
	&dev_attr_phys.attr,
	&dev_attr_uniq.attr,
	&dev_attr_modalias.attr,
	&dev_attr_properties.attr,
	&dev_attr_inhibited.attr,
	NULL
};

static const struct attribute_group input_dev_attr_group = {
	.attrs	= input_dev_attrs,
};

#define INPUT_DEV_ID_ATTR(name)						\
static ssize_t input_dev_show_id_##name(struct device *dev,		\
					struct device_attribute *attr,	\
					char *buf)			\
{									\
	return scnprintf(buf, PAGE_SIZE, "%04x\n",			\
			 to_input_dev(dev)->id.name);			\
}									\
static struct device_attribute dev_attr_id_##name =			\
	__ATTR(name, 0444, input_dev_show_id_##name, NULL)

INPUT_DEV_ID_ATTR(bustype);
INPUT_DEV_ID_ATTR(vendor);
INPUT_DEV_ID_ATTR(product);
INPUT_DEV_ID_ATTR(version);

static struct attribute *input_dev_id_attrs[] = {
	&dev_attr_id_bustype.attr,
	&dev_attr_id_vendor.attr,
	&dev_attr_id_product.attr,
	&dev_attr_id_version.attr,
	NULL
};

static const struct attribute_group input_dev_id_attr_group = {
	.name	= "id",
	.attrs	= input_dev_id_attrs,
};

#define INPUT_DEV_CAP_ATTR(ev, bm)					\
static ssize_t input_dev_show_cap_##bm(struct device *dev,		\
				       struct device_attribute *attr,	\
				       char *buf)			\
{									\
	struct input_dev *input_dev = to_input_dev(dev);		\
	int len = input_print_bitmap(buf, PAGE_SIZE,			\
				     input_dev->bm##bit, ev##_MAX,	\
				     true);				\
	return min_t(int, len, PAGE_SIZE);				\
}									\
static struct device_attribute dev_attr_cap_##bm =			\
	__ATTR(bm, 0444, input_dev_show_cap_##bm, NULL)

INPUT_DEV_CAP_ATTR(EV, ev);
INPUT_DEV_CAP_ATTR(KEY, key);
INPUT_DEV_CAP_ATTR(REL, rel);
INPUT_DEV_CAP_ATTR(ABS, abs);
INPUT_DEV_CAP_ATTR(MSC, msc);
INPUT_DEV_CAP_ATTR(LED, led);
INPUT_DEV_CAP_ATTR(SND, snd);
INPUT_DEV_CAP_ATTR(FF, ff);
INPUT_DEV_CAP_ATTR(SW, sw);

static struct attribute *input_dev_caps_attrs[] = {
	&dev_attr_cap_ev.attr,
	&dev_attr_cap_key.attr,
	&dev_attr_cap_rel.attr,
	&dev_attr_cap_abs.attr,
	&dev_attr_cap_msc.attr,
	&dev_attr_cap_led.attr,
	&dev_attr_cap_snd.attr,
	&dev_attr_cap_ff.attr,
	&dev_attr_cap_sw.attr,
	NULL
};

static const struct attribute_group input_dev_caps_attr_group = {
	.name	= "capabilities",
	.attrs	= input_dev_caps_attrs,
};

static const struct attribute_group *input_dev_attr_groups[] = {
	&input_dev_attr_group,
	&input_dev_id_attr_group,
	&input_dev_caps_attr_group,
	NULL
};

static void input_dev_release(struct device *device)
{
	struct input_dev *dev = to_input_dev(device);

	kfree(dev->absinfo);
	kfree(dev->vals);
	kfree(dev);
	module_put(THIS_MODULE);
}

/* ---- uevents: written straight into the environment's buffer ---- */

static int input_add_uevent_bm_var(struct kobj_uevent_env *env,
				   const char *name, const unsigned long *bitmap,
				   int max)
{
	int len;

	if (add_uevent_var(env, "%s", name))
		return -ENOMEM;

	len = input_print_bitmap(&env->buf[env->buflen - 1],
				 sizeof(env->buf) - env->buflen,
				 bitmap, max, false);
	if (len >= (sizeof(env->buf) - env->buflen))
		return -ENOMEM;

	env->buflen += len;
	return 0;
}

static int input_add_uevent_modalias_var(struct kobj_uevent_env *env,
					 const struct input_dev *dev)
{
	int len;

	if (add_uevent_var(env, "MODALIAS="))
		return -ENOMEM;

	len = input_print_modalias(&env->buf[env->buflen - 1],
				   sizeof(env->buf) - env->buflen, dev, false);
	if (len >= (sizeof(env->buf) - env->buflen))
		return -ENOMEM;

	env->buflen += len;
	return 0;
}

#define INPUT_ADD_HOTPLUG_VAR(fmt, val...)				\
	do {								\
		int err = add_uevent_var(env, fmt, val);		\
		if (err)						\
			return err;					\
	} while (0)

#define INPUT_ADD_HOTPLUG_BM_VAR(name, bm, max)				\
	do {								\
		int err = input_add_uevent_bm_var(env, name, bm, max);	\
		if (err)						\
			return err;					\
	} while (0)

static int input_dev_uevent(struct device *device, struct kobj_uevent_env *env)
{
	struct input_dev *dev = to_input_dev(device);
	int err;

	INPUT_ADD_HOTPLUG_VAR("PRODUCT=%x/%x/%x/%x", dev->id.bustype,
			      dev->id.vendor, dev->id.product, dev->id.version);
	if (dev->name)
		INPUT_ADD_HOTPLUG_VAR("NAME=\"%s\"", dev->name);
	if (dev->phys)
		INPUT_ADD_HOTPLUG_VAR("PHYS=\"%s\"", dev->phys);
	if (dev->uniq)
		INPUT_ADD_HOTPLUG_VAR("UNIQ=\"%s\"", dev->uniq);

	INPUT_ADD_HOTPLUG_BM_VAR("PROP=", dev->propbit, INPUT_PROP_MAX);
	INPUT_ADD_HOTPLUG_BM_VAR("EV=", dev->evbit, EV_MAX);
	if (test_bit(EV_KEY, dev->evbit))
		INPUT_ADD_HOTPLUG_BM_VAR("KEY=", dev->keybit, KEY_MAX);
	if (test_bit(EV_REL, dev->evbit))
		INPUT_ADD_HOTPLUG_BM_VAR("REL=", dev->relbit, REL_MAX);
	if (test_bit(EV_ABS, dev->evbit))
		INPUT_ADD_HOTPLUG_BM_VAR("ABS=", dev->absbit, ABS_MAX);
	if (test_bit(EV_MSC, dev->evbit))
		INPUT_ADD_HOTPLUG_BM_VAR("MSC=", dev->mscbit, MSC_MAX);
	if (test_bit(EV_LED, dev->evbit))
		INPUT_ADD_HOTPLUG_BM_VAR("LED=", dev->ledbit, LED_MAX);
	if (test_bit(EV_SND, dev->evbit))
		INPUT_ADD_HOTPLUG_BM_VAR("SND=", dev->sndbit, SND_MAX);
	if (test_bit(EV_FF, dev->evbit))
		INPUT_ADD_HOTPLUG_BM_VAR("FF=", dev->ffbit, FF_MAX);
	if (test_bit(EV_SW, dev->evbit))
		INPUT_ADD_HOTPLUG_BM_VAR("SW=", dev->swbit, SW_MAX);

	err = input_add_uevent_modalias_var(env, dev);
	if (err)
		return err;
	return 0;
}

static const struct device_type input_dev_type = {
	.groups		= input_dev_attr_groups,
	.release	= input_dev_release,
	.uevent		= input_dev_uevent,
};

static char *input_devnode(struct device *dev, umode_t *mode)
{
	return kasprintf(GFP_KERNEL, "input/%s", dev_name(dev));
}

struct class input_class = {
	.name		= "input",
	.devnode	= input_devnode,
};
EXPORT_SYMBOL_GPL(input_class);

/* ---- allocation and registration ---- */

static atomic_t input_no = ATOMIC_INIT(-1);

struct input_dev *input_allocate_device(void)
{
	struct input_dev *dev;

	dev = kzalloc(sizeof(*dev), GFP_KERNEL);
	if (!dev)
		return NULL;

	dev->dev.type = &input_dev_type;
	dev->dev.class = &input_class;
	device_initialize(&dev->dev);
	mutex_init(&dev->mutex);
	spin_lock_init(&dev->event_lock);
	timer_setup(&dev->timer, NULL, 0);
	INIT_LIST_HEAD(&dev->h_list);
	INIT_LIST_HEAD(&dev->node);

	dev_set_name(&dev->dev, "input%lu",
		     (unsigned long)atomic_inc_return(&input_no));
	__module_get(THIS_MODULE);
	return dev;
}
EXPORT_SYMBOL(input_allocate_device);

void input_free_device(struct input_dev *dev)
{
	if (dev)
		put_device(&dev->dev);
}
EXPORT_SYMBOL(input_free_device);

static void input_repeat_key(struct timer_list *t)
{
	struct input_dev *dev = from_timer(dev, t, timer);
	unsigned long flags;

	spin_lock_irqsave(&dev->event_lock, flags);
	if (!dev->inhibited && test_bit(dev->repeat_key, dev->key) &&
	    is_event_supported(dev->repeat_key, dev->keybit, KEY_MAX)) {
		struct input_value vals[] = {
			{ EV_KEY, dev->repeat_key, 2 },
			input_value_sync,
		};

		input_pass_values(dev, vals, ARRAY_SIZE(vals));
		if (dev->rep[REP_PERIOD])
			mod_timer(&dev->timer, jiffies +
				  msecs_to_jiffies(dev->rep[REP_PERIOD]));
	}
	spin_unlock_irqrestore(&dev->event_lock, flags);
}

/* The bitmaps of types the device does not report are cleared. */
static void input_cleanse_bitmasks(struct input_dev *dev)
{
#define CLEANSE(type, bits)						\
	do {								\
		if (!test_bit(EV_##type, dev->evbit))			\
			memset(dev->bits##bit, 0,			\
			       sizeof(dev->bits##bit));			\
	} while (0)
	CLEANSE(KEY, key);
	CLEANSE(REL, rel);
	CLEANSE(ABS, abs);
	CLEANSE(MSC, msc);
	CLEANSE(LED, led);
	CLEANSE(SND, snd);
	CLEANSE(FF, ff);
	CLEANSE(SW, sw);
#undef CLEANSE
}

static unsigned int input_estimate_events_per_packet(struct input_dev *dev)
{
	unsigned int events;
	int mt_slots = 0;
	int i;

	if (test_bit(ABS_MT_TRACKING_ID, dev->absbit)) {
		mt_slots = dev->absinfo[ABS_MT_TRACKING_ID].maximum -
			   dev->absinfo[ABS_MT_TRACKING_ID].minimum + 1;
		mt_slots = clamp(mt_slots, 2, 32);
	} else if (test_bit(ABS_MT_POSITION_X, dev->absbit)) {
		mt_slots = 2;
	}

	events = mt_slots + 1;	/* SYN_MT_REPORT and SYN_REPORT */
	if (test_bit(EV_ABS, dev->evbit))
		for_each_set_bit(i, dev->absbit, ABS_CNT)
			events += input_is_mt_value(i) ? mt_slots : 1;
	if (test_bit(EV_REL, dev->evbit))
		for_each_set_bit(i, dev->relbit, REL_CNT)
			events++;
	events += 7;		/* room for KEY and MSC events */
	return events;
}

static void input_wakeup_procfs_readers(void);

/* ---- handlers and handles ---- */

static bool input_match_device_id(const struct input_dev *dev, const struct input_device_id *id)
{
	if ((id->flags & INPUT_DEVICE_ID_MATCH_BUS) && id->bustype != dev->id.bustype)
		return false;
	if ((id->flags & INPUT_DEVICE_ID_MATCH_VENDOR) && id->vendor != dev->id.vendor)
		return false;
	if ((id->flags & INPUT_DEVICE_ID_MATCH_PRODUCT) && id->product != dev->id.product)
		return false;
	if ((id->flags & INPUT_DEVICE_ID_MATCH_VERSION) && id->version != dev->id.version)
		return false;
	return bitmap_subset(id->evbit, dev->evbit, EV_MAX) &&
	       bitmap_subset(id->keybit, dev->keybit, KEY_MAX) &&
	       bitmap_subset(id->relbit, dev->relbit, REL_MAX) &&
	       bitmap_subset(id->absbit, dev->absbit, ABS_MAX) &&
	       bitmap_subset(id->mscbit, dev->mscbit, MSC_MAX) &&
	       bitmap_subset(id->ledbit, dev->ledbit, LED_MAX) &&
	       bitmap_subset(id->sndbit, dev->sndbit, SND_MAX) &&
	       bitmap_subset(id->ffbit, dev->ffbit, FF_MAX) &&
	       bitmap_subset(id->swbit, dev->swbit, SW_MAX) &&
	       bitmap_subset(id->propbit, dev->propbit, INPUT_PROP_MAX);
}

static const struct input_device_id *input_match_device(struct input_handler *handler,
							struct input_dev *dev)
{
	const struct input_device_id *id;

	for (id = handler->id_table; id->flags || id->driver_info; id++)
		if (input_match_device_id(dev, id) &&
		    (!handler->match || handler->match(handler, dev)))
			return id;
	return NULL;
}

static int input_attach_handler(struct input_dev *dev, struct input_handler *handler)
{
	const struct input_device_id *id = input_match_device(handler, dev);
	int error;

	if (!id)
		return -ENODEV;
	error = handler->connect(handler, dev, id);
	if (error && error != -ENODEV)
		pr_err("failed to attach handler %s to device %s, error: %d\n",
		       handler->name, kobject_name(&dev->dev.kobj), error);
	return error;
}

int input_register_handler(struct input_handler *handler)
{
	struct input_dev *dev;

	INIT_LIST_HEAD(&handler->h_list);
	mutex_lock(&input_mutex);
	list_add_tail(&handler->node, &input_handler_list);
	list_for_each_entry(dev, &input_dev_list, node)
		input_attach_handler(dev, handler);
	input_wakeup_procfs_readers();
	mutex_unlock(&input_mutex);
	return 0;
}
EXPORT_SYMBOL(input_register_handler);

void input_unregister_handler(struct input_handler *handler)
{
	struct input_handle *handle, *next;

	mutex_lock(&input_mutex);
	list_for_each_entry_safe(handle, next, &handler->h_list, h_node)
		handler->disconnect(handle);
	WARN_ON(!list_empty(&handler->h_list));
	list_del_init(&handler->node);
	input_wakeup_procfs_readers();
	mutex_unlock(&input_mutex);
}
EXPORT_SYMBOL(input_unregister_handler);

/* Filters go first in the device's list, as Linux keeps them. */
int input_register_handle(struct input_handle *handle)
{
	struct input_handler *handler = handle->handler;
	struct input_dev *dev = handle->dev;

	mutex_lock(&dev->mutex);
	if (handler->filter)
		list_add(&handle->d_node, &dev->h_list);
	else
		list_add_tail(&handle->d_node, &dev->h_list);
	mutex_unlock(&dev->mutex);
	list_add_tail(&handle->h_node, &handler->h_list);
	if (handler->start)
		handler->start(handle);
	return 0;
}
EXPORT_SYMBOL(input_register_handle);

void input_unregister_handle(struct input_handle *handle)
{
	struct input_dev *dev = handle->dev;

	list_del(&handle->h_node);
	mutex_lock(&dev->mutex);
	list_del(&handle->d_node);
	mutex_unlock(&dev->mutex);
}
EXPORT_SYMBOL(input_unregister_handle);

/* The first user opens the device: its driver's open() starts it. */
int input_open_device(struct input_handle *handle)
{
	struct input_dev *dev = handle->dev;
	int retval = 0;

	mutex_lock(&dev->mutex);
	if (dev->going_away) {
		retval = -ENODEV;
		goto out;
	}
	handle->open++;
	if (dev->users++ || dev->inhibited)
		goto out;
	if (dev->open) {
		retval = dev->open(dev);
		if (retval) {
			dev->users--;
			handle->open--;
		}
	}
out:
	mutex_unlock(&dev->mutex);
	return retval;
}
EXPORT_SYMBOL(input_open_device);

void input_close_device(struct input_handle *handle)
{
	struct input_dev *dev = handle->dev;

	mutex_lock(&dev->mutex);
	if (!--dev->users && !dev->inhibited && dev->close)
		dev->close(dev);
	handle->open--;
	mutex_unlock(&dev->mutex);
}
EXPORT_SYMBOL(input_close_device);

int input_register_device(struct input_dev *dev)
{
	struct input_handler *handler;
	unsigned int packet_size;
	const char *path;
	int error;

	if (test_bit(EV_ABS, dev->evbit) && !dev->absinfo) {
		dev_err(&dev->dev,
			"Absolute device without dev->absinfo, refusing to register\n");
		return -EINVAL;
	}

	/* every device reports SYN_REPORT; KEY_RESERVED never goes out */
	__set_bit(EV_SYN, dev->evbit);
	__clear_bit(KEY_RESERVED, dev->keybit);
	input_cleanse_bitmasks(dev);

	packet_size = input_estimate_events_per_packet(dev);
	if (dev->hint_events_per_packet < packet_size)
		dev->hint_events_per_packet = packet_size;

	dev->max_vals = dev->hint_events_per_packet + 2;
	dev->vals = kcalloc(dev->max_vals, sizeof(*dev->vals), GFP_KERNEL);
	if (!dev->vals)
		return -ENOMEM;

	/* a driver that set delay and period repeats keys itself */
	if (!dev->rep[REP_DELAY] && !dev->rep[REP_PERIOD]) {
		dev->timer.function = input_repeat_key;
		dev->rep[REP_DELAY] = 250;
		dev->rep[REP_PERIOD] = 33;
	}

	error = device_add(&dev->dev);
	if (error)
		goto err_free_vals;

	path = kobject_get_path(&dev->dev.kobj, GFP_KERNEL);
	pr_info("%s as %s\n", dev->name ? dev->name : "Unspecified device",
		path ? path : "N/A");
	kfree(path);

	mutex_lock(&input_mutex);
	list_add_tail(&dev->node, &input_dev_list);
	list_for_each_entry(handler, &input_handler_list, node)
		input_attach_handler(dev, handler);
	input_wakeup_procfs_readers();
	mutex_unlock(&input_mutex);
	return 0;

err_free_vals:
	kfree(dev->vals);
	dev->vals = NULL;
	return error;
}
EXPORT_SYMBOL(input_register_device);

/* Keys still down are released, so nobody is left with one pressed. */
static void input_dev_release_keys(struct input_dev *dev)
{
	bool need_sync = false;
	int code;

	if (!test_bit(EV_KEY, dev->evbit))
		return;
	for_each_set_bit(code, dev->key, KEY_CNT) {
		input_handle_event(dev, EV_KEY, code, 0);
		need_sync = true;
	}
	if (need_sync)
		input_handle_event(dev, EV_SYN, SYN_REPORT, 1);
}

static void input_disconnect_device(struct input_dev *dev)
{
	struct input_handle *handle;

	mutex_lock(&dev->mutex);
	dev->going_away = true;
	mutex_unlock(&dev->mutex);

	spin_lock_irq(&dev->event_lock);
	input_dev_release_keys(dev);
	list_for_each_entry(handle, &dev->h_list, d_node)
		handle->open = 0;
	spin_unlock_irq(&dev->event_lock);
}

void input_unregister_device(struct input_dev *dev)
{
	struct input_handle *handle, *next;

	input_disconnect_device(dev);

	mutex_lock(&input_mutex);
	list_for_each_entry_safe(handle, next, &dev->h_list, d_node)
		handle->handler->disconnect(handle);
	WARN_ON(!list_empty(&dev->h_list));
	del_timer_sync(&dev->timer);
	list_del_init(&dev->node);
	input_wakeup_procfs_readers();
	mutex_unlock(&input_mutex);

	device_del(&dev->dev);
	put_device(&dev->dev);
}
EXPORT_SYMBOL(input_unregister_device);

/* ---- /proc/bus/input ---- */

static struct proc_dir_entry *proc_bus_input_dir;
static DECLARE_WAIT_QUEUE_HEAD(input_devices_poll_wait);
static int input_devices_state;

static void input_wakeup_procfs_readers(void)
{
	input_devices_state++;
	wake_up(&input_devices_poll_wait);
}

static void *input_devices_seq_start(struct seq_file *seq, loff_t *pos)
{
	mutex_lock(&input_mutex);
	return seq_list_start(&input_dev_list, *pos);
}

static void *input_devices_seq_next(struct seq_file *seq, void *v,
				    loff_t *pos)
{
	return seq_list_next(v, &input_dev_list, pos);
}

static void input_seq_stop(struct seq_file *seq, void *v)
{
	mutex_unlock(&input_mutex);
}

static void input_seq_print_bitmap(struct seq_file *seq, const char *name,
				   const unsigned long *bitmap, int max)
{
	bool skip_empty = true;
	int i;

	seq_printf(seq, "B: %s=", name);
	for (i = BITS_TO_LONGS(max) - 1; i >= 0; i--) {
		if (!bitmap[i] && skip_empty)
			continue;
		skip_empty = false;
		seq_printf(seq, "%lx%s", bitmap[i], i > 0 ? " " : "");
	}
	/* nothing printed: a single 0 */
	if (skip_empty)
		seq_putc(seq, '0');
	seq_putc(seq, '\n');
}

static int input_devices_seq_show(struct seq_file *seq, void *v)
{
	struct input_dev *dev = container_of(v, struct input_dev, node);
	const char *path = kobject_get_path(&dev->dev.kobj, GFP_KERNEL);
	struct input_handle *handle;

	seq_printf(seq, "I: Bus=%04x Vendor=%04x Product=%04x Version=%04x\n",
		   dev->id.bustype, dev->id.vendor, dev->id.product,
		   dev->id.version);
	seq_printf(seq, "N: Name=\"%s\"\n", dev->name ? dev->name : "");
	seq_printf(seq, "P: Phys=%s\n", dev->phys ? dev->phys : "");
	seq_printf(seq, "S: Sysfs=%s\n", path ? path : "");
	seq_printf(seq, "U: Uniq=%s\n", dev->uniq ? dev->uniq : "");
	seq_puts(seq, "H: Handlers=");
	list_for_each_entry(handle, &dev->h_list, d_node)
		seq_printf(seq, "%s ", handle->name);
	seq_putc(seq, '\n');

	input_seq_print_bitmap(seq, "PROP", dev->propbit, INPUT_PROP_MAX);
	input_seq_print_bitmap(seq, "EV", dev->evbit, EV_MAX);
	if (test_bit(EV_KEY, dev->evbit))
		input_seq_print_bitmap(seq, "KEY", dev->keybit, KEY_MAX);
	if (test_bit(EV_REL, dev->evbit))
		input_seq_print_bitmap(seq, "REL", dev->relbit, REL_MAX);
	if (test_bit(EV_ABS, dev->evbit))
		input_seq_print_bitmap(seq, "ABS", dev->absbit, ABS_MAX);
	if (test_bit(EV_MSC, dev->evbit))
		input_seq_print_bitmap(seq, "MSC", dev->mscbit, MSC_MAX);
	if (test_bit(EV_LED, dev->evbit))
		input_seq_print_bitmap(seq, "LED", dev->ledbit, LED_MAX);
	if (test_bit(EV_SND, dev->evbit))
		input_seq_print_bitmap(seq, "SND", dev->sndbit, SND_MAX);
	if (test_bit(EV_FF, dev->evbit))
		input_seq_print_bitmap(seq, "FF", dev->ffbit, FF_MAX);
	if (test_bit(EV_SW, dev->evbit))
		input_seq_print_bitmap(seq, "SW", dev->swbit, SW_MAX);
	seq_putc(seq, '\n');

	kfree(path);
	return 0;
}

static const struct seq_operations input_devices_seq_ops = {
	.start	= input_devices_seq_start,
	.next	= input_devices_seq_next,
	.stop	= input_seq_stop,
	.show	= input_devices_seq_show,
};

static void *input_handlers_seq_start(struct seq_file *seq, loff_t *pos)
{
	mutex_lock(&input_mutex);
	return seq_list_start(&input_handler_list, *pos);
}

static void *input_handlers_seq_next(struct seq_file *seq, void *v,
				     loff_t *pos)
{
	return seq_list_next(v, &input_handler_list, pos);
}

static int input_handlers_seq_show(struct seq_file *seq, void *v)
{
	struct input_handler *handler =
		container_of(v, struct input_handler, node);
	unsigned int number = 0;
	struct input_handler *h;

	list_for_each_entry(h, &input_handler_list, node) {
		if (h == handler)
			break;
		number++;
	}
	seq_printf(seq, "N: Number=%u Name=%s", number, handler->name);
	if (handler->filter)
		seq_puts(seq, " (filter)");
	if (handler->legacy_minors)
		seq_printf(seq, " Minor=%d", handler->minor);
	seq_putc(seq, '\n');
	return 0;
}

static const struct seq_operations input_handlers_seq_ops = {
	.start	= input_handlers_seq_start,
	.next	= input_handlers_seq_next,
	.stop	= input_seq_stop,
	.show	= input_handlers_seq_show,
};

static int __init input_proc_init(void)
{
	struct proc_dir_entry *entry;

	proc_bus_input_dir = proc_mkdir("bus/input", NULL);
	if (!proc_bus_input_dir)
		return -ENOMEM;

	entry = proc_create_seq("devices", 0, proc_bus_input_dir,
				&input_devices_seq_ops);
	if (!entry)
		goto fail_remove_dir;
	entry = proc_create_seq("handlers", 0, proc_bus_input_dir,
				&input_handlers_seq_ops);
	if (!entry)
		goto fail_remove_devices;
	return 0;

fail_remove_devices:
	remove_proc_entry("devices", proc_bus_input_dir);
fail_remove_dir:
	remove_proc_entry("bus/input", NULL);
	return -ENOMEM;
}

static int __init input_init(void)
{
	int err;

	err = class_register(&input_class);
	if (err) {
		pr_err("unable to register input_dev class\n");
		return err;
	}

	err = input_proc_init();
	if (err)
		goto fail_unregister_class;

	err = register_chrdev_region(MKDEV(INPUT_MAJOR, 0),
				     INPUT_MAX_CHAR_DEVICES, "input");
	if (err) {
		pr_err("unable to register char major %d", INPUT_MAJOR);
		goto fail_remove_proc;
	}
	return 0;

fail_remove_proc:
	remove_proc_entry("devices", proc_bus_input_dir);
	remove_proc_entry("handlers", proc_bus_input_dir);
	remove_proc_entry("bus/input", NULL);
fail_unregister_class:
	class_unregister(&input_class);
	return err;
}
subsys_initcall(input_init);

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The input core's device, as Linux 6.1's <linux/input.h> lays it out:
 * drivers (Debian's rc-core among them) fill in the capability bitmaps,
 * the keymap and the repeat settings inline, so every field sits where
 * Debian's modules find it (checked in drivers/input/input.c).
 */
#ifndef _LINUX_INPUT_H
#define _LINUX_INPUT_H

#include <linux/types.h>
#include <linux/bitops.h>
#include <linux/device.h>
#include <linux/mod_devicetable.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/timer.h>
#include <linux/ktime.h>

/* The event types and their highest codes (uapi/linux/input-event-codes.h). */
#define EV_SYN			0x00
#define EV_KEY			0x01
#define EV_REL			0x02
#define EV_ABS			0x03
#define EV_MSC			0x04
#define EV_SW			0x05
#define EV_LED			0x11
#define EV_SND			0x12
#define BUS_HOST		0x19
#define EV_REP			0x14
#define EV_FF			0x15
#define EV_PWR			0x16
#define EV_FF_STATUS		0x17
#define EV_MAX			0x1f
#define EV_CNT			(EV_MAX + 1)

#define SYN_REPORT		0
#define SYN_CONFIG		1
#define SYN_MT_REPORT		2

#define INPUT_PROP_MAX		0x1f
#define INPUT_PROP_CNT		(INPUT_PROP_MAX + 1)
#define KEY_RESERVED		0
#define KEY_MUTE		113
#define KEY_POWER		116
#define BTN_MISC		0x100
#define KEY_BRL_DOT1		0x1f1
#define KEY_BRL_DOT10		0x1fa
#define KEY_MIN_INTERESTING	KEY_MUTE
#define KEY_MAX			0x2ff
#define KEY_CNT			(KEY_MAX + 1)
#define REL_MAX			0x0f
#define REL_CNT			(REL_MAX + 1)
#define ABS_MT_SLOT		0x2f
#define ABS_MT_POSITION_X	0x35
#define ABS_MT_TRACKING_ID	0x39
#define ABS_MT_FIRST		0x30
#define ABS_MT_LAST		0x3d
#define ABS_MAX			0x3f
#define ABS_CNT			(ABS_MAX + 1)
#define SW_MAX			0x10
#define SW_CNT			(SW_MAX + 1)
#define MSC_MAX			0x07
#define MSC_CNT			(MSC_MAX + 1)
#define LED_MAX			0x0f
#define LED_CNT			(LED_MAX + 1)
#define REP_DELAY		0x00
#define REP_PERIOD		0x01
#define REP_MAX			0x01
#define REP_CNT			(REP_MAX + 1)
#define SND_MAX			0x07
#define SND_CNT			(SND_MAX + 1)
#define FF_MAX			0x7f
#define FF_CNT			(FF_MAX + 1)

#define INPUT_MAJOR		13

struct input_id {
	u16 bustype;
	u16 vendor;
	u16 product;
	u16 version;
};

struct input_absinfo {
	s32 value;
	s32 minimum;
	s32 maximum;
	s32 fuzz;
	s32 flat;
	s32 resolution;
};

struct input_keymap_entry {
	u8  flags;
	u8  len;
	u16 index;
	u32 keycode;
	u8  scancode[32];
};

struct input_value {
	u16 type;
	u16 code;
	s32 value;
};

enum input_clock_type {
	INPUT_CLK_REAL = 0,
	INPUT_CLK_MONO,
	INPUT_CLK_BOOT,
	INPUT_CLK_MAX
};

struct file;
struct ff_device;
struct input_dev_poller;
struct input_mt;
struct input_handle;

struct input_dev {
	const char *name;
	const char *phys;
	const char *uniq;
	struct input_id id;

	unsigned long propbit[BITS_TO_LONGS(INPUT_PROP_CNT)];

	unsigned long evbit[BITS_TO_LONGS(EV_CNT)];
	unsigned long keybit[BITS_TO_LONGS(KEY_CNT)];
	unsigned long relbit[BITS_TO_LONGS(REL_CNT)];
	unsigned long absbit[BITS_TO_LONGS(ABS_CNT)];
	unsigned long mscbit[BITS_TO_LONGS(MSC_CNT)];
	unsigned long ledbit[BITS_TO_LONGS(LED_CNT)];
	unsigned long sndbit[BITS_TO_LONGS(SND_CNT)];
	unsigned long ffbit[BITS_TO_LONGS(FF_CNT)];
	unsigned long swbit[BITS_TO_LONGS(SW_CNT)];

	unsigned int hint_events_per_packet;

	unsigned int keycodemax;
	unsigned int keycodesize;
	void *keycode;

	int (*setkeycode)(struct input_dev *dev,
			  const struct input_keymap_entry *ke,
			  unsigned int *old_keycode);
	int (*getkeycode)(struct input_dev *dev,
			  struct input_keymap_entry *ke);

	struct ff_device *ff;
	struct input_dev_poller *poller;

	unsigned int repeat_key;
	struct timer_list timer;

	int rep[REP_CNT];

	struct input_mt *mt;
	struct input_absinfo *absinfo;

	unsigned long key[BITS_TO_LONGS(KEY_CNT)];
	unsigned long led[BITS_TO_LONGS(LED_CNT)];
	unsigned long snd[BITS_TO_LONGS(SND_CNT)];
	unsigned long sw[BITS_TO_LONGS(SW_CNT)];

	int (*open)(struct input_dev *dev);
	void (*close)(struct input_dev *dev);
	int (*flush)(struct input_dev *dev, struct file *file);
	int (*event)(struct input_dev *dev, unsigned int type,
		     unsigned int code, int value);

	struct input_handle *grab;

	spinlock_t event_lock;
	struct mutex mutex;

	unsigned int users;
	bool going_away;

	struct device dev;

	struct list_head h_list;
	struct list_head node;

	unsigned int num_vals;
	unsigned int max_vals;
	struct input_value *vals;

	bool devres_managed;

	ktime_t timestamp[INPUT_CLK_MAX];

	bool inhibited;
};
#define to_input_dev(d) container_of(d, struct input_dev, dev)

struct input_device_id;

struct input_handler {
	void *private;

	void (*event)(struct input_handle *handle, unsigned int type,
		      unsigned int code, int value);
	void (*events)(struct input_handle *handle,
		       const struct input_value *vals, unsigned int count);
	bool (*filter)(struct input_handle *handle, unsigned int type,
		       unsigned int code, int value);
	bool (*match)(struct input_handler *handler, struct input_dev *dev);
	int (*connect)(struct input_handler *handler, struct input_dev *dev,
		       const struct input_device_id *id);
	void (*disconnect)(struct input_handle *handle);
	void (*start)(struct input_handle *handle);

	bool legacy_minors;
	int minor;
	const char *name;

	const struct input_device_id *id_table;

	struct list_head h_list;
	struct list_head node;
};

struct input_handle {
	void *private;

	int open;
	const char *name;

	struct input_dev *dev;
	struct input_handler *handler;

	struct list_head d_node;
	struct list_head h_node;
};

struct input_dev *input_allocate_device(void);
void input_free_device(struct input_dev *dev);
int input_register_device(struct input_dev *dev);
void input_unregister_device(struct input_dev *dev);
void input_event(struct input_dev *dev, unsigned int type,
		 unsigned int code, int value);
void input_set_capability(struct input_dev *dev, unsigned int type,
			  unsigned int code);
void input_alloc_absinfo(struct input_dev *dev);
void input_set_abs_params(struct input_dev *dev, unsigned int axis,
			  int min, int max, int fuzz, int flat);

int input_register_handler(struct input_handler *handler);
void input_unregister_handler(struct input_handler *handler);
int input_register_handle(struct input_handle *handle);
void input_unregister_handle(struct input_handle *handle);
int input_open_device(struct input_handle *handle);
void input_close_device(struct input_handle *handle);

static inline void *input_get_drvdata(struct input_dev *dev)
{
	return dev_get_drvdata(&dev->dev);
}

static inline void input_set_drvdata(struct input_dev *dev, void *data)
{
	dev_set_drvdata(&dev->dev, data);
}

static inline void input_sync(struct input_dev *dev)
{
	input_event(dev, EV_SYN, SYN_REPORT, 0);
}

#endif

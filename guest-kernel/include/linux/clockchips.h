/* SPDX-License-Identifier: GPL-2.0 */
/* A timer that interrupts at a programmed time (kernel/time/clockevents.c). */
#ifndef _LINUX_CLOCKCHIPS_H
#define _LINUX_CLOCKCHIPS_H

#include <linux/types.h>
#include <linux/ktime.h>

enum clock_event_state {
	CLOCK_EVT_STATE_DETACHED,
	CLOCK_EVT_STATE_SHUTDOWN,
	CLOCK_EVT_STATE_PERIODIC,
	CLOCK_EVT_STATE_ONESHOT,
	CLOCK_EVT_STATE_ONESHOT_STOPPED,
};

#define CLOCK_EVT_FEAT_PERIODIC		0x000001
#define CLOCK_EVT_FEAT_ONESHOT		0x000002
#define CLOCK_EVT_FEAT_C3STOP		0x000008

struct clock_event_device {
	void			(*event_handler)(struct clock_event_device *);
	int			(*set_next_event)(unsigned long evt, struct clock_event_device *);
	ktime_t			next_event;
	u64			max_delta_ns;
	u64			min_delta_ns;
	u32			mult;
	u32			shift;
	enum clock_event_state	state_use_accessors;
	unsigned int		features;
	unsigned long		retries;
	int			(*set_state_shutdown)(struct clock_event_device *);
	int			(*set_state_oneshot)(struct clock_event_device *);
	int			(*set_state_oneshot_stopped)(struct clock_event_device *);
	unsigned long		min_delta_ticks;
	unsigned long		max_delta_ticks;
	const char		*name;
	int			rating;
	int			irq;
};

void clockevents_config_and_register(struct clock_event_device *dev, u32 freq,
				     unsigned long min_delta, unsigned long max_delta);
int clockevents_program_event(struct clock_event_device *dev, ktime_t expires, bool force);
void clockevents_switch_state(struct clock_event_device *dev, enum clock_event_state state);
void clockevents_shutdown(struct clock_event_device *dev);

#endif

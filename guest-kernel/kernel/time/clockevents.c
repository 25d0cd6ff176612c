// SPDX-License-Identifier: GPL-2.0
/*
 * Clock event devices: a timer programmed to interrupt at a monotonic
 * time, in the device's ticks (mult and shift turn nanoseconds into
 * them), clamped to what it can do. The first registered becomes the
 * tick device.
 */
#include <linux/kernel.h>
#include <linux/clockchips.h>
#include <linux/clocksource.h>
#include <linux/errno.h>
#include <linux/tick.h>
#include <linux/timekeeping.h>

static u64 cev_delta2ns(unsigned long latch, struct clock_event_device *evt, bool ismax)
{
	u64 clc = (u64)latch << evt->shift;
	u64 rnd = (u64)evt->mult - 1;

	if ((clc >> evt->shift) != (u64)latch)
		clc = ~0ULL;
	if ((~0ULL - clc > rnd) && (!ismax || evt->mult <= (1ULL << evt->shift)))
		clc += rnd;
	clc /= evt->mult;
	return clc > 1000 ? clc : 1000;
}

void clockevents_switch_state(struct clock_event_device *dev, enum clock_event_state state)
{
	if (dev->state_use_accessors == state)
		return;
	switch (state) {
	case CLOCK_EVT_STATE_SHUTDOWN:
	case CLOCK_EVT_STATE_DETACHED:
		if (dev->set_state_shutdown)
			dev->set_state_shutdown(dev);
		break;
	case CLOCK_EVT_STATE_ONESHOT:
		if (dev->set_state_oneshot)
			dev->set_state_oneshot(dev);
		break;
	case CLOCK_EVT_STATE_ONESHOT_STOPPED:
		if (dev->set_state_oneshot_stopped)
			dev->set_state_oneshot_stopped(dev);
		break;
	default:
		break;
	}
	dev->state_use_accessors = state;
}

void clockevents_shutdown(struct clock_event_device *dev)
{
	clockevents_switch_state(dev, CLOCK_EVT_STATE_SHUTDOWN);
	dev->next_event = KTIME_MAX;
}

/* Program the event at expires; in the past: -ETIME, or the soonest it can if forced. */
int clockevents_program_event(struct clock_event_device *dev, ktime_t expires, bool force)
{
	unsigned long long clc;
	s64 delta;

	if (expires == KTIME_MAX) {
		clockevents_switch_state(dev, CLOCK_EVT_STATE_ONESHOT_STOPPED);
		dev->next_event = KTIME_MAX;
		return 0;
	}
	dev->next_event = expires;
	if (dev->state_use_accessors == CLOCK_EVT_STATE_SHUTDOWN)
		return 0;
	clockevents_switch_state(dev, CLOCK_EVT_STATE_ONESHOT);
	delta = expires - ktime_get();
	if (delta <= 0) {
		if (!force)
			return -ETIME;
		delta = dev->min_delta_ns;
	}
	delta = min(delta, (s64)dev->max_delta_ns);
	delta = max(delta, (s64)dev->min_delta_ns);
	clc = ((unsigned long long)delta * dev->mult) >> dev->shift;
	return dev->set_next_event((unsigned long)clc, dev);
}

void clockevents_config_and_register(struct clock_event_device *dev, u32 freq,
				     unsigned long min_delta, unsigned long max_delta)
{
	u64 sec;

	dev->min_delta_ticks = min_delta;
	dev->max_delta_ticks = max_delta;
	sec = dev->max_delta_ticks / freq;
	if (!sec)
		sec = 1;
	else if (sec > 600 && dev->max_delta_ticks > UINT_MAX)
		sec = 600;
	clocks_calc_mult_shift(&dev->mult, &dev->shift, NSEC_PER_SEC, freq, sec);
	dev->min_delta_ns = cev_delta2ns(dev->min_delta_ticks, dev, false);
	dev->max_delta_ns = cev_delta2ns(dev->max_delta_ticks, dev, true);
	dev->state_use_accessors = CLOCK_EVT_STATE_DETACHED;
	dev->next_event = KTIME_MAX;
	tick_setup_device(dev);
}

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The tick (kernel/time/tick-sched.c): an hrtimer every TICK_NSEC that
 * advances jiffies and accounts time; the idle task stops it while
 * nothing needs it (NO_HZ_IDLE).
 */
#ifndef _LINUX_TICK_H
#define _LINUX_TICK_H

#include <linux/types.h>
#include <linux/ktime.h>

struct clock_event_device;

void tick_init(void);
void tick_setup_device(struct clock_event_device *dev);
struct clock_event_device *tick_get_device(void);
void tick_nohz_idle_enter(void);
void tick_nohz_idle_stop_tick(void);
void tick_nohz_idle_exit(void);
void tick_irq_enter(void);
bool tick_nohz_tick_stopped(void);
int tick_program_event(ktime_t expires, int force);
void tick_do_update_jiffies64(ktime_t now);

#endif

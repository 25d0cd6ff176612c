/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_DELAY_H
#define _LINUX_DELAY_H

/* kernel/time/timer.c: sleeps for modules, Linux's exported names */
void msleep(unsigned int msecs);
unsigned long msleep_interruptible(unsigned int msecs);
void usleep_range_state(unsigned long min, unsigned long max,
			unsigned int state);
long schedule_timeout_interruptible(long timeout);
long schedule_timeout_uninterruptible(long timeout);

#endif

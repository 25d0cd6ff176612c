/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SCHED_CLOCK_H
#define _LINUX_SCHED_CLOCK_H

#include <linux/types.h>

/* Nanoseconds of the registered counter (0 until one is registered). */
u64 local_clock(void);
u64 sched_clock(void);
void sched_clock_register(u64 (*read)(void), int bits, unsigned long rate);

#endif

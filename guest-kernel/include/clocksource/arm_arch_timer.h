/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __CLKSOURCE_ARM_ARCH_TIMER_H
#define __CLKSOURCE_ARM_ARCH_TIMER_H

#include <linux/types.h>

/* The counter (drivers/clocksource/arm_arch_timer.c): get_cycles() on arm64. */
extern u64 (*arch_timer_read_counter)(void);
u32 arch_timer_get_rate(void);
int arch_timer_of_init(int node);

#endif

/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SCHED_CLOCK_H
#define _LINUX_SCHED_CLOCK_H

#include <linux/types.h>

/* Nanoseconds since the clock was registered (0 until then). */
u64 local_clock(void);
u64 sched_clock(void);
void sched_clock_register(u64 (*read)(void));
u64 sched_clock_epoch(void);	/* the source's reading at registration */

#endif

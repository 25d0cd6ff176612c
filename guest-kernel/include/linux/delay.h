/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_DELAY_H
#define _LINUX_DELAY_H

/* kernel/time/timer.c */
void msleep(unsigned int msecs);

#endif

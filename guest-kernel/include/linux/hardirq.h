/* SPDX-License-Identifier: GPL-2.0 */
/* Entering and leaving hard interrupt context (kernel/softirq.c). */
#ifndef _LINUX_HARDIRQ_H
#define _LINUX_HARDIRQ_H

#include <linux/preempt.h>

void irq_enter(void);
void irq_exit(void);

#endif

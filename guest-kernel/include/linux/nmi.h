/* SPDX-License-Identifier: GPL-2.0 */
/* The lockup detector (kernel/watchdog.c). */
#ifndef _LINUX_NMI_H
#define _LINUX_NMI_H

void lockup_detector_init(void);
void touch_softlockup_watchdog(void);

#endif

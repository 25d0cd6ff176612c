/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_REBOOT_H
#define _LINUX_REBOOT_H

#include <linux/compiler.h>

void kernel_restart(char *cmd) __noreturn;
void kernel_power_off(void) __noreturn;
void kernel_halt(void) __noreturn;

/* Architecture: how to stop or restart the board. */
void machine_restart(char *cmd) __noreturn;
void machine_power_off(void) __noreturn;
void machine_halt(void) __noreturn;

/* Set by firmware drivers (PSCI) that can actually do it. */
extern void (*pm_power_off)(void);
extern void (*pm_restart)(void);

#endif

// SPDX-License-Identifier: GPL-2.0
/*
 * time_init(): start the kernel's clock. The board has no architected
 * timer in its device tree; its clock is the goldfish RTC, read in
 * nanoseconds. Without one (QEMU's virt) time stays at 0.
 */
#include <linux/kernel.h>
#include <linux/init.h>

void goldfish_rtc_clock_init(void);

void __init time_init(void)
{
	goldfish_rtc_clock_init();
}

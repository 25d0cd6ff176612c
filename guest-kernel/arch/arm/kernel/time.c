// SPDX-License-Identifier: GPL-2.0
/* time_init(): the ARMv7 generic timer from the device tree. */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/of_fdt.h>
#include <clocksource/arm_arch_timer.h>

unsigned long lpj_fine;

void __init time_init(void)
{
	int node = of_flat_dt_find_compatible("arm,armv7-timer");

	if (node < 0)
		node = of_flat_dt_find_compatible("arm,armv8-timer");
	if (node >= 0)
		arch_timer_of_init(node);
	if (!arch_timer_get_rate())
		panic("Unable to initialise architected timer.\n");
	lpj_fine = arch_timer_get_rate() / HZ;
}

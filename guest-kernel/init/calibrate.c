// SPDX-License-Identifier: GPL-2.0
/* The delay loop's calibration: arm64 takes it from the timer's rate (lpj_fine). */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/delay.h>
#include <linux/jiffies.h>

extern unsigned long lpj_fine;

void __init calibrate_delay(void)
{
	unsigned long lpj = lpj_fine;

	pr_info("Calibrating delay loop (skipped), value calculated using timer frequency.. ");
	loops_per_jiffy = lpj;
	pr_cont("%lu.%02lu BogoMIPS (lpj=%lu)\n", lpj / (500000 / HZ), (lpj / (5000 / HZ)) % 100, lpj);
}

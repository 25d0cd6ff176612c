// SPDX-License-Identifier: GPL-2.0
/* Orderly power off and restart. */
#define pr_fmt(fmt)	"reboot: " fmt

#include <linux/kernel.h>
#include <linux/reboot.h>

void kernel_restart(char *cmd)
{
	if (!cmd)
		pr_emerg("Restarting system\n");
	else
		pr_emerg("Restarting system with command '%s'\n", cmd);
	machine_restart(cmd);
}

void kernel_power_off(void)
{
	pr_emerg("Power down\n");
	machine_power_off();
}

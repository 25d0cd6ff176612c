// SPDX-License-Identifier: GPL-2.0
/* Orderly power off and restart, and the reboot(2) system call. */
#define pr_fmt(fmt)	"reboot: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/reboot.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#define LINUX_REBOOT_MAGIC1	0xfee1dead
#define LINUX_REBOOT_MAGIC2	672274793
#define LINUX_REBOOT_MAGIC2A	85072278
#define LINUX_REBOOT_MAGIC2B	369367448
#define LINUX_REBOOT_MAGIC2C	537993216

#define LINUX_REBOOT_CMD_RESTART	0x01234567
#define LINUX_REBOOT_CMD_HALT		0xCDEF0123
#define LINUX_REBOOT_CMD_CAD_ON		0x89ABCDEF
#define LINUX_REBOOT_CMD_CAD_OFF	0x00000000
#define LINUX_REBOOT_CMD_POWER_OFF	0x4321FEDC
#define LINUX_REBOOT_CMD_RESTART2	0xA1B2C3D4
#define LINUX_REBOOT_CMD_SW_SUSPEND	0xD000FCE2
#define LINUX_REBOOT_CMD_KEXEC		0x45584543

int C_A_D = 1;	/* ctrl-alt-del reboots (no keyboard here to press it) */

void kernel_restart(char *cmd)
{
	if (!cmd)
		pr_emerg("Restarting system\n");
	else
		pr_emerg("Restarting system with command '%s'\n", cmd);
	machine_restart(cmd);
}

void kernel_halt(void)
{
	pr_emerg("System halted\n");
	machine_halt();
}

void kernel_power_off(void)
{
	pr_emerg("Power down\n");
	machine_power_off();
}

SYSCALL_DEFINE4(reboot, int, magic1, int, magic2, unsigned int, cmd,
		void __user *, arg)
{
	char buffer[256];

	if ((unsigned int)magic1 != LINUX_REBOOT_MAGIC1 ||
	    (magic2 != LINUX_REBOOT_MAGIC2 && magic2 != LINUX_REBOOT_MAGIC2A &&
	     magic2 != LINUX_REBOOT_MAGIC2B && magic2 != LINUX_REBOOT_MAGIC2C))
		return -EINVAL;

	switch (cmd) {
	case LINUX_REBOOT_CMD_RESTART:
		kernel_restart(NULL);
	case LINUX_REBOOT_CMD_CAD_ON:
		C_A_D = 1;
		return 0;
	case LINUX_REBOOT_CMD_CAD_OFF:
		C_A_D = 0;
		return 0;
	case LINUX_REBOOT_CMD_HALT:
		kernel_halt();
	case LINUX_REBOOT_CMD_POWER_OFF:
		kernel_power_off();
	case LINUX_REBOOT_CMD_RESTART2:
		if (strncpy_from_user(buffer, arg, sizeof(buffer) - 1) < 0)
			return -EFAULT;
		buffer[sizeof(buffer) - 1] = '\0';
		kernel_restart(buffer);
	default:
		return -EINVAL;
	}
}

// SPDX-License-Identifier: GPL-2.0
/*
 * PSCI, as Linux's drivers/firmware/psci: the firmware interface the board
 * answers on "hvc #0" (or "smc", as the device tree's /psci "method" says),
 * used to power off and to restart. SMC32 function IDs, on both arches.
 */
#define pr_fmt(fmt) "psci: " fmt

#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/of_fdt.h>
#include <linux/reboot.h>
#include <linux/string.h>
#include <linux/arm-smccc.h>

#define PSCI_0_2_FN_PSCI_VERSION	0x84000000
#define PSCI_0_2_FN_SYSTEM_OFF		0x84000008
#define PSCI_0_2_FN_SYSTEM_RESET	0x84000009

#define PSCI_VERSION_MAJOR(ver)		(((ver) >> 16) & 0xffff)
#define PSCI_VERSION_MINOR(ver)		((ver) & 0xffff)

typedef unsigned long (psci_fn)(unsigned long, unsigned long,
				unsigned long, unsigned long);

static psci_fn *invoke_psci_fn;

static void psci_sys_poweroff(void)
{
	invoke_psci_fn(PSCI_0_2_FN_SYSTEM_OFF, 0, 0, 0);
}

static void psci_sys_reset(void)
{
	invoke_psci_fn(PSCI_0_2_FN_SYSTEM_RESET, 0, 0, 0);
}

static int __init get_set_conduit_method(int node)
{
	const char *method;

	pr_info("probing for conduit method from DT.\n");

	method = of_get_flat_dt_prop(node, "method", NULL);
	if (!method) {
		pr_warn("missing \"method\" property\n");
		return -1;
	}
	if (!strcmp("hvc", method)) {
		invoke_psci_fn = arm_smccc_hvc_call;
	} else if (!strcmp("smc", method)) {
		invoke_psci_fn = arm_smccc_smc_call;
	} else {
		pr_warn("invalid \"method\" property: %s\n", method);
		return -1;
	}
	return 0;
}

static void __init psci_probe(void)
{
	u32 ver = invoke_psci_fn(PSCI_0_2_FN_PSCI_VERSION, 0, 0, 0);

	pr_info("PSCIv%d.%d detected in firmware.\n",
		PSCI_VERSION_MAJOR(ver), PSCI_VERSION_MINOR(ver));
	if (PSCI_VERSION_MAJOR(ver) == 0 && PSCI_VERSION_MINOR(ver) < 2) {
		pr_err("Conflicting PSCI version detected.\n");
		return;
	}
	pr_info("Using standard PSCI v0.2 function IDs\n");
	pm_power_off = psci_sys_poweroff;
	pm_restart = psci_sys_reset;
}

void __init psci_dt_init(void)
{
	int node = of_flat_dt_find_compatible("arm,psci-1.0");

	if (node < 0)
		node = of_flat_dt_find_compatible("arm,psci-0.2");
	if (node < 0)
		return;
	if (get_set_conduit_method(node))
		return;
	psci_probe();
}

// SPDX-License-Identifier: GPL-2.0
/*
 * PSCI, as Linux's drivers/firmware/psci: the conduit ("hvc" or "smc")
 * from the device tree, SYSTEM_OFF and SYSTEM_RESET for power off and
 * reboot (SMC32 function IDs).
 */
#define pr_fmt(fmt) "psci: " fmt

#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/of_fdt.h>
#include <linux/reboot.h>
#include <linux/string.h>

#define PSCI_0_2_FN_PSCI_VERSION	0x84000000
#define PSCI_0_2_FN_SYSTEM_OFF		0x84000008
#define PSCI_0_2_FN_SYSTEM_RESET	0x84000009

#define PSCI_VERSION_MAJOR(ver)		(((ver) >> 16) & 0xffff)
#define PSCI_VERSION_MINOR(ver)		((ver) & 0xffff)

typedef unsigned long (psci_fn)(unsigned long, unsigned long,
				unsigned long, unsigned long);

#define DEFINE_PSCI_FN(insn)						\
static unsigned long __invoke_psci_fn_##insn(unsigned long function_id,	\
					     unsigned long arg0,	\
					     unsigned long arg1,	\
					     unsigned long arg2)	\
{									\
	register unsigned long r0 asm("r0") = function_id;		\
	register unsigned long r1 asm("r1") = arg0;			\
	register unsigned long r2 asm("r2") = arg1;			\
	register unsigned long r3 asm("r3") = arg2;			\
									\
	asm volatile(".arch_extension sec\n\t"				\
		     ".arch_extension virt\n\t"				\
		     #insn " #0"					\
		     : "+r" (r0), "+r" (r1), "+r" (r2), "+r" (r3)	\
		     :							\
		     : "memory");					\
	return r0;							\
}

DEFINE_PSCI_FN(hvc)
DEFINE_PSCI_FN(smc)

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
		invoke_psci_fn = __invoke_psci_fn_hvc;
	} else if (!strcmp("smc", method)) {
		invoke_psci_fn = __invoke_psci_fn_smc;
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

// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/cpuinfo for arm64: per CPU, the BogoMIPS of the timer-based
 * delay loop, the hwcaps (AT_HWCAP, from cpufeature.c's reading of the
 * ID registers), and MIDR_EL1 decoded. "cpuid" is there because EL0
 * reads of ID registers are emulated (traps.c); "evtstrm" is not, as
 * the timer event stream is not enabled.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/timekeeping.h>
#include <asm/cputype.h>
#include <asm/elf.h>
#include <asm/sysreg.h>

extern const char *const hwcap_str[];

/* The hwcaps cpufeature.c found, in bit order, as arm64 Linux prints them. */
static void show_features(struct seq_file *m)
{
	unsigned int i;

	seq_puts(m, "Features\t:");
	for (i = 0; hwcap_str[i]; i++)
		if (elf_hwcap & (1UL << i))
			seq_printf(m, " %s", hwcap_str[i]);
	seq_putc(m, '\n');
}

static int c_show(struct seq_file *m, void *v)
{
	unsigned long lpj = read_sysreg(cntfrq_el0) / HZ;
	u32 midr = read_cpuid_id();

	seq_printf(m, "processor\t: %d\n", 0);
	seq_printf(m, "BogoMIPS\t: %lu.%02lu\n", lpj / (500000UL / HZ),
		   lpj / (5000UL / HZ) % 100);
	show_features(m);
	seq_printf(m, "CPU implementer\t: 0x%02x\n", midr >> 24);
	seq_printf(m, "CPU architecture: 8\n");
	seq_printf(m, "CPU variant\t: 0x%x\n", (midr >> 20) & 0xf);
	seq_printf(m, "CPU part\t: 0x%03x\n", (midr >> 4) & 0xfff);
	seq_printf(m, "CPU revision\t: %d\n\n", midr & 0xf);
	return 0;
}

static int __init proc_cpuinfo_init(void)
{
	proc_create_single("cpuinfo", 0, NULL, c_show);
	return 0;
}
fs_initcall(proc_cpuinfo_init);

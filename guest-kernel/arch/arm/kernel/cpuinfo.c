// SPDX-License-Identifier: GPL-2.0
/* /proc/cpuinfo, as Linux/arm's c_show() prints it for one CPU. */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/jiffies.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <asm/arch_timer.h>
#include <asm/cputype.h>
#include <asm/elf.h>
#include <asm/setup.h>

static const char *const hwcap_str[] = {
	"swp", "half", "thumb", "26bit", "fastmult", "fpa", "vfp", "edsp",
	"java", "iwmmxt", "crunch", "thumbee", "neon", "vfpv3", "vfpv3d16",
	"tls", "vfpv4", "idiva", "idivt", "vfpd32", "lpae", "evtstrm", NULL
};

static int c_show(struct seq_file *m, void *v)
{
	unsigned long lpj = arch_timer_get_cntfrq() / HZ;
	u32 midr = read_cpuid_id();
	unsigned int i;

	seq_printf(m, "processor\t: %d\n", 0);
	seq_printf(m, "model name\t: %s rev %d (%s)\n", "ARMv7 Processor",
		   midr & 15, "v7l");
	seq_printf(m, "BogoMIPS\t: %lu.%02lu\n", lpj / (500000UL / HZ),
		   lpj / (5000UL / HZ) % 100);
	seq_puts(m, "Features\t:");
	for (i = 0; hwcap_str[i]; i++)
		if (elf_hwcap & (1UL << i))
			seq_printf(m, " %s", hwcap_str[i]);
	seq_putc(m, '\n');
	seq_printf(m, "CPU implementer\t: 0x%02x\n", midr >> 24);
	seq_printf(m, "CPU architecture: 7\n");
	seq_printf(m, "CPU variant\t: 0x%x\n", (midr >> 20) & 0xf);
	seq_printf(m, "CPU part\t: 0x%03x\n", (midr >> 4) & 0xfff);
	seq_printf(m, "CPU revision\t: %d\n\n", midr & 0xf);
	seq_printf(m, "Hardware\t: %s\n", machine_name);
	seq_printf(m, "Revision\t: 0000\n");
	seq_printf(m, "Serial\t\t: 0000000000000000\n");
	return 0;
}

static int __init proc_cpuinfo_init(void)
{
	proc_create_single("cpuinfo", 0, NULL, c_show);
	return 0;
}
fs_initcall(proc_cpuinfo_init);

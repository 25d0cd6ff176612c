// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/cpuinfo for arm64: per CPU, the BogoMIPS of the timer-based
 * delay loop, the hwcaps the CPU's ID registers announce, and MIDR_EL1
 * decoded. "cpuid" is there because EL0 reads of ID registers are
 * emulated (traps.c); "evtstrm" is not, as the timer event stream is
 * not enabled.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/timekeeping.h>
#include <asm/cputype.h>
#include <asm/sysreg.h>

/* A 4-bit ID register field at shift, as a signed or unsigned value. */
static unsigned int id_field(u64 reg, unsigned int shift)
{
	return (reg >> shift) & 0xf;
}

struct hwcap {
	const char *name;
	int reg;		/* 0: ID_AA64PFR0_EL1, 1: ID_AA64ISAR0_EL1 */
	unsigned int shift;
	unsigned int min;	/* the field must be >= this (and not 0xf) */
};

/* Linux's hwcap_str order, the features an ARMv8.0-8.2 CPU may have. */
static const struct hwcap hwcaps[] = {
	{ "fp",		0, 16, 0 },
	{ "asimd",	0, 20, 0 },
	{ "aes",	1, 4, 1 },
	{ "pmull",	1, 4, 2 },
	{ "sha1",	1, 8, 1 },
	{ "sha2",	1, 12, 1 },
	{ "crc32",	1, 16, 1 },
	{ "atomics",	1, 20, 2 },
	{ "fphp",	0, 16, 1 },
	{ "asimdhp",	0, 20, 1 },
	{ NULL },	/* cpuid */
	{ "asimdrdm",	1, 28, 1 },
	{ "sha3",	1, 32, 1 },
	{ "sm3",	1, 36, 1 },
	{ "sm4",	1, 40, 1 },
	{ "asimddp",	1, 44, 1 },
	{ "sha512",	1, 12, 2 },
	{ "asimdfhm",	1, 48, 1 },
};

static void show_features(struct seq_file *m)
{
	u64 regs[2] = {
		read_sysreg(id_aa64pfr0_el1),
		read_sysreg(id_aa64isar0_el1),
	};
	const struct hwcap *h;

	seq_puts(m, "Features\t:");
	for (h = hwcaps; h < hwcaps + ARRAY_SIZE(hwcaps); h++) {
		unsigned int v;

		if (!h->name) {
			seq_puts(m, " cpuid");
			continue;
		}
		v = id_field(regs[h->reg], h->shift);
		if (h->reg == 0 ? (v != 0xf && v >= h->min) : v >= h->min)
			seq_printf(m, " %s", h->name);
	}
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

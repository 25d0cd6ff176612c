// SPDX-License-Identifier: GPL-2.0
/*
 * CPU capabilities, found the way arm64 Linux finds them: features from
 * the ID register fields (arm64_features[]), errata and Spectre state
 * from the MIDR (arm64_errata[], proton-pack.c). The same ID registers
 * give user space its AT_HWCAP and /proc/cpuinfo its "Features". Only the entries an ARMv8.0-8.2 CPU
 * can match are listed; caps that need EL2, firmware or a driver we do
 * not have (VHE, GIC system registers, KPTI, ...) stay clear.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/init.h>
#include <linux/jump_label.h>
#include <asm/cpufeature.h>
#include <asm/cputype.h>
#include <asm/hwcap.h>
#include <asm/sysreg.h>

unsigned long cpu_hwcaps[ARM64_NCAP_LONGS];
EXPORT_SYMBOL(cpu_hwcaps);

unsigned long elf_hwcap;

/* /proc/cpuinfo's names of the AT_HWCAP bits, bit by bit (hwcap_str[]) */
const char *const hwcap_str[] = {
	"fp", "asimd", "evtstrm", "aes", "pmull", "sha1", "sha2", "crc32",
	"atomics", "fphp", "asimdhp", "cpuid", "asimdrdm", "jscvt", "fcma",
	"lrcpc", "dcpop", "sha3", "sm3", "sm4", "asimddp", "sha512", "sve",
	"asimdfhm", NULL
};

enum id_reg { PFR0, PFR1, ISAR0, ISAR1, MMFR1, MMFR2, CTR, NR_ID_REGS };

/* One feature: a field (4 bits, or one) of an ID register at least min. */
struct feature {
	unsigned int cap;
	enum id_reg reg;
	unsigned int shift;
	unsigned int min;
	bool sign;		/* a signed field: 0xf means "not there" */
	bool one_bit;		/* CTR_EL0's IDC and DIC */
};

static const struct feature arm64_features[] = {
	{ ARM64_HAS_32BIT_EL0_DO_NOT_USE, PFR0, 0, 2 },
	{ ARM64_HAS_32BIT_EL1, PFR0, 4, 2 },
	{ ARM64_HAS_RAS_EXTN, PFR0, 28, 1 },
	{ ARM64_SVE, PFR0, 32, 1 },
	{ ARM64_HAS_AMU_EXTN, PFR0, 44, 1 },
	{ ARM64_BTI, PFR1, 0, 1 },
	{ ARM64_SSBS, PFR1, 4, 2 },
	{ ARM64_HAS_CRC32, ISAR0, 16, 1 },
	{ ARM64_HAS_LSE_ATOMICS, ISAR0, 20, 2 },
	{ ARM64_HAS_TLB_RANGE, ISAR0, 56, 2 },
	{ ARM64_HAS_RNG, ISAR0, 60, 1 },
	{ ARM64_HAS_DCPOP, ISAR1, 0, 1 },
	{ ARM64_HAS_DCPODP, ISAR1, 0, 2 },
	{ ARM64_HAS_LDAPR, ISAR1, 20, 1 },
	{ ARM64_HAS_SB, ISAR1, 36, 1 },
	{ ARM64_HAS_PAN, MMFR1, 20, 1 },
	{ ARM64_HAS_EPAN, MMFR1, 20, 3 },
	{ ARM64_HAS_CNP, MMFR2, 0, 1 },
	{ ARM64_HAS_ARMv8_4_TTL, MMFR2, 48, 1 },
	{ ARM64_HAS_E0PD, MMFR2, 60, 1 },
	{ ARM64_HAS_CACHE_IDC, CTR, 28, 1, false, true },
	{ ARM64_HAS_CACHE_DIC, CTR, 29, 1, false, true },
};

#define MIDR_CORTEX_A57		0x410fd070
#define MIDR_CORTEX_A72		0x410fd080
#define MIDR_MODEL_MASK		0xff0ffff0	/* implementer, part */

/* An erratum: CPU model and variant/revision range (r<v>p<r>). */
struct erratum {
	unsigned int cap;
	u32 model;
	u8 rv_min, rv_max;	/* variant << 4 | revision */
};

static const struct erratum arm64_errata[] = {
	{ ARM64_WORKAROUND_DEVICE_LOAD_ACQUIRE, MIDR_CORTEX_A57, 0x00, 0x12 },
	{ ARM64_WORKAROUND_834220, MIDR_CORTEX_A57, 0x00, 0x12 },
	{ ARM64_WORKAROUND_SPECULATIVE_AT, MIDR_CORTEX_A57, 0x00, 0xff },
	{ ARM64_WORKAROUND_SPECULATIVE_AT, MIDR_CORTEX_A72, 0x00, 0xff },
	{ ARM64_WORKAROUND_1742098, MIDR_CORTEX_A57, 0x10, 0xff },
	{ ARM64_WORKAROUND_1742098, MIDR_CORTEX_A72, 0x00, 0xff },
	/*
	 * Spectre v2, v3a, v4 and BHB: these cores are affected and no
	 * firmware here offers a mitigation (proton-pack.c then reports
	 * them vulnerable, with the cap set).
	 */
	{ ARM64_SPECTRE_V2, MIDR_CORTEX_A57, 0x00, 0xff },
	{ ARM64_SPECTRE_V2, MIDR_CORTEX_A72, 0x00, 0xff },
	{ ARM64_SPECTRE_V3A, MIDR_CORTEX_A57, 0x00, 0xff },
	{ ARM64_SPECTRE_V3A, MIDR_CORTEX_A72, 0x00, 0xff },
	{ ARM64_SPECTRE_V4, MIDR_CORTEX_A57, 0x00, 0xff },
	{ ARM64_SPECTRE_V4, MIDR_CORTEX_A72, 0x00, 0xff },
	{ ARM64_SPECTRE_BHB, MIDR_CORTEX_A57, 0x00, 0xff },
	{ ARM64_SPECTRE_BHB, MIDR_CORTEX_A72, 0x00, 0xff },
};

/* AT_HWCAP: Linux's arm64_elf_hwcaps[] for an ARMv8.0-8.2 CPU. */
struct hwcap_field {
	unsigned long hwcap;
	enum id_reg reg;
	unsigned int shift;
	unsigned int min;
	bool sign;
};

static const struct hwcap_field arm64_elf_hwcaps[] = {
	{ HWCAP_FP, PFR0, 16, 0, true },
	{ HWCAP_ASIMD, PFR0, 20, 0, true },
	{ HWCAP_AES, ISAR0, 4, 1 },
	{ HWCAP_PMULL, ISAR0, 4, 2 },
	{ HWCAP_SHA1, ISAR0, 8, 1 },
	{ HWCAP_SHA2, ISAR0, 12, 1 },
	{ HWCAP_CRC32, ISAR0, 16, 1 },
	{ HWCAP_ATOMICS, ISAR0, 20, 2 },
	{ HWCAP_FPHP, PFR0, 16, 1, true },
	{ HWCAP_ASIMDHP, PFR0, 20, 1, true },
	{ HWCAP_ASIMDRDM, ISAR0, 28, 1 },
	{ HWCAP_JSCVT, ISAR1, 12, 1 },
	{ HWCAP_FCMA, ISAR1, 16, 1 },
	{ HWCAP_LRCPC, ISAR1, 20, 1 },
	{ HWCAP_DCPOP, ISAR1, 0, 1 },
	{ HWCAP_SHA3, ISAR0, 32, 1 },
	{ HWCAP_SM3, ISAR0, 36, 1 },
	{ HWCAP_SM4, ISAR0, 40, 1 },
	{ HWCAP_ASIMDDP, ISAR0, 44, 1 },
	{ HWCAP_SHA512, ISAR0, 12, 2 },
	{ HWCAP_ASIMDFHM, ISAR0, 48, 1 },
};

static void __init read_id_regs(u64 *regs)
{
	regs[PFR0] = read_sysreg(id_aa64pfr0_el1);
	regs[PFR1] = read_sysreg(s3_0_c0_c4_1);	/* ID_AA64PFR1_EL1 */
	regs[ISAR0] = read_sysreg(id_aa64isar0_el1);
	regs[ISAR1] = read_sysreg(s3_0_c0_c6_1);	/* ID_AA64ISAR1_EL1 */
	regs[MMFR1] = read_sysreg(id_aa64mmfr1_el1);
	regs[MMFR2] = read_sysreg(s3_0_c0_c7_2);	/* ID_AA64MMFR2_EL1 */
	regs[CTR] = read_sysreg(ctr_el0);
}

static bool __init field_at_least(u64 reg, unsigned int shift,
				  unsigned int min, bool sign)
{
	unsigned int v = (reg >> shift) & 0xf;

	if (sign)
		return v != 0xf && v >= min;	/* 0xf is -1: absent */
	return v >= min;
}

static void __init set_cap(unsigned int cap)
{
	cpu_hwcaps[cap / 64] |= 1UL << (cap % 64);
}

static bool __init erratum_matches(const struct erratum *e, u32 midr)
{
	u8 rv = ((midr >> 16) & 0xf0) | (midr & 0xf);

	return (midr & MIDR_MODEL_MASK) == e->model &&
	       rv >= e->rv_min && rv <= e->rv_max;
}

/* Boot CPU only (one CPU): caps are final from here on. */
void __init setup_cpu_features(void)
{
	u64 regs[NR_ID_REGS];
	u32 midr = read_cpuid_id();
	unsigned int i;

	read_id_regs(regs);
	set_cap(ARM64_ALWAYS_BOOT);
	set_cap(ARM64_ALWAYS_SYSTEM);
	/*
	 * Debian's build: AMU and hardware DBM are "non-conformant" caps
	 * Linux sets for the system and enables only on CPUs that have them
	 * (none here); KPTI is on because its KASLR is (and user space finds
	 * the kernel unmapped, see fault.c).
	 */
	set_cap(ARM64_HAS_AMU_EXTN);
	set_cap(ARM64_HW_DBM);
	set_cap(ARM64_UNMAP_KERNEL_AT_EL0);
	for (i = 0; i < ARRAY_SIZE(arm64_features); i++) {
		const struct feature *f = &arm64_features[i];
		u64 reg = f->one_bit ? regs[f->reg] & BIT(f->shift) : regs[f->reg];

		if (field_at_least(reg, f->shift, f->min, f->sign))
			set_cap(f->cap);
	}
	for (i = 0; i < ARRAY_SIZE(arm64_errata); i++)
		if (erratum_matches(&arm64_errata[i], midr))
			set_cap(arm64_errata[i].cap);

	for (i = 0; i < ARRAY_SIZE(arm64_elf_hwcaps); i++) {
		const struct hwcap_field *h = &arm64_elf_hwcaps[i];

		if (field_at_least(regs[h->reg], h->shift, h->min, h->sign))
			elf_hwcap |= h->hwcap;
	}
	/* EL0 MRS of ID registers is emulated (traps.c) */
	elf_hwcap |= HWCAP_CPUID;
	/* the timer's event stream, if anyone turned it on (CNTKCTL_EL1.EVNTEN) */
	if (read_sysreg(cntkctl_el1) & BIT(2))
		elf_hwcap |= HWCAP_EVTSTRM;
}

/* One AT_HWCAP bit (KERNEL_HWCAP_*), for modules choosing code paths. */
bool cpu_have_feature(unsigned int num)
{
	return num < 64 && (elf_hwcap & (1UL << num));
}
EXPORT_SYMBOL_GPL(cpu_have_feature);

/*
 * Set by Linux's GICv3 driver when pseudo-NMI priority masking is in
 * use; module code's local_irq_save() names it. Never on here.
 */
struct static_key gic_nonsecure_priorities = { .type = JUMP_TYPE_FALSE };
EXPORT_SYMBOL(gic_nonsecure_priorities);

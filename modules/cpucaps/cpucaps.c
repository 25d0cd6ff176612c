// SPDX-License-Identifier: GPL-2.0
/*
 * What a module learns about the CPU: cpus_have_const_cap() is an
 * alternative_has_feature_*() pair (ARM64_ALWAYS_SYSTEM, then the cap)
 * patched by alt_cb_patch_nops when the module is loaded, so each line
 * shows both the kernel's capability detection and the alternatives;
 * two ALTERNATIVE()s of its own test copying replacements in.
 *
 * Not listed: ARM64_UNMAP_KERNEL_AT_EL0. The Cortex-A57 is on Linux's
 * KPTI-safe list; Debian's kernel sets it only because KASLR moved it
 * (kaslr_requires_kpti()), and kobox's kernel is not randomised.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <asm/alternative.h>
#include <asm/cpufeature.h>

#define SHOW(cap)	pr_info("cpucaps: " #cap " %d\n", cpus_have_const_cap(ARM64_##cap))

/* A replacement copied in: 1 once the workaround's alternative is applied. */
static noinline int alt_mov(void)
{
	int x;

	asm volatile(ALTERNATIVE("mov %w0, #0", "mov %w0, #1",
				 ARM64_WORKAROUND_DEVICE_LOAD_ACQUIRE)
		     : "=r" (x));
	return x;
}

/* A replacement branching out of itself: re-targeted where it lands. */
static noinline const char *alt_branch(void)
{
	asm goto(ALTERNATIVE("b %l[no]", "b %l[yes]", ARM64_HAS_CRC32)
		 : : : : yes, no);
no:
	return "original";
yes:
	return "replacement";
}

static int __init cpucaps_init(void)
{
	pr_info("cpucaps: finalized %d\n", system_capabilities_finalized());
	SHOW(ALWAYS_SYSTEM);
	SHOW(HAS_32BIT_EL0_DO_NOT_USE);
	SHOW(HAS_32BIT_EL1);
	SHOW(HAS_CRC32);
	SHOW(HAS_LSE_ATOMICS);
	SHOW(HAS_PAN);
	SHOW(HAS_VIRT_HOST_EXTN);
	SHOW(HAS_CACHE_IDC);
	SHOW(HAS_CACHE_DIC);
	SHOW(HAS_ADDRESS_AUTH);
	SHOW(HAS_RNG);
	SHOW(SSBS);
	SHOW(BTI);
	SHOW(SVE);
	SHOW(WORKAROUND_DEVICE_LOAD_ACQUIRE);
	SHOW(WORKAROUND_834220);
	SHOW(WORKAROUND_SPECULATIVE_AT);
	SHOW(WORKAROUND_1742098);
	SHOW(WORKAROUND_CLEAN_CACHE);
	SHOW(SPECTRE_V2);
	SHOW(SPECTRE_V3A);
	SHOW(SPECTRE_V4);
	SHOW(SPECTRE_BHB);
	pr_info("cpucaps: lse atomics %d\n", system_uses_lse_atomics());
	pr_info("cpucaps: alternative mov %d, branch to the %s\n", alt_mov(),
		alt_branch());
	return 0;
}

static void __exit cpucaps_exit(void)
{
}

module_init(cpucaps_init);
module_exit(cpucaps_exit);
MODULE_LICENSE("GPL");

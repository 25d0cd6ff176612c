/* SPDX-License-Identifier: GPL-2.0 */
/*
 * CPU capabilities (cpucaps): what the boot CPU's ID registers and MIDR
 * say it has or needs a workaround for, numbered as in Debian's 6.1
 * (generated/cpucaps.h comes from its headers), because modules carry
 * these numbers in their .altinstructions.
 */
#ifndef __ASM_CPUFEATURE_H
#define __ASM_CPUFEATURE_H

#include <linux/types.h>
#include <generated/cpucaps.h>

#define ARM64_NCAP_LONGS	((ARM64_NCAPS + 63) / 64)

extern unsigned long cpu_hwcaps[ARM64_NCAP_LONGS];

static inline bool cpus_have_cap(unsigned int num)
{
	if (num >= ARM64_NCAPS)
		return false;
	return cpu_hwcaps[num / 64] & (1UL << (num % 64));
}

void setup_cpu_features(void);

#endif

/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_CPUTYPE_H
#define __ASM_CPUTYPE_H

#include <asm/sysreg.h>

static inline u32 read_cpuid_id(void)
{
	return read_sysreg(midr_el1);
}

static inline u64 read_cpuid_mpidr(void)
{
	return read_sysreg(mpidr_el1);
}

#endif

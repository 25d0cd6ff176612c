/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_CPUTYPE_H
#define __ASM_CPUTYPE_H

#include <asm/sysreg.h>

static inline u32 read_cpuid_id(void)
{
	return read_cp15(c0, 0, c0, 0);		/* MIDR */
}

static inline u32 read_cpuid_mpidr(void)
{
	return read_cp15(c0, 0, c0, 5);		/* MPIDR */
}

#define MPIDR_HWID_BITMASK	0xffffff

#endif

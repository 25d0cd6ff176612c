/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_PERCPU_H
#define __ASM_PERCPU_H

#include <asm/sysreg.h>

/* cpu_number heads the per-cpu chunk (mm/percpu.c) */
#define ARCH_HAS_PERCPU_CPU_NUMBER
#define PCPU_KERNEL_SIZE	16

/* this CPU's per-cpu offset, where module code reads it (an alternative of tpidr_el1) */
static inline void set_my_cpu_offset(unsigned long off)
{
	write_sysreg(off, tpidr_el1);
}

#endif

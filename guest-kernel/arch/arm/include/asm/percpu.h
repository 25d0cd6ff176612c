/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_PERCPU_H
#define __ASM_PERCPU_H

#include <asm/sysreg.h>

/* No kernel per-cpu variables in the module chunk (smp_processor_id() reads thread_info) */
#define PCPU_KERNEL_SIZE	0

/* this CPU's per-cpu offset in TPIDRPRW, where Linux/arm's __my_cpu_offset reads it */
static inline void set_my_cpu_offset(unsigned long off)
{
	write_cp15(off, c13, 0, c0, 4);
}

#endif

/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_SYSREG_H
#define __ASM_SYSREG_H

#include <linux/const.h>
#include <linux/stringify.h>

/* SCTLR_EL1 with the MMU and caches on; bits 11, 20, 22, 28, 29 are RES1 on v8.0 */
#define SCTLR_ELx_M		BIT(0)
#define SCTLR_ELx_C		BIT(2)
#define SCTLR_ELx_SA		BIT(3)
#define SCTLR_EL1_SA0		BIT(4)
#define SCTLR_EL1_SED		BIT(8)
#define SCTLR_EL1_EOS		BIT(11)
#define SCTLR_ELx_I		BIT(12)
#define SCTLR_EL1_DZE		BIT(14)
#define SCTLR_EL1_UCT		BIT(15)
#define SCTLR_EL1_NTWE		BIT(18)
#define SCTLR_EL1_TSCXT		BIT(20)
#define SCTLR_EL1_EIS		BIT(22)
#define SCTLR_EL1_SPAN		BIT(23)
#define SCTLR_EL1_UCI		BIT(26)
#define SCTLR_EL1_nTLSMD	BIT(28)
#define SCTLR_EL1_LSMAOE	BIT(29)

#define INIT_SCTLR_EL1_MMU_ON						\
	(SCTLR_ELx_M | SCTLR_ELx_C | SCTLR_ELx_SA | SCTLR_EL1_SA0 |	\
	 SCTLR_EL1_SED | SCTLR_EL1_EOS | SCTLR_ELx_I | SCTLR_EL1_DZE |	\
	 SCTLR_EL1_UCT | SCTLR_EL1_NTWE | SCTLR_EL1_TSCXT |		\
	 SCTLR_EL1_EIS | SCTLR_EL1_SPAN | SCTLR_EL1_UCI |		\
	 SCTLR_EL1_nTLSMD | SCTLR_EL1_LSMAOE)

#define CPACR_EL1_FPEN		(_AC(3, UL) << 20)	/* FP/SIMD untrapped at EL0/EL1 */

#define MPIDR_HWID_BITMASK	_AC(0xff00ffffff, UL)

#ifndef __ASSEMBLY__
#include <linux/types.h>

#define read_sysreg(r) ({						\
	u64 __val;							\
	asm volatile("mrs %0, " __stringify(r) : "=r" (__val));	\
	__val;								\
})

#define write_sysreg(v, r) do {						\
	u64 __val = (u64)(v);						\
	asm volatile("msr " __stringify(r) ", %x0" : : "rZ" (__val));	\
} while (0)

#define isb()		asm volatile("isb" : : : "memory")
#define dsb(opt)	asm volatile("dsb " #opt : : : "memory")

#endif
#endif

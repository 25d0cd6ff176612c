/* SPDX-License-Identifier: GPL-2.0 */
/* cp15 registers (ARMv7 VMSA) and barriers. */
#ifndef __ASM_SYSREG_H
#define __ASM_SYSREG_H

#include <linux/const.h>
#include <linux/stringify.h>

#define CR_M		BIT(0)		/* MMU */
#define CR_A		BIT(1)		/* alignment faults */
#define CR_C		BIT(2)		/* data cache */
#define CR_Z		BIT(11)		/* branch prediction */
#define CR_I		BIT(12)		/* instruction cache */
#define CR_V		BIT(13)		/* high vectors */
#define CR_TRE		BIT(28)		/* TEX remap */
#define CR_AFE		BIT(29)		/* access flag */
#define CR_TE		BIT(30)		/* Thumb exceptions */

#define CPACR_CP10_CP11	(0xf << 20)	/* VFP/NEON at PL0 and PL1 */
#define FPEXC_EN	BIT(30)

/*
 * TEX remap (SCTLR.TRE), as Linux/arm's proc-v7-2level.S: the memory type
 * of a descriptor is PRRR/NMRR's entry TEX[0]:C:B. 0 strongly ordered,
 * 1-3 and 7 normal (7: write-back write-allocate), 4 device; normal
 * memory shareable.
 */
#define PRRR_INIT	0xff0a81a8
#define NMRR_INIT	0x40e040e0

/*
 * Domains, as Linux/arm's (CONFIG_CPU_SW_DOMAIN_PAN): the kernel's
 * memory, user memory, device memory and the vectors page. In the kernel
 * the user domain has no access (the kernel reaches user memory through
 * the page tables, never a user pointer); user mode gets it back on the
 * way out.
 */
#define DOMAIN_KERNEL	0
#define DOMAIN_USER	1
#define DOMAIN_IO	2
#define DOMAIN_VECTORS	3
#define DOMAIN_NOACCESS	0
#define DOMAIN_CLIENT	1
#define domain_val(dom, type)	((type) << (2 * (dom)))
#define domain_mask(dom)	domain_val(dom, 3)
#define DACR_UACCESS_DISABLE	(domain_val(DOMAIN_USER, DOMAIN_NOACCESS) | \
				 domain_val(DOMAIN_KERNEL, DOMAIN_CLIENT) | \
				 domain_val(DOMAIN_IO, DOMAIN_CLIENT) | \
				 domain_val(DOMAIN_VECTORS, DOMAIN_CLIENT))
#define DACR_UACCESS_ENABLE	(DACR_UACCESS_DISABLE | domain_val(DOMAIN_USER, DOMAIN_CLIENT))
#define DACR_INIT		DACR_UACCESS_DISABLE

#ifndef __ASSEMBLY__
#include <linux/types.h>

/* read_cp15(c1, 0, c0, 0): mrc p15, <opc1>, Rt, <CRn>, <CRm>, <opc2> */
#define read_cp15(crn, opc1, crm, opc2) ({				\
	u32 __val;							\
	asm volatile("mrc p15, " #opc1 ", %0, " #crn ", " #crm ", " #opc2 \
		     : "=r" (__val));					\
	__val;								\
})

#define write_cp15(v, crn, opc1, crm, opc2)				\
	asm volatile("mcr p15, " #opc1 ", %0, " #crn ", " #crm ", " #opc2 \
		     : : "r" ((u32)(v)) : "memory")

#define read_cp15_64(opc1, crm) ({					\
	u64 __val;							\
	asm volatile("mrrc p15, " #opc1 ", %Q0, %R0, " #crm : "=r" (__val)); \
	__val;								\
})

#define write_cp15_64(v, opc1, crm)					\
	asm volatile("mcrr p15, " #opc1 ", %Q0, %R0, " #crm		\
		     : : "r" ((u64)(v)) : "memory")

#define isb()		asm volatile("isb" : : : "memory")
#define dsb(opt)	asm volatile("dsb " #opt : : : "memory")

#endif
#endif

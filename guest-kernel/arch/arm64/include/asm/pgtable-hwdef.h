/* SPDX-License-Identifier: GPL-2.0 */
/* Translation table descriptor bits and MMU register values. */
#ifndef __ASM_PGTABLE_HWDEF_H
#define __ASM_PGTABLE_HWDEF_H

#include <linux/const.h>

/* Descriptor types */
#define PTE_VALID		(_AC(1, UL) << 0)
#define PTE_TYPE_MASK		(_AC(3, UL) << 0)
#define PTE_TYPE_PAGE		(_AC(3, UL) << 0)
#define PMD_TYPE_TABLE		(_AC(3, UL) << 0)
#define PMD_TYPE_SECT		(_AC(1, UL) << 0)

/* Attributes of block and page descriptors */
#define PTE_ATTRINDX(t)		(_AC(t, UL) << 2)
#define PTE_USER		(_AC(1, UL) << 6)	/* AP[1] */
#define PTE_RDONLY		(_AC(1, UL) << 7)	/* AP[2] */
#define PTE_SHARED		(_AC(3, UL) << 8)	/* SH[1:0], inner shareable */
#define PTE_AF			(_AC(1, UL) << 10)	/* Access Flag */
#define PTE_PXN			(_AC(1, UL) << 53)	/* Privileged XN */
#define PTE_UXN			(_AC(1, UL) << 54)	/* User XN */
#define PTE_ADDR_MASK		(((_AC(1, UL) << 48) - 1) & ~((_AC(1, UL) << 12) - 1))

/* MAIR_EL1 slots, as Linux numbers them */
#define MT_NORMAL		0
#define MT_NORMAL_NC		2
#define MT_DEVICE_nGnRnE	3
#define MT_DEVICE_nGnRE		4
#define MAIR_EL1_SET		_AC(0x000000040044ffff, UL)

#define PROT_DEFAULT		(PTE_AF | PTE_SHARED)
#define PROT_NORMAL		(PROT_DEFAULT | PTE_ATTRINDX(MT_NORMAL))
#define PROT_DEVICE		(PTE_AF | PTE_PXN | PTE_UXN | PTE_ATTRINDX(MT_DEVICE_nGnRE))

#define PAGE_KERNEL		(PROT_NORMAL | PTE_PXN | PTE_UXN)
#define PAGE_KERNEL_RO		(PAGE_KERNEL | PTE_RDONLY)
#define PAGE_KERNEL_ROX		(PROT_NORMAL | PTE_RDONLY | PTE_UXN)
#define PAGE_KERNEL_EXEC	(PROT_NORMAL | PTE_UXN)

/* 1 GiB blocks for the boot page tables (head.S) */
#define SECT_NORMAL_EXEC	(PMD_TYPE_SECT | PAGE_KERNEL_EXEC)
#define SECT_NORMAL		(PMD_TYPE_SECT | PAGE_KERNEL)
#define SECT_DEVICE		(PMD_TYPE_SECT | PROT_DEVICE)

/* TCR_EL1: 48-bit VAs and 4K granules in both halves, write-back walks */
#define TCR_T0SZ		(_AC(16, UL) << 0)
#define TCR_IRGN0_WBWA		(_AC(1, UL) << 8)
#define TCR_ORGN0_WBWA		(_AC(1, UL) << 10)
#define TCR_SH0_INNER		(_AC(3, UL) << 12)
#define TCR_TG0_4K		(_AC(0, UL) << 14)
#define TCR_T1SZ		(_AC(16, UL) << 16)
#define TCR_IRGN1_WBWA		(_AC(1, UL) << 24)
#define TCR_ORGN1_WBWA		(_AC(1, UL) << 26)
#define TCR_SH1_INNER		(_AC(3, UL) << 28)
#define TCR_TG1_4K		(_AC(2, UL) << 30)
#define TCR_IPS_SHIFT		32
#define TCR_EL1_SET		(TCR_T0SZ | TCR_IRGN0_WBWA | TCR_ORGN0_WBWA | \
				 TCR_SH0_INNER | TCR_TG0_4K | TCR_T1SZ |      \
				 TCR_IRGN1_WBWA | TCR_ORGN1_WBWA |            \
				 TCR_SH1_INNER | TCR_TG1_4K)

#endif

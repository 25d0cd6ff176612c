/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Short-descriptor translation tables (ARMv7 VMSA without LPAE, as the
 * armmp kernel): first-level entries map 1 MiB sections or point at a
 * 256-entry second-level table of 4 KiB small pages. TEX remap off:
 * memory types are TEX[0]:C:B through PRRR/NMRR (TEX remap on, as
 * Linux/arm's). First-level entries name a domain (asm/sysreg.h): the
 * kernel's, user space's, devices' or the vectors'.
 */
#ifndef __ASM_PGTABLE_HWDEF_H
#define __ASM_PGTABLE_HWDEF_H

#include <linux/const.h>

/* First level */
#define PMD_TYPE_MASK		(_AC(3, UL) << 0)
#define PMD_TYPE_FAULT		(_AC(0, UL) << 0)
#define PMD_TYPE_TABLE		(_AC(1, UL) << 0)
#define PMD_TYPE_SECT		(_AC(2, UL) << 0)
#define PMD_DOMAIN(x)		(_AC(x, UL) << 5)
#define PMD_SECT_BUFFERABLE	(_AC(1, UL) << 2)
#define PMD_SECT_CACHEABLE	(_AC(1, UL) << 3)
#define PMD_SECT_XN		(_AC(1, UL) << 4)
#define PMD_SECT_AP_WRITE	(_AC(1, UL) << 10)	/* AP[0] */
#define PMD_SECT_AP_READ	(_AC(1, UL) << 11)	/* AP[1] */
#define PMD_SECT_TEX(x)		(_AC(x, UL) << 12)
#define PMD_SECT_APX		(_AC(1, UL) << 15)	/* AP[2] */
#define PMD_SECT_S		(_AC(1, UL) << 16)
#define PMD_SECT_MASK		(~((_AC(1, UL) << 20) - 1))
#define PMD_TABLE_MASK		(~((_AC(1, UL) << 10) - 1))

/* Second level: small pages */
#define PTE_XN			(_AC(1, UL) << 0)
#define PTE_TYPE_SMALL		(_AC(2, UL) << 0)
#define PTE_TYPE_MASK		(_AC(3, UL) << 0)
#define PTE_BUFFERABLE		(_AC(1, UL) << 2)
#define PTE_CACHEABLE		(_AC(1, UL) << 3)
#define PTE_AP0			(_AC(1, UL) << 4)	/* with AP[1]: see below */
#define PTE_AP1			(_AC(1, UL) << 5)
#define PTE_TEX(x)		(_AC(x, UL) << 6)
#define PTE_APX			(_AC(1, UL) << 9)	/* AP[2]: read-only */
#define PTE_SHARED		(_AC(1, UL) << 10)
#define PTE_NG			(_AC(1, UL) << 11)
#define PTE_ADDR_MASK		PAGE_MASK

/*
 * AP[2:0] with the access flag off: 001 kernel RW, 101 kernel RO,
 * 011 all RW, 111 all RO (ARMv7).
 */
#define PTE_AP_KERNEL		PTE_AP0
#define PTE_AP_USER		(PTE_AP0 | PTE_AP1)

/* Normal memory, write-back write-allocate (remap entry 7); device: entry 4 */
#define PTE_MT_NORMAL		(PTE_TEX(1) | PTE_CACHEABLE | PTE_BUFFERABLE | PTE_SHARED)
#define PTE_MT_DEVICE		(PTE_TEX(1))
#define SECT_MT_NORMAL		(PMD_SECT_TEX(1) | PMD_SECT_CACHEABLE | \
				 PMD_SECT_BUFFERABLE | PMD_SECT_S)
#define SECT_MT_DEVICE		(PMD_SECT_TEX(1))

#define PAGE_KERNEL		(PTE_TYPE_SMALL | PTE_MT_NORMAL | PTE_AP_KERNEL | PTE_XN)
#define PAGE_KERNEL_RO		(PAGE_KERNEL | PTE_APX)
#define PAGE_KERNEL_ROX		(PTE_TYPE_SMALL | PTE_MT_NORMAL | PTE_AP_KERNEL | PTE_APX)
#define PAGE_KERNEL_EXEC	(PTE_TYPE_SMALL | PTE_MT_NORMAL | PTE_AP_KERNEL)
#define PROT_DEVICE		(PTE_TYPE_SMALL | PTE_MT_DEVICE | PTE_AP_KERNEL | PTE_XN)

/* Sections of the boot tables (head.S) */
#define SECT_NORMAL_EXEC	(PMD_TYPE_SECT | SECT_MT_NORMAL | PMD_SECT_AP_WRITE)
#define SECT_NORMAL		(SECT_NORMAL_EXEC | PMD_SECT_XN)
#define SECT_DEVICE		(PMD_TYPE_SECT | SECT_MT_DEVICE | PMD_SECT_AP_WRITE | \
				 PMD_SECT_XN)

#endif

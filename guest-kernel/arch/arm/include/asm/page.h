/* SPDX-License-Identifier: GPL-2.0 */
/* 4 KiB pages; the short-descriptor format's 1 MiB sections (ARMv7, no LPAE). */
#ifndef __ASM_PAGE_H
#define __ASM_PAGE_H

#include <linux/const.h>

#define PAGE_SHIFT		12
#define PAGE_SIZE		(_AC(1, UL) << PAGE_SHIFT)
/* the vectors page is user space's too (kuser helpers) */
#define __HAVE_ARCH_GATE_AREA	1

#define PAGE_MASK		(~(PAGE_SIZE - 1))
#define SECTION_SHIFT		20
#define SECTION_SIZE		(_AC(1, UL) << SECTION_SHIFT)
/* Linux/arm's pmd: two sections, one page of second-level tables */
#define PMD_SHIFT		21
#define PMD_SIZE		(_AC(1, UL) << PMD_SHIFT)
#define PGDIR_SHIFT		21
#define PTRS_PER_PTE		256	/* a hardware second-level table */
#define PTRS_PER_PGD		4096	/* first-level entries, 1 MiB each */
#define PGD_TABLE_SIZE		0x4000

#ifndef __ASSEMBLY__
void clear_page(void *to);
void copy_page(void *to, const void *from);
#endif

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Virtual memory layout, as Debian's armmp kernel (CONFIG_VMSPLIT_3G):
 *
 *   0x00000000 - 0xbeffffff   user (TASK_SIZE)
 *   0xbf000000 - 0xbfffffff   modules, within a branch of the kernel
 *   0xc0000000 + (PA - RAM)   linear map of RAM (lowmem, up to 752 MiB)
 *   VMALLOC_START - END       vmalloc(), task stacks
 *   IOREMAP_START - END       ioremap()'s device mappings
 *   0xffff0000 - 0xffff1fff   the vectors page (user-readable) and its stubs
 *
 * The board's RAM starts at PHYS_OFFSET (virt: 0x40000000); the kernel
 * image sits in the linear map where it was loaded.
 */
#ifndef __ASM_MEMORY_H
#define __ASM_MEMORY_H

#include <linux/const.h>

#define PAGE_OFFSET		_AC(0xc0000000, UL)
#define PHYS_OFFSET		_AC(0x40000000, UL)
#define TEXT_OFFSET		_AC(0x00010000, UL)	/* where QEMU puts a raw image */
#define KIMAGE_PADDR		(PHYS_OFFSET + TEXT_OFFSET)
#define KIMAGE_VADDR		(PAGE_OFFSET + TEXT_OFFSET)
#define LOAD_OFFSET		(PAGE_OFFSET - PHYS_OFFSET)
#define TASK_SIZE		(PAGE_OFFSET - _AC(0x01000000, UL))
#define TASK_UNMAPPED_BASE	(PAGE_OFFSET / 3)
#define MODULES_VADDR		(PAGE_OFFSET - _AC(0x01000000, UL))
#define MODULES_END		PAGE_OFFSET
#define VMALLOC_START		_AC(0xf0000000, UL)
#define VMALLOC_END		_AC(0xfc000000, UL)	/* ioremap: room for kobox-files' 32 MiB */
#define IOREMAP_START		VMALLOC_END
#define IOREMAP_END		_AC(0xff800000, UL)
#define VECTORS_BASE		_AC(0xffff0000, UL)	/* the high vectors page */
#define LOWMEM_SIZE		(VMALLOC_START - _AC(0x00800000, UL) - PAGE_OFFSET)

#ifndef __ASSEMBLY__
#include <linux/types.h>

extern u64 __pv_offset;			/* PHYS_OFFSET - PAGE_OFFSET */
extern unsigned long __pv_phys_pfn_offset;	/* PHYS_OFFSET >> PAGE_SHIFT */

#define __pa(x)			((phys_addr_t)((unsigned long)(x) - PAGE_OFFSET + PHYS_OFFSET))
#define __va(x)			((void *)((unsigned long)(x) - PHYS_OFFSET + PAGE_OFFSET))
#define __pa_symbol(x)		__pa(x)
#define virt_to_phys(x)		__pa(x)
#define phys_to_virt(x)		__va(x)

/* An address of the linear map with RAM under it (Linux's virt_addr_valid()). */
#define virt_addr_valid(kaddr)	((unsigned long)(kaddr) >= PAGE_OFFSET && \
				 (__pa(kaddr) >> PAGE_SHIFT) < max_pfn)

static inline bool is_ttbr0_addr(unsigned long addr)
{
	return addr < TASK_SIZE;
}

static inline bool is_ttbr1_addr(unsigned long addr)
{
	return addr >= MODULES_VADDR;
}
#endif

#endif

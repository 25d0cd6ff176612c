/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Virtual memory layout (48-bit VAs, 4K pages):
 *
 *   0x0000000000000000 - 0x0000ffffffffffff  user (TTBR0; empty for now)
 *   0xffff000000000000 + PA                   linear map of RAM (TTBR1)
 *   0xffff000000000000 + [0, 960 MiB)         device MMIO, same linear rule
 *   MODULES_VADDR - MODULES_END               64 MiB for loaded modules,
 *                                             right below the kernel image,
 *                                             so their branches reach it
 *                                             (+-128 MiB) without PLTs
 *   VMALLOC_START - VMALLOC_END               vmalloc(), where Linux 6.1
 *                                             (48-bit VAs) puts it
 *
 * The kernel image lives inside the linear map, at PAGE_OFFSET plus the
 * physical address the board loads it at, so __pa()/__va() are one
 * subtraction or addition for everything.
 */
#ifndef __ASM_MEMORY_H
#define __ASM_MEMORY_H

#include <linux/const.h>

#define VA_BITS			48
#define PAGE_OFFSET		_AC(0xffff000000000000, UL)
#define KIMAGE_PADDR		_AC(0x40200000, UL)
#define KIMAGE_VADDR		(PAGE_OFFSET + KIMAGE_PADDR)
#define LOAD_OFFSET		PAGE_OFFSET
#define TASK_SIZE		(_AC(1, UL) << VA_BITS)
#define MMIO_SIZE		_AC(0x3c000000, UL)	/* PA [0, 960 MiB) */
#define MODULES_VADDR		(PAGE_OFFSET + MMIO_SIZE)
#define MODULES_END		(PAGE_OFFSET + _AC(0x40000000, UL))
#define VMALLOC_START		_AC(0xffff800008000000, UL)
#define VMALLOC_END		_AC(0xfffffbfff0000000, UL)

#ifndef __ASSEMBLY__
#include <linux/types.h>

#define __pa(x)			((phys_addr_t)((unsigned long)(x) - PAGE_OFFSET))
#define __va(x)			((void *)((unsigned long)(x) + PAGE_OFFSET))
#define __pa_symbol(x)		__pa(x)
#define virt_to_phys(x)		__pa(x)
#define phys_to_virt(x)		__va(x)

static inline bool is_ttbr0_addr(unsigned long addr)
{
	return addr < TASK_SIZE;
}

static inline bool is_ttbr1_addr(unsigned long addr)
{
	return addr >= PAGE_OFFSET;
}
#endif

#endif

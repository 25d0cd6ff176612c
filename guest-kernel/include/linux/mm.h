/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/kernel.h>
#include <linux/gfp.h>
#include <linux/mm_types.h>
#include <asm/memory.h>
#include <asm/page.h>

extern struct page *mem_map;
extern unsigned long min_low_pfn, max_pfn;

#define PAGE_ALIGN(addr)	ALIGN(addr, PAGE_SIZE)
#define PFN_UP(x)		(((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x)		((x) >> PAGE_SHIFT)
#define pfn_to_page(pfn)	(mem_map + ((pfn) - min_low_pfn))
#define page_to_pfn(page)	((unsigned long)((page) - mem_map) + min_low_pfn)
#define virt_to_page(addr)	pfn_to_page(__pa(addr) >> PAGE_SHIFT)
#define page_address(page)	__va(page_to_pfn(page) << PAGE_SHIFT)

static inline unsigned int get_order(unsigned long size)
{
	unsigned int order = 0;

	size = (size - 1) >> PAGE_SHIFT;
	while (size) {
		order++;
		size >>= 1;
	}
	return order;
}

unsigned long nr_free_pages(void);
unsigned long totalram_pages(void);
void mem_init(void);
void mem_init_print_info(void);
void paging_init(void);
bool kern_addr_valid(unsigned long addr);

#endif

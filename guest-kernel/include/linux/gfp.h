/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_GFP_H
#define _LINUX_GFP_H

#include <linux/types.h>

/* Linux 6.1's bit values: modules pass them to our allocator. */
#define __GFP_DMA		0x01u
#define __GFP_RECLAIMABLE	0x10u
#define __GFP_ZERO		0x100u
#define __GFP_ACCOUNT		0x400000u
#define GFP_KERNEL		0x0cc0u

struct page;

struct page *alloc_pages(gfp_t gfp_mask, unsigned int order);
void __free_pages(struct page *page, unsigned int order);
unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order);
unsigned long get_zeroed_page(gfp_t gfp_mask);
void free_pages(unsigned long addr, unsigned int order);

#define __get_free_page(gfp_mask)	__get_free_pages((gfp_mask), 0)
#define free_page(addr)			free_pages((addr), 0)

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Virtually contiguous memory from single pages: the module area
 * (module_alloc()) and vmalloc()'s own window.
 */
#ifndef _LINUX_VMALLOC_H
#define _LINUX_VMALLOC_H

#include <linux/types.h>
#include <asm/pgtable-types.h>

void *__vmalloc_node_range(unsigned long size, unsigned long align,
			   unsigned long start,
			   unsigned long end, pgprot_t prot, const void *caller);
bool vmalloc_dump_obj(void *object);
void vfree(const void *addr);
void set_vm_flush_reset_perms(void *addr);
void *vmalloc(unsigned long size);
void *vzalloc(unsigned long size);
bool is_vmalloc_addr(const void *x);
bool find_vmap_area_bounds(unsigned long addr, unsigned long *start,
			   unsigned long *end);
void kvfree(const void *addr);
void *kvmalloc_node(size_t size, gfp_t flags, int node);

/* arch/arm64/mm/mmu.c: the page-table side */
int map_kernel_range(unsigned long va, void **pages, unsigned int nr,
		     pgprot_t prot);
void unmap_kernel_range(unsigned long va, unsigned int nr);
void protect_kernel_range(unsigned long va, unsigned int nr, pgprot_t prot);
void *kernel_range_alias(unsigned long va);

#endif

// SPDX-License-Identifier: GPL-2.0
/*
 * Boot-time memory: the RAM regions from the device tree and the ranges
 * reserved in them (kernel, DTB, initrd, ...). Early allocations are
 * carved from what is left; mem_init() then hands the rest to the page
 * allocator.
 */
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/string.h>
#include <asm/memory.h>

struct memblock memblock;

static int memblock_add_range(struct memblock_type *type, phys_addr_t base,
			      phys_addr_t size)
{
	if (!size)
		return 0;
	if (type->cnt == INIT_MEMBLOCK_REGIONS) {
		pr_err("memblock: too many regions, ignoring [%#llx-%#llx]\n",
		       (u64)base, (u64)(base + size - 1));
		return -1;
	}
	type->regions[type->cnt].base = base;
	type->regions[type->cnt].size = size;
	type->cnt++;
	return 0;
}

int memblock_add(phys_addr_t base, phys_addr_t size)
{
	return memblock_add_range(&memblock.memory, base, size);
}

int memblock_reserve(phys_addr_t base, phys_addr_t size)
{
	return memblock_add_range(&memblock.reserved, base, size);
}

/* The end of the reserved range overlapping [base, base + size), or 0. */
static phys_addr_t reserved_overlap(phys_addr_t base, phys_addr_t size)
{
	unsigned long i;

	for (i = 0; i < memblock.reserved.cnt; i++) {
		struct memblock_region *r = &memblock.reserved.regions[i];

		if (base < r->base + r->size && r->base < base + size)
			return r->base + r->size;
	}
	return 0;
}

bool memblock_is_reserved(phys_addr_t addr)
{
	return reserved_overlap(addr, 1) != 0;
}

/* Lowest free, aligned range of RAM; it is reserved before returning. */
phys_addr_t memblock_phys_alloc(phys_addr_t size, phys_addr_t align)
{
	struct memblock_region *rgn;

	for_each_mem_region(rgn) {
		phys_addr_t base = ALIGN(rgn->base, align);
		phys_addr_t end = rgn->base + rgn->size;
		phys_addr_t busy;

		while (base + size <= end) {
			busy = reserved_overlap(base, size);
			if (!busy) {
				memblock_reserve(base, size);
				return base;
			}
			base = ALIGN(busy, align);
		}
	}
	return 0;
}

void *memblock_alloc(phys_addr_t size, phys_addr_t align)
{
	phys_addr_t pa = memblock_phys_alloc(size, align);

	if (!pa)
		return NULL;
	memset(__va(pa), 0, size);
	return __va(pa);
}

phys_addr_t memblock_start_of_DRAM(void)
{
	struct memblock_region *rgn;
	phys_addr_t start = ~(phys_addr_t)0;

	for_each_mem_region(rgn)
		start = min(start, rgn->base);
	return start;
}

phys_addr_t memblock_end_of_DRAM(void)
{
	struct memblock_region *rgn;
	phys_addr_t end = 0;

	for_each_mem_region(rgn)
		end = max(end, rgn->base + rgn->size);
	return end;
}

phys_addr_t memblock_phys_mem_size(void)
{
	struct memblock_region *rgn;
	phys_addr_t total = 0;

	for_each_mem_region(rgn)
		total += rgn->size;
	return total;
}

// SPDX-License-Identifier: GPL-2.0
/*
 * The reserved per-cpu chunk modules' static per-cpu data comes from
 * (Linux's PERCPU_MODULE_RESERVE, 8 KiB). Per-cpu pointers point into
 * pcpu_base, an address space that is never accessed itself; CPU 0's
 * unit is pcpu_unit0, __per_cpu_offset[0] apart, as Linux's first chunk
 * is apart from the .data..percpu template.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/init.h>
#include <linux/percpu.h>
#include <linux/string.h>
#include <asm/page.h>
#include <asm/percpu.h>

static char pcpu_base[PERCPU_MODULE_RESERVE] __aligned(PAGE_SIZE);
static char pcpu_unit0[PERCPU_MODULE_RESERVE] __aligned(PAGE_SIZE);

unsigned long __per_cpu_offset[NR_CPUS];
EXPORT_SYMBOL(__per_cpu_offset);

/*
 * The kernel's own per-cpu variables come first in the chunk
 * (PCPU_KERNEL_SIZE bytes, asm/percpu.h): arm64's cpu_number
 * (arch/arm64/kernel/smp.c in Linux), which modules'
 * raw_smp_processor_id() reads with this_cpu_read(). CPU 0's copy is 0.
 */
#ifdef ARCH_HAS_PERCPU_CPU_NUMBER
extern int cpu_number;
asm(".globl cpu_number\n\t.set cpu_number, pcpu_base");
EXPORT_SYMBOL(cpu_number);
#endif

/* The allocations, by offset. */
#define PCPU_MAX_ALLOCS	64

static struct {
	unsigned int off, size;
} pcpu_allocs[PCPU_MAX_ALLOCS];
static unsigned int pcpu_nr_allocs;

/* smp_prepare_boot_cpu(): this CPU's offset where modules read it. */
void __init setup_per_cpu_areas(void)
{
	__per_cpu_offset[0] = pcpu_unit0 - pcpu_base;
	set_my_cpu_offset(__per_cpu_offset[0]);
	pcpu_allocs[0].size = PCPU_KERNEL_SIZE;	/* cpu_number's */
	pcpu_nr_allocs = 1;
}

/* First fit in the gaps between allocations, zeroed in every unit. */
void *__alloc_reserved_percpu(size_t size, size_t align)
{
	unsigned int i, start = 0, off;

	if (!size || pcpu_nr_allocs == PCPU_MAX_ALLOCS)
		return NULL;
	for (i = 0; i <= pcpu_nr_allocs; i++) {
		unsigned int end = i < pcpu_nr_allocs ? pcpu_allocs[i].off
						      : PERCPU_MODULE_RESERVE;

		off = ALIGN(start, align ?: 1);
		if (off + size <= end && off + size > off)
			break;
		if (i < pcpu_nr_allocs)
			start = pcpu_allocs[i].off + pcpu_allocs[i].size;
	}
	if (i > pcpu_nr_allocs)
		return NULL;
	memmove(&pcpu_allocs[i + 1], &pcpu_allocs[i],
		(pcpu_nr_allocs - i) * sizeof(pcpu_allocs[0]));
	pcpu_allocs[i].off = off;
	pcpu_allocs[i].size = size;
	pcpu_nr_allocs++;
	memset(per_cpu_ptr(pcpu_base + off, 0), 0, size);
	return pcpu_base + off;
}

void free_percpu(void *ptr)
{
	unsigned int i, off = (char *)ptr - pcpu_base;

	if (!ptr)
		return;
	for (i = 0; i < pcpu_nr_allocs; i++) {
		if (pcpu_allocs[i].off != off)
			continue;
		pcpu_nr_allocs--;
		memmove(&pcpu_allocs[i], &pcpu_allocs[i + 1],
			(pcpu_nr_allocs - i) * sizeof(pcpu_allocs[0]));
		return;
	}
}

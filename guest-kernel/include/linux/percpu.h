/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Per-cpu memory, for modules' .data..percpu: a per-cpu pointer plus
 * __per_cpu_offset[cpu] is that CPU's copy; tpidr_el1 holds this CPU's
 * offset (module code reads it through an alternative). One CPU.
 */
#ifndef _LINUX_PERCPU_H
#define _LINUX_PERCPU_H

#include <linux/types.h>

#define NR_CPUS			1
#define PERCPU_MODULE_RESERVE	(8 << 10)

extern unsigned long __per_cpu_offset[NR_CPUS];

#define per_cpu_ptr(ptr, cpu)	((void *)((unsigned long)(ptr) + __per_cpu_offset[cpu]))

void __init setup_per_cpu_areas(void);
void *__alloc_reserved_percpu(size_t size, size_t align);
void free_percpu(void *ptr);

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * CPU masks as modules read them: Debian's CONFIG_NR_CPUS bits
 * wide, without CONFIG_CPUMASK_OFFSTACK. The board has one CPU, CPU 0.
 */
#ifndef _LINUX_CPUMASK_H
#define _LINUX_CPUMASK_H

#include <linux/atomic.h>
#include <linux/bitops.h>
#include <linux/types.h>

#define CPUMASK_BITS		CONFIG_NR_CPUS	/* 256 arm64, 8 armmp */
#define CPUMASK_LONGS		((CPUMASK_BITS + BITS_PER_LONG - 1) / BITS_PER_LONG)

struct cpumask {
	unsigned long bits[CPUMASK_LONGS];
};

extern struct cpumask __cpu_possible_mask;
extern struct cpumask __cpu_online_mask;
extern struct cpumask __cpu_present_mask;
extern struct cpumask __cpu_active_mask;
extern atomic_t __num_online_cpus;
extern const unsigned long cpu_bit_bitmap[BITS_PER_LONG + 1][CPUMASK_LONGS];
extern unsigned int nr_cpu_ids;

#endif

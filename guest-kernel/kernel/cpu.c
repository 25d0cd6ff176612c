// SPDX-License-Identifier: GPL-2.0
/*
 * The CPU masks and counts modules read (for_each_online_cpu(),
 * num_online_cpus(), cpumask_of()): one CPU, possible, present, online
 * and active from boot, as Linux's are once CPU 0 is up.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/cpumask.h>

struct cpumask __cpu_possible_mask = { .bits = { 1 } };
EXPORT_SYMBOL(__cpu_possible_mask);
struct cpumask __cpu_online_mask = { .bits = { 1 } };
EXPORT_SYMBOL(__cpu_online_mask);
struct cpumask __cpu_present_mask = { .bits = { 1 } };
EXPORT_SYMBOL(__cpu_present_mask);
struct cpumask __cpu_active_mask = { .bits = { 1 } };
EXPORT_SYMBOL(__cpu_active_mask);

atomic_t __num_online_cpus = ATOMIC_INIT(1);
EXPORT_SYMBOL(__num_online_cpus);

/*
 * Row n has bit n - 1 of the first word set (row 0 none): get_cpu_mask()
 * steps back from a row by whole words to make the mask of any CPU.
 */
#define CPU_BIT_ROW(n)	[n] = { [0] = 1UL << ((n) - 1) }
const unsigned long cpu_bit_bitmap[BITS_PER_LONG + 1][CPUMASK_LONGS] = {
	CPU_BIT_ROW(1), CPU_BIT_ROW(2), CPU_BIT_ROW(3), CPU_BIT_ROW(4),
	CPU_BIT_ROW(5), CPU_BIT_ROW(6), CPU_BIT_ROW(7), CPU_BIT_ROW(8),
	CPU_BIT_ROW(9), CPU_BIT_ROW(10), CPU_BIT_ROW(11), CPU_BIT_ROW(12),
	CPU_BIT_ROW(13), CPU_BIT_ROW(14), CPU_BIT_ROW(15), CPU_BIT_ROW(16),
	CPU_BIT_ROW(17), CPU_BIT_ROW(18), CPU_BIT_ROW(19), CPU_BIT_ROW(20),
	CPU_BIT_ROW(21), CPU_BIT_ROW(22), CPU_BIT_ROW(23), CPU_BIT_ROW(24),
	CPU_BIT_ROW(25), CPU_BIT_ROW(26), CPU_BIT_ROW(27), CPU_BIT_ROW(28),
	CPU_BIT_ROW(29), CPU_BIT_ROW(30), CPU_BIT_ROW(31), CPU_BIT_ROW(32),
#if BITS_PER_LONG > 32
	CPU_BIT_ROW(33), CPU_BIT_ROW(34), CPU_BIT_ROW(35), CPU_BIT_ROW(36),
	CPU_BIT_ROW(37), CPU_BIT_ROW(38), CPU_BIT_ROW(39), CPU_BIT_ROW(40),
	CPU_BIT_ROW(41), CPU_BIT_ROW(42), CPU_BIT_ROW(43), CPU_BIT_ROW(44),
	CPU_BIT_ROW(45), CPU_BIT_ROW(46), CPU_BIT_ROW(47), CPU_BIT_ROW(48),
	CPU_BIT_ROW(49), CPU_BIT_ROW(50), CPU_BIT_ROW(51), CPU_BIT_ROW(52),
	CPU_BIT_ROW(53), CPU_BIT_ROW(54), CPU_BIT_ROW(55), CPU_BIT_ROW(56),
	CPU_BIT_ROW(57), CPU_BIT_ROW(58), CPU_BIT_ROW(59), CPU_BIT_ROW(60),
	CPU_BIT_ROW(61), CPU_BIT_ROW(62), CPU_BIT_ROW(63), CPU_BIT_ROW(64),
#endif
};
EXPORT_SYMBOL_GPL(cpu_bit_bitmap);

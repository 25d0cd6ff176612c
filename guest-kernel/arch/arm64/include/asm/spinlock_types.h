/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64's lock words, as Debian's: the queued spinlock (a u32, 0 when
 * free, the locked byte 1) and the queued rwlock (a count of readers
 * above bit 8 and the writer's byte, then a wait spinlock).
 */
#ifndef __ASM_SPINLOCK_TYPES_H
#define __ASM_SPINLOCK_TYPES_H

#include <linux/types.h>

typedef struct qspinlock {
	u32 val;
} arch_spinlock_t;

typedef struct qrwlock {
	u32 cnts;
	arch_spinlock_t wait_lock;
} arch_rwlock_t;

#define __ARCH_SPIN_LOCK_UNLOCKED	{ 0 }
#define __ARCH_RW_LOCK_UNLOCKED		{ 0, { 0 } }

#endif

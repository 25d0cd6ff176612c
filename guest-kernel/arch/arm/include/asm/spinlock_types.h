/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Linux/arm's lock words: the ticket spinlock (owner, next: 16 bits
 * each, free when they are equal) and the rwlock (bit 31 a writer, the
 * rest a count of readers). Modules built for armmp inline the unlocks
 * (owner++, the reader count down, the word cleared).
 */
#ifndef __ASM_SPINLOCK_TYPES_H
#define __ASM_SPINLOCK_TYPES_H

#include <linux/types.h>

#define TICKET_SHIFT	16

typedef struct {
	union {
		u32 slock;
		struct {
			u16 owner;
			u16 next;
		} tickets;
	};
} arch_spinlock_t;

typedef struct {
	u32 lock;
} arch_rwlock_t;

#define __ARCH_SPIN_LOCK_UNLOCKED	{ { 0 } }
#define __ARCH_RW_LOCK_UNLOCKED		{ 0 }

#endif

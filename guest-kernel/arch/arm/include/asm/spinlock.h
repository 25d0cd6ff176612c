/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Linux/arm's lock operations: a ticket spinlock (take the next ticket,
 * wait for the owner to reach it) and a reader-count rwlock. One CPU:
 * a lock found taken is held by a task that cannot run, so waiting is
 * the deadlock Linux would spin in.
 */
#ifndef __ASM_SPINLOCK_H
#define __ASM_SPINLOCK_H

#include <linux/compiler.h>
#include <asm/spinlock_types.h>

#define RW_WRITER	0x80000000U

static inline void arch_spin_lock(arch_spinlock_t *lock)
{
	u32 old = __atomic_fetch_add(&lock->slock, 1U << TICKET_SHIFT,
				     __ATOMIC_ACQUIRE);
	u16 ticket = old >> TICKET_SHIFT;

	while (ticket != __atomic_load_n(&lock->tickets.owner, __ATOMIC_ACQUIRE))
		asm volatile("wfe" ::: "memory");
}

static inline bool arch_spin_trylock(arch_spinlock_t *lock)
{
	u32 old = __atomic_load_n(&lock->slock, __ATOMIC_RELAXED);

	if ((old >> TICKET_SHIFT) != (old & 0xffff))
		return false;
	return __atomic_compare_exchange_n(&lock->slock, &old,
					   old + (1U << TICKET_SHIFT), false,
					   __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

static inline void arch_spin_unlock(arch_spinlock_t *lock)
{
	__atomic_store_n(&lock->tickets.owner, lock->tickets.owner + 1,
			 __ATOMIC_RELEASE);
	asm volatile("dsb ishst\n\tsev" ::: "memory");
}

static inline bool arch_spin_is_locked(arch_spinlock_t *lock)
{
	u32 val = READ_ONCE(lock->slock);

	return (val >> TICKET_SHIFT) != (val & 0xffff);
}

static inline void arch_spin_lock_init(arch_spinlock_t *lock)
{
	lock->slock = 0;
}

static inline bool arch_write_trylock(arch_rwlock_t *rw)
{
	u32 old = 0;

	return __atomic_compare_exchange_n(&rw->lock, &old, RW_WRITER, false,
					   __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

static inline void arch_write_lock(arch_rwlock_t *rw)
{
	while (!arch_write_trylock(rw))
		asm volatile("wfe" ::: "memory");
}

static inline void arch_write_unlock(arch_rwlock_t *rw)
{
	__atomic_store_n(&rw->lock, 0, __ATOMIC_RELEASE);
	asm volatile("dsb ishst\n\tsev" ::: "memory");
}

static inline bool arch_read_trylock(arch_rwlock_t *rw)
{
	u32 old = __atomic_load_n(&rw->lock, __ATOMIC_RELAXED);

	if (old & RW_WRITER)
		return false;
	return __atomic_compare_exchange_n(&rw->lock, &old, old + 1, false,
					   __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

static inline void arch_read_lock(arch_rwlock_t *rw)
{
	while (!arch_read_trylock(rw))
		asm volatile("wfe" ::: "memory");
}

static inline void arch_read_unlock(arch_rwlock_t *rw)
{
	__atomic_sub_fetch(&rw->lock, 1, __ATOMIC_RELEASE);
	asm volatile("dsb ishst\n\tsev" ::: "memory");
}

static inline void arch_rwlock_init(arch_rwlock_t *rw)
{
	rw->lock = 0;
}

#endif

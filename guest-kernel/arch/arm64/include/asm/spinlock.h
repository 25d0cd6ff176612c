/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64's lock operations: queued spinlocks and rwlocks, whose fast
 * paths modules inline too; the slow paths are kernel/locking/q*.c.
 */
#ifndef __ASM_SPINLOCK_H
#define __ASM_SPINLOCK_H

#include <linux/compiler.h>
#include <asm/spinlock_types.h>

#define _Q_LOCKED_VAL		1U
#define _QW_LOCKED		0x0ffU
#define _QW_WAITING		0x100U
#define _QW_WMASK		0x1ffU
#define _QR_SHIFT		9
#define _QR_BIAS		(1U << _QR_SHIFT)

void queued_spin_lock_slowpath(struct qspinlock *lock, u32 val);
void queued_read_lock_slowpath(struct qrwlock *lock);
void queued_write_lock_slowpath(struct qrwlock *lock);

static inline void arch_spin_lock(arch_spinlock_t *lock)
{
	u32 val = 0;

	if (likely(__atomic_compare_exchange_n(&lock->val, &val, _Q_LOCKED_VAL,
					       false, __ATOMIC_ACQUIRE,
					       __ATOMIC_RELAXED)))
		return;
	queued_spin_lock_slowpath(lock, val);
}

static inline bool arch_spin_trylock(arch_spinlock_t *lock)
{
	u32 val = 0;

	return __atomic_compare_exchange_n(&lock->val, &val, _Q_LOCKED_VAL,
					   false, __ATOMIC_ACQUIRE,
					   __ATOMIC_RELAXED);
}

static inline void arch_spin_unlock(arch_spinlock_t *lock)
{
	__atomic_store_n((u8 *)&lock->val, 0, __ATOMIC_RELEASE);
}

static inline bool arch_spin_is_locked(arch_spinlock_t *lock)
{
	return READ_ONCE(lock->val) != 0;
}

static inline void arch_spin_lock_init(arch_spinlock_t *lock)
{
	lock->val = 0;
}

/* Queued rwlocks: readers add _QR_BIAS, a writer sets the low byte. */
static inline void arch_read_lock(arch_rwlock_t *l)
{
	u32 cnts = __atomic_add_fetch(&l->cnts, _QR_BIAS,
				      __ATOMIC_ACQUIRE);

	if (likely(!(cnts & _QW_WMASK)))
		return;
	queued_read_lock_slowpath(l);
}

static inline void arch_read_unlock(arch_rwlock_t *l)
{
	__atomic_sub_fetch(&l->cnts, _QR_BIAS, __ATOMIC_RELEASE);
}

static inline void arch_write_lock(arch_rwlock_t *l)
{
	u32 cnts = 0;

	if (likely(__atomic_compare_exchange_n(&l->cnts, &cnts,
					       _QW_LOCKED, false,
					       __ATOMIC_ACQUIRE,
					       __ATOMIC_RELAXED)))
		return;
	queued_write_lock_slowpath(l);
}

static inline void arch_write_unlock(arch_rwlock_t *l)
{
	__atomic_store_n((u8 *)&l->cnts, 0, __ATOMIC_RELEASE);
}

static inline void arch_rwlock_init(arch_rwlock_t *l)
{
	l->cnts = 0;
	l->wait_lock.val = 0;
}

#endif

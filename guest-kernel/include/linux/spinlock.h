/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Spinlocks and rwlocks in Debian 6.1's words (queued spinlock: a u32,
 * 0 when free, the locked byte 1; queued rwlock: a count of readers
 * above bit 8 and the writer's byte, then a wait spinlock), so that
 * the kernel and modules, which inline their own lock code, can take
 * the same lock. One CPU: a lock found taken is held by a task that
 * cannot run until we give the CPU away, so the slow paths
 * (kernel/locking/) report the deadlock Linux would spin in.
 */
#ifndef _LINUX_SPINLOCK_H
#define _LINUX_SPINLOCK_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/module_abi.h>
#include <asm/irqflags.h>

typedef struct qspinlock {
	u32 val;
} arch_spinlock_t;

typedef struct raw_spinlock {
	arch_spinlock_t raw_lock;
} raw_spinlock_t;

typedef struct spinlock {
	struct raw_spinlock rlock;
} spinlock_t;

typedef struct qrwlock {
	u32 cnts;
	arch_spinlock_t wait_lock;
} arch_rwlock_t;

typedef struct {
	arch_rwlock_t raw_lock;
} rwlock_t;

abi_check_type_size(spinlock_t);
abi_check_type_size(rwlock_t);

#define _Q_LOCKED_VAL		1U
#define _QW_LOCKED		0x0ffU
#define _QW_WAITING		0x100U
#define _QW_WMASK		0x1ffU
#define _QR_SHIFT		9
#define _QR_BIAS		(1U << _QR_SHIFT)

#define __ARCH_SPIN_LOCK_UNLOCKED	{ 0 }
#define __RAW_SPIN_LOCK_UNLOCKED(name)	{ .raw_lock = __ARCH_SPIN_LOCK_UNLOCKED }
#define __SPIN_LOCK_UNLOCKED(name)	{ .rlock = __RAW_SPIN_LOCK_UNLOCKED(name) }
#define __RW_LOCK_UNLOCKED(name)	{ .raw_lock = { 0, { 0 } } }
#define DEFINE_SPINLOCK(x)	spinlock_t x = __SPIN_LOCK_UNLOCKED(x)
#define DEFINE_RAW_SPINLOCK(x)	raw_spinlock_t x = __RAW_SPIN_LOCK_UNLOCKED(x)
#define DEFINE_RWLOCK(x)	rwlock_t x = __RW_LOCK_UNLOCKED(x)

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

#define raw_spin_lock_init(l)	((l)->raw_lock.val = 0)
#define raw_spin_lock(l)	arch_spin_lock(&(l)->raw_lock)
#define raw_spin_unlock(l)	arch_spin_unlock(&(l)->raw_lock)
#define raw_spin_trylock(l)	arch_spin_trylock(&(l)->raw_lock)
#define raw_spin_lock_irq(l)	do { local_irq_disable(); raw_spin_lock(l); } while (0)
#define raw_spin_unlock_irq(l)	do { raw_spin_unlock(l); local_irq_enable(); } while (0)
#define raw_spin_lock_irqsave(l, flags)					\
	do { local_irq_save(flags); raw_spin_lock(l); } while (0)
#define raw_spin_unlock_irqrestore(l, flags)				\
	do { raw_spin_unlock(l); local_irq_restore(flags); } while (0)

#define spin_lock_init(l)	raw_spin_lock_init(&(l)->rlock)
#define spin_lock(l)		raw_spin_lock(&(l)->rlock)
#define spin_unlock(l)		raw_spin_unlock(&(l)->rlock)
#define spin_trylock(l)		raw_spin_trylock(&(l)->rlock)
#define spin_is_locked(l)	arch_spin_is_locked(&(l)->rlock.raw_lock)
#define spin_lock_irq(l)	raw_spin_lock_irq(&(l)->rlock)
#define spin_unlock_irq(l)	raw_spin_unlock_irq(&(l)->rlock)
#define spin_lock_irqsave(l, flags)	raw_spin_lock_irqsave(&(l)->rlock, flags)
#define spin_unlock_irqrestore(l, flags) raw_spin_unlock_irqrestore(&(l)->rlock, flags)

/* Queued rwlocks: readers add _QR_BIAS, a writer sets the low byte. */
static inline void read_lock(rwlock_t *l)
{
	u32 cnts = __atomic_add_fetch(&l->raw_lock.cnts, _QR_BIAS,
				      __ATOMIC_ACQUIRE);

	if (likely(!(cnts & _QW_WMASK)))
		return;
	queued_read_lock_slowpath(&l->raw_lock);
}

static inline void read_unlock(rwlock_t *l)
{
	__atomic_sub_fetch(&l->raw_lock.cnts, _QR_BIAS, __ATOMIC_RELEASE);
}

static inline void write_lock(rwlock_t *l)
{
	u32 cnts = 0;

	if (likely(__atomic_compare_exchange_n(&l->raw_lock.cnts, &cnts,
					       _QW_LOCKED, false,
					       __ATOMIC_ACQUIRE,
					       __ATOMIC_RELAXED)))
		return;
	queued_write_lock_slowpath(&l->raw_lock);
}

static inline void write_unlock(rwlock_t *l)
{
	__atomic_store_n((u8 *)&l->raw_lock.cnts, 0, __ATOMIC_RELEASE);
}

#define rwlock_init(l)	((l)->raw_lock.cnts = 0, (l)->raw_lock.wait_lock.val = 0)

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Spinlocks and rwlocks in Debian 6.1's words, so that the kernel and
 * modules, which inline part of their lock code, take the same lock:
 * the lock words and their operations are the architecture's
 * (asm/spinlock_types.h, asm/spinlock.h). One CPU: a lock found taken
 * is held by a task that cannot run until we give the CPU away, so the
 * slow paths report the deadlock Linux would spin in.
 */
#ifndef _LINUX_SPINLOCK_H
#define _LINUX_SPINLOCK_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/module_abi.h>
#include <asm/irqflags.h>

#include <asm/spinlock_types.h>

typedef struct raw_spinlock {
	arch_spinlock_t raw_lock;
} raw_spinlock_t;

typedef struct spinlock {
	struct raw_spinlock rlock;
} spinlock_t;

typedef struct {
	arch_rwlock_t raw_lock;
} rwlock_t;

abi_check_type_size(spinlock_t);
abi_check_type_size(rwlock_t);

#define __RAW_SPIN_LOCK_UNLOCKED(name)	{ .raw_lock = __ARCH_SPIN_LOCK_UNLOCKED }
#define __SPIN_LOCK_UNLOCKED(name)	{ .rlock = __RAW_SPIN_LOCK_UNLOCKED(name) }
#define __RW_LOCK_UNLOCKED(name)	{ .raw_lock = __ARCH_RW_LOCK_UNLOCKED }
#define DEFINE_SPINLOCK(x)	spinlock_t x = __SPIN_LOCK_UNLOCKED(x)
#define DEFINE_RAW_SPINLOCK(x)	raw_spinlock_t x = __RAW_SPIN_LOCK_UNLOCKED(x)
#define DEFINE_RWLOCK(x)	rwlock_t x = __RW_LOCK_UNLOCKED(x)

#include <asm/spinlock.h>

#define raw_spin_lock_init(l)	arch_spin_lock_init(&(l)->raw_lock)
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

#define read_lock(l)		arch_read_lock(&(l)->raw_lock)
#define read_unlock(l)		arch_read_unlock(&(l)->raw_lock)
#define write_lock(l)		arch_write_lock(&(l)->raw_lock)
#define write_unlock(l)		arch_write_unlock(&(l)->raw_lock)
#define rwlock_init(l)		arch_rwlock_init(&(l)->raw_lock)

#endif

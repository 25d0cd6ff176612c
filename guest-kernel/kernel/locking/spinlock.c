// SPDX-License-Identifier: GPL-2.0
/*
 * The out-of-line lock functions, as Linux's kernel/locking/spinlock.c:
 * modules built for an architecture that does not inline its locks
 * (Linux/arm) call these; the unlocks they inline themselves.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>

void _raw_spin_lock(raw_spinlock_t *lock)
{
	raw_spin_lock(lock);
}
EXPORT_SYMBOL(_raw_spin_lock);

int _raw_spin_trylock(raw_spinlock_t *lock)
{
	return raw_spin_trylock(lock);
}
EXPORT_SYMBOL(_raw_spin_trylock);

unsigned long _raw_spin_lock_irqsave(raw_spinlock_t *lock)
{
	unsigned long flags;

	raw_spin_lock_irqsave(lock, flags);
	return flags;
}
EXPORT_SYMBOL(_raw_spin_lock_irqsave);

void _raw_spin_lock_irq(raw_spinlock_t *lock)
{
	raw_spin_lock_irq(lock);
}
EXPORT_SYMBOL(_raw_spin_lock_irq);

void _raw_spin_unlock_irqrestore(raw_spinlock_t *lock, unsigned long flags)
{
	raw_spin_unlock_irqrestore(lock, flags);
}
EXPORT_SYMBOL(_raw_spin_unlock_irqrestore);

void _raw_spin_lock_bh(raw_spinlock_t *lock)
{
	local_bh_disable();
	raw_spin_lock(lock);
}
EXPORT_SYMBOL(_raw_spin_lock_bh);

void _raw_spin_unlock_bh(raw_spinlock_t *lock)
{
	raw_spin_unlock(lock);
	local_bh_enable();
}
EXPORT_SYMBOL(_raw_spin_unlock_bh);

int _raw_spin_trylock_bh(raw_spinlock_t *lock)
{
	local_bh_disable();
	if (raw_spin_trylock(lock))
		return 1;
	local_bh_enable();
	return 0;
}
EXPORT_SYMBOL(_raw_spin_trylock_bh);

void _raw_read_lock(rwlock_t *lock)
{
	read_lock(lock);
}
EXPORT_SYMBOL(_raw_read_lock);

int _raw_read_trylock(rwlock_t *lock)
{
	return arch_read_trylock(&lock->raw_lock);
}
EXPORT_SYMBOL(_raw_read_trylock);

unsigned long _raw_read_lock_irqsave(rwlock_t *lock)
{
	unsigned long flags;

	local_irq_save(flags);
	read_lock(lock);
	return flags;
}
EXPORT_SYMBOL(_raw_read_lock_irqsave);

void _raw_read_lock_irq(rwlock_t *lock)
{
	local_irq_disable();
	read_lock(lock);
}
EXPORT_SYMBOL(_raw_read_lock_irq);

void _raw_read_lock_bh(rwlock_t *lock)
{
	local_bh_disable();
	read_lock(lock);
}
EXPORT_SYMBOL(_raw_read_lock_bh);

void _raw_read_unlock_bh(rwlock_t *lock)
{
	read_unlock(lock);
	local_bh_enable();
}
EXPORT_SYMBOL(_raw_read_unlock_bh);

void _raw_read_unlock_irqrestore(rwlock_t *lock, unsigned long flags)
{
	read_unlock(lock);
	local_irq_restore(flags);
}
EXPORT_SYMBOL(_raw_read_unlock_irqrestore);

void _raw_write_lock(rwlock_t *lock)
{
	write_lock(lock);
}
EXPORT_SYMBOL(_raw_write_lock);

void _raw_write_lock_nested(rwlock_t *lock, int subclass)
{
	write_lock(lock);
}
EXPORT_SYMBOL(_raw_write_lock_nested);

int _raw_write_trylock(rwlock_t *lock)
{
	return arch_write_trylock(&lock->raw_lock);
}
EXPORT_SYMBOL(_raw_write_trylock);

unsigned long _raw_write_lock_irqsave(rwlock_t *lock)
{
	unsigned long flags;

	local_irq_save(flags);
	write_lock(lock);
	return flags;
}
EXPORT_SYMBOL(_raw_write_lock_irqsave);

void _raw_write_lock_irq(rwlock_t *lock)
{
	local_irq_disable();
	write_lock(lock);
}
EXPORT_SYMBOL(_raw_write_lock_irq);

void _raw_write_lock_bh(rwlock_t *lock)
{
	local_bh_disable();
	write_lock(lock);
}
EXPORT_SYMBOL(_raw_write_lock_bh);

void _raw_write_unlock_bh(rwlock_t *lock)
{
	write_unlock(lock);
	local_bh_enable();
}
EXPORT_SYMBOL(_raw_write_unlock_bh);

void _raw_write_unlock_irqrestore(rwlock_t *lock, unsigned long flags)
{
	write_unlock(lock);
	local_irq_restore(flags);
}
EXPORT_SYMBOL(_raw_write_unlock_irqrestore);

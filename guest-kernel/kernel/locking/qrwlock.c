// SPDX-License-Identifier: GPL-2.0
/*
 * The queued rwlock's slow paths (<linux/spinlock.h>), as Linux 6.1's:
 * a reader that found a writer holding or waiting takes its turn in the
 * wait spinlock and waits for the writer to leave; a writer announces
 * itself (_QW_WAITING), which keeps new readers out, and waits for the
 * readers to leave. On one CPU a task that gets here waits for another
 * that cannot run: the deadlock Linux would spin in, as for spinlocks.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/compiler.h>
#include <linux/preempt.h>
#include <linux/spinlock.h>

static u32 qrw_read(struct qrwlock *lock)
{
	return __atomic_load_n(&lock->cnts, __ATOMIC_ACQUIRE);
}

void queued_read_lock_slowpath(struct qrwlock *lock)
{
	/* in interrupt context, a writer that only waits does not hold us up */
	if (unlikely(in_interrupt())) {
		while (qrw_read(lock) & _QW_LOCKED)
			asm volatile("yield" ::: "memory");
		return;
	}
	__atomic_sub_fetch(&lock->cnts, _QR_BIAS, __ATOMIC_RELAXED);
	arch_spin_lock(&lock->wait_lock);
	__atomic_add_fetch(&lock->cnts, _QR_BIAS, __ATOMIC_RELAXED);
	while (qrw_read(lock) & _QW_LOCKED)
		asm volatile("yield" ::: "memory");
	arch_spin_unlock(&lock->wait_lock);
}
EXPORT_SYMBOL(queued_read_lock_slowpath);

void queued_write_lock_slowpath(struct qrwlock *lock)
{
	u32 cnts;

	arch_spin_lock(&lock->wait_lock);
	cnts = qrw_read(lock);
	if (!cnts && __atomic_compare_exchange_n(&lock->cnts, &cnts, _QW_LOCKED,
						 false, __ATOMIC_ACQUIRE,
						 __ATOMIC_RELAXED))
		goto unlock;
	__atomic_fetch_or(&lock->cnts, _QW_WAITING, __ATOMIC_RELAXED);
	do {
		while ((cnts = qrw_read(lock)) != _QW_WAITING)
			asm volatile("yield" ::: "memory");
	} while (!__atomic_compare_exchange_n(&lock->cnts, &cnts, _QW_LOCKED,
					      false, __ATOMIC_ACQUIRE,
					      __ATOMIC_RELAXED));
unlock:
	arch_spin_unlock(&lock->wait_lock);
}
EXPORT_SYMBOL(queued_write_lock_slowpath);

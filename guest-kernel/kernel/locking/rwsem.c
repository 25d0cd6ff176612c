// SPDX-License-Identifier: GPL-2.0
/*
 * Read-write semaphores (<linux/rwsem.h>), with Linux 6.1's count word
 * and queueing rules: a reader gets in at once unless a writer holds the
 * lock or anyone waits; waiters queue in arrival order and sleep; a
 * release wakes the first waiter if it is a writer, else every queued
 * reader (each granted the lock before it runs). A woken writer takes
 * the lock itself when it runs, so another writer may take it first,
 * unless the first waiter has waited a jiffy and set the handoff bit.
 * One CPU: no optimistic spinning (the owner is never running while we
 * would spin).
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/rwsem.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/timekeeping.h>

#define RWSEM_WRITER_LOCKED	(1UL << 0)
#define RWSEM_FLAG_WAITERS	(1UL << 1)
#define RWSEM_FLAG_HANDOFF	(1UL << 2)
#define RWSEM_FLAG_READFAIL	(1UL << (BITS_PER_LONG - 1))
#define RWSEM_READER_BIAS	(1UL << 8)
#define RWSEM_READER_MASK	(~(RWSEM_READER_BIAS - 1))
#define RWSEM_WRITER_MASK	RWSEM_WRITER_LOCKED
#define RWSEM_LOCK_MASK		(RWSEM_WRITER_MASK | RWSEM_READER_MASK)
#define RWSEM_READ_FAILED_MASK	(RWSEM_WRITER_MASK | RWSEM_FLAG_WAITERS | \
				 RWSEM_FLAG_HANDOFF | RWSEM_FLAG_READFAIL)
#define RWSEM_READER_OWNED	(1UL << 0)
#define RWSEM_WAIT_TIMEOUT	DIV_ROUND_UP(HZ, 250)
#define MAX_READERS_WAKEUP	0x100
#define time_after(a, b)	((long)((b) - (a)) < 0)

enum rwsem_waiter_type {
	RWSEM_WAITING_FOR_WRITE,
	RWSEM_WAITING_FOR_READ,
};

enum rwsem_wake_type {
	RWSEM_WAKE_ANY,		/* wake whatever's at head of wait list */
	RWSEM_WAKE_READERS,	/* wake readers only */
	RWSEM_WAKE_READ_OWNED	/* waker thread holds the read lock */
};

struct rwsem_waiter {
	struct list_head list;
	struct task_struct *task;	/* NULL once a reader is granted */
	enum rwsem_waiter_type type;
	unsigned long timeout;
	bool handoff_set;
};

void __init_rwsem(struct rw_semaphore *sem, const char *name,
		  struct lock_class_key *key)
{
	atomic_long_set(&sem->count, 0);
	atomic_long_set(&sem->owner, 0);
	atomic_set(&sem->osq, 0);
	raw_spin_lock_init(&sem->wait_lock);
	INIT_LIST_HEAD(&sem->wait_list);
}
EXPORT_SYMBOL(__init_rwsem);

static void rwsem_set_owner(struct rw_semaphore *sem)
{
	atomic_long_set(&sem->owner, (long)current);
}

static void rwsem_set_reader_owned(struct rw_semaphore *sem,
				   struct task_struct *owner)
{
	atomic_long_set(&sem->owner, (long)owner | RWSEM_READER_OWNED);
}

static struct rwsem_waiter *rwsem_first_waiter(struct rw_semaphore *sem)
{
	return list_first_entry(&sem->wait_list, struct rwsem_waiter, list);
}

/* Off the queue: true if others still wait. */
static bool rwsem_del_waiter(struct rw_semaphore *sem,
			     struct rwsem_waiter *waiter)
{
	list_del(&waiter->list);
	if (!list_empty(&sem->wait_list))
		return true;
	atomic_long_andnot(RWSEM_FLAG_HANDOFF | RWSEM_FLAG_WAITERS, &sem->count);
	return false;
}

/* Grant the lock to every queued reader, then wake them in queue order. */
static void rwsem_wake_readers(struct rw_semaphore *sem, long adjustment)
{
	struct rwsem_waiter *waiter, *tmp;
	LIST_HEAD(wlist);
	long oldcount, woken = 0;

	list_for_each_entry_safe(waiter, tmp, &sem->wait_list, list) {
		if (waiter->type == RWSEM_WAITING_FOR_WRITE)
			continue;
		list_move_tail(&waiter->list, &wlist);
		if (++woken >= MAX_READERS_WAKEUP)
			break;
	}
	adjustment = woken * RWSEM_READER_BIAS - adjustment;
	oldcount = atomic_long_read(&sem->count);
	if (list_empty(&sem->wait_list)) {
		adjustment -= RWSEM_FLAG_WAITERS;
		if (oldcount & RWSEM_FLAG_HANDOFF)
			adjustment -= RWSEM_FLAG_HANDOFF;
	} else if (woken && (oldcount & RWSEM_FLAG_HANDOFF)) {
		adjustment -= RWSEM_FLAG_HANDOFF;
	}
	if (adjustment)
		atomic_long_add(adjustment, &sem->count);

	list_for_each_entry_safe(waiter, tmp, &wlist, list) {
		struct task_struct *tsk = waiter->task;

		WRITE_ONCE(waiter->task, NULL);	/* granted */
		wake_up_process(tsk);
	}
}

/* The caller holds wait_lock and the queue is not empty. */
static void rwsem_mark_wake(struct rw_semaphore *sem,
			    enum rwsem_wake_type wake_type)
{
	struct rwsem_waiter *waiter = rwsem_first_waiter(sem);
	long adjustment = 0, oldcount;

	if (waiter->type == RWSEM_WAITING_FOR_WRITE) {
		/* it takes the lock itself when it runs */
		if (wake_type == RWSEM_WAKE_ANY)
			wake_up_process(waiter->task);
		return;
	}
	if (atomic_long_read(&sem->count) < 0)
		return;
	if (wake_type != RWSEM_WAKE_READ_OWNED) {
		/* a writer may have taken it meanwhile: grant the first reader first */
		adjustment = RWSEM_READER_BIAS;
		oldcount = atomic_long_fetch_add(adjustment, &sem->count);
		if (oldcount & RWSEM_WRITER_MASK) {
			if (time_after(jiffies, waiter->timeout)) {
				if (!(oldcount & RWSEM_FLAG_HANDOFF))
					adjustment -= RWSEM_FLAG_HANDOFF;
				waiter->handoff_set = true;
			}
			atomic_long_add(-adjustment, &sem->count);
			return;
		}
		rwsem_set_reader_owned(sem, waiter->task);
	}
	rwsem_wake_readers(sem, adjustment);
}

/* After joining the queue: wake those who can have the lock now. */
static void rwsem_cond_wake_waiter(struct rw_semaphore *sem, long count)
{
	if (count & RWSEM_WRITER_MASK)
		return;
	rwsem_mark_wake(sem, (count & RWSEM_READER_MASK) ?
			RWSEM_WAKE_READERS : RWSEM_WAKE_ANY);
}

/* Leaving the queue on a signal: the next waiters may now go. */
static void rwsem_del_wake_waiter(struct rw_semaphore *sem,
				  struct rwsem_waiter *waiter)
{
	bool first = rwsem_first_waiter(sem) == waiter;

	if (rwsem_del_waiter(sem, waiter) && first)
		rwsem_mark_wake(sem, RWSEM_WAKE_ANY);
}

static void rwsem_wake(struct rw_semaphore *sem)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&sem->wait_lock, flags);
	if (!list_empty(&sem->wait_list))
		rwsem_mark_wake(sem, RWSEM_WAKE_ANY);
	raw_spin_unlock_irqrestore(&sem->wait_lock, flags);
}

static int rwsem_down_read_slowpath(struct rw_semaphore *sem, long count,
				    unsigned int state)
{
	long adjustment = -RWSEM_READER_BIAS;
	long rcnt = count >> 8;
	struct rwsem_waiter waiter;

	/* Stealing a free lock, unless readers own it and others wait. */
	if (!((atomic_long_read(&sem->owner) & RWSEM_READER_OWNED) &&
	      rcnt > 1 && !(count & RWSEM_WRITER_LOCKED)) &&
	    !(count & (RWSEM_WRITER_LOCKED | RWSEM_FLAG_HANDOFF))) {
		rwsem_set_reader_owned(sem, current);
		if (rcnt == 1 && (count & RWSEM_FLAG_WAITERS)) {
			raw_spin_lock_irq(&sem->wait_lock);
			if (!list_empty(&sem->wait_list))
				rwsem_mark_wake(sem, RWSEM_WAKE_READ_OWNED);
			raw_spin_unlock_irq(&sem->wait_lock);
		}
		return 0;
	}

	waiter.task = current;
	waiter.type = RWSEM_WAITING_FOR_READ;
	waiter.timeout = jiffies + RWSEM_WAIT_TIMEOUT;
	waiter.handoff_set = false;

	raw_spin_lock_irq(&sem->wait_lock);
	if (list_empty(&sem->wait_list)) {
		/* no writer holds it and nobody waits: our bias is the lock */
		if (!(atomic_long_read(&sem->count) & RWSEM_WRITER_MASK)) {
			raw_spin_unlock_irq(&sem->wait_lock);
			rwsem_set_reader_owned(sem, current);
			return 0;
		}
		adjustment += RWSEM_FLAG_WAITERS;
	}
	list_add_tail(&waiter.list, &sem->wait_list);
	count = atomic_long_add_return(adjustment, &sem->count);
	rwsem_cond_wake_waiter(sem, count);
	raw_spin_unlock_irq(&sem->wait_lock);

	for (;;) {
		set_current_state(state);
		if (!READ_ONCE(waiter.task))
			break;
		if (signal_pending_state(state, current)) {
			raw_spin_lock_irq(&sem->wait_lock);
			if (waiter.task)
				goto out_nolock;
			raw_spin_unlock_irq(&sem->wait_lock);
			break;
		}
		schedule();
	}
	__set_current_state(TASK_RUNNING);
	return 0;

out_nolock:
	rwsem_del_wake_waiter(sem, &waiter);
	raw_spin_unlock_irq(&sem->wait_lock);
	__set_current_state(TASK_RUNNING);
	return -EINTR;
}

static bool rwsem_try_write_lock(struct rw_semaphore *sem,
				 struct rwsem_waiter *waiter)
{
	struct rwsem_waiter *first = rwsem_first_waiter(sem);
	long count, new;

	count = atomic_long_read(&sem->count);
	do {
		bool has_handoff = !!(count & RWSEM_FLAG_HANDOFF);

		if (has_handoff && first->handoff_set && waiter != first)
			return false;
		new = count;
		if (count & RWSEM_LOCK_MASK) {
			if (has_handoff || !time_after(jiffies, waiter->timeout))
				return false;
			new |= RWSEM_FLAG_HANDOFF;
		} else {
			new |= RWSEM_WRITER_LOCKED;
			new &= ~RWSEM_FLAG_HANDOFF;
			if (list_is_singular(&sem->wait_list))
				new &= ~RWSEM_FLAG_WAITERS;
		}
	} while (!atomic_long_try_cmpxchg(&sem->count, &count, new));

	if (new & RWSEM_FLAG_HANDOFF) {
		first->handoff_set = true;
		return false;
	}
	list_del(&waiter->list);
	rwsem_set_owner(sem);
	return true;
}

static int rwsem_down_write_slowpath(struct rw_semaphore *sem,
				     unsigned int state)
{
	struct rwsem_waiter waiter;

	waiter.task = current;
	waiter.type = RWSEM_WAITING_FOR_WRITE;
	waiter.timeout = jiffies + RWSEM_WAIT_TIMEOUT;
	waiter.handoff_set = false;

	raw_spin_lock_irq(&sem->wait_lock);
	list_add_tail(&waiter.list, &sem->wait_list);
	if (rwsem_first_waiter(sem) != &waiter)
		rwsem_cond_wake_waiter(sem, atomic_long_read(&sem->count));
	else
		atomic_long_or(RWSEM_FLAG_WAITERS, &sem->count);

	set_current_state(state);
	for (;;) {
		if (rwsem_try_write_lock(sem, &waiter))
			break;
		raw_spin_unlock_irq(&sem->wait_lock);
		if (signal_pending_state(state, current))
			goto out_nolock;
		schedule();
		set_current_state(state);
		raw_spin_lock_irq(&sem->wait_lock);
	}
	__set_current_state(TASK_RUNNING);
	raw_spin_unlock_irq(&sem->wait_lock);
	return 0;

out_nolock:
	__set_current_state(TASK_RUNNING);
	raw_spin_lock_irq(&sem->wait_lock);
	rwsem_del_wake_waiter(sem, &waiter);
	raw_spin_unlock_irq(&sem->wait_lock);
	return -EINTR;
}

static int __down_read_common(struct rw_semaphore *sem, unsigned int state)
{
	long count;

	might_sleep();
	count = atomic_long_add_return(RWSEM_READER_BIAS, &sem->count);
	if (!(count & RWSEM_READ_FAILED_MASK)) {
		rwsem_set_reader_owned(sem, current);
		return 0;
	}
	return rwsem_down_read_slowpath(sem, count, state);
}

void down_read(struct rw_semaphore *sem)
{
	__down_read_common(sem, TASK_UNINTERRUPTIBLE);
}
EXPORT_SYMBOL(down_read);

int down_read_interruptible(struct rw_semaphore *sem)
{
	return __down_read_common(sem, TASK_INTERRUPTIBLE);
}
EXPORT_SYMBOL(down_read_interruptible);

int down_read_killable(struct rw_semaphore *sem)
{
	return __down_read_common(sem, TASK_KILLABLE);
}
EXPORT_SYMBOL(down_read_killable);

/* 1 if taken, 0 if not, as Linux's. */
int down_read_trylock(struct rw_semaphore *sem)
{
	long tmp = atomic_long_read(&sem->count);

	while (!(tmp & RWSEM_READ_FAILED_MASK)) {
		if (atomic_long_try_cmpxchg(&sem->count, &tmp,
					    tmp + RWSEM_READER_BIAS)) {
			rwsem_set_reader_owned(sem, current);
			return 1;
		}
	}
	return 0;
}
EXPORT_SYMBOL(down_read_trylock);

static int __down_write_common(struct rw_semaphore *sem, unsigned int state)
{
	long tmp = 0;

	might_sleep();
	if (atomic_long_try_cmpxchg(&sem->count, &tmp, RWSEM_WRITER_LOCKED)) {
		rwsem_set_owner(sem);
		return 0;
	}
	return rwsem_down_write_slowpath(sem, state);
}

void down_write(struct rw_semaphore *sem)
{
	__down_write_common(sem, TASK_UNINTERRUPTIBLE);
}
EXPORT_SYMBOL(down_write);

int down_write_killable(struct rw_semaphore *sem)
{
	return __down_write_common(sem, TASK_KILLABLE);
}
EXPORT_SYMBOL(down_write_killable);

int down_write_trylock(struct rw_semaphore *sem)
{
	long tmp = 0;

	if (atomic_long_try_cmpxchg(&sem->count, &tmp, RWSEM_WRITER_LOCKED)) {
		rwsem_set_owner(sem);
		return 1;
	}
	return 0;
}
EXPORT_SYMBOL(down_write_trylock);

void up_read(struct rw_semaphore *sem)
{
	long tmp = atomic_long_add_return(-RWSEM_READER_BIAS, &sem->count);

	if ((tmp & (RWSEM_LOCK_MASK | RWSEM_FLAG_WAITERS)) == RWSEM_FLAG_WAITERS)
		rwsem_wake(sem);
}
EXPORT_SYMBOL(up_read);

void up_write(struct rw_semaphore *sem)
{
	long tmp;

	atomic_long_set(&sem->owner, 0);
	tmp = atomic_long_fetch_add(-RWSEM_WRITER_LOCKED, &sem->count);
	if (tmp & RWSEM_FLAG_WAITERS)
		rwsem_wake(sem);
}
EXPORT_SYMBOL(up_write);

/* A writer becomes a reader: queued readers may join it at once. */
void downgrade_write(struct rw_semaphore *sem)
{
	unsigned long flags;
	long tmp;

	tmp = atomic_long_fetch_add(-RWSEM_WRITER_LOCKED + RWSEM_READER_BIAS,
				    &sem->count);
	rwsem_set_reader_owned(sem, current);
	if (!(tmp & RWSEM_FLAG_WAITERS))
		return;
	raw_spin_lock_irqsave(&sem->wait_lock, flags);
	if (!list_empty(&sem->wait_list))
		rwsem_mark_wake(sem, RWSEM_WAKE_READ_OWNED);
	raw_spin_unlock_irqrestore(&sem->wait_lock, flags);
}
EXPORT_SYMBOL(downgrade_write);

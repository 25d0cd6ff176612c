// SPDX-License-Identifier: GPL-2.0
/*
 * Mutexes for module code, on one CPU with no preemption in the kernel:
 * taking a free mutex cannot race, and a task finding it held sleeps
 * until an unlock wakes the sleepers (one queue for all mutexes; each
 * rechecks its own). mutex_lock_interruptible() gives up on a signal
 * with -EINTR, mutex_lock_killable() on a fatal one, as Linux's do.
 * Taking one is a preemption point (might_sleep()).
 */
#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/mutex.h>
#include <linux/sched.h>
#include <linux/wait.h>

static DECLARE_WAIT_QUEUE_HEAD(mutex_waiters);

void __mutex_init(struct mutex *lock, const char *name,
		  struct lock_class_key *key)
{
	lock->owner = 0;
	lock->wait_lock = 0;
	lock->osq = 0;
	INIT_LIST_HEAD(&lock->wait_list);
}
EXPORT_SYMBOL(__mutex_init);

bool mutex_is_locked(struct mutex *lock)
{
	return lock->owner != 0;
}
EXPORT_SYMBOL(mutex_is_locked);

int mutex_trylock(struct mutex *lock)
{
	if (lock->owner)
		return 0;
	lock->owner = (long)current;
	return 1;
}
EXPORT_SYMBOL(mutex_trylock);

void mutex_lock(struct mutex *lock)
{
	might_sleep();
	wait_event(mutex_waiters, mutex_trylock(lock));
}
EXPORT_SYMBOL(mutex_lock);

/* Waits for I/O count as such on Linux; the same wait here. */
void mutex_lock_io(struct mutex *lock)
{
	mutex_lock(lock);
}
EXPORT_SYMBOL_GPL(mutex_lock_io);

int mutex_lock_interruptible(struct mutex *lock)
{
	might_sleep();
	if (wait_event_interruptible(mutex_waiters, mutex_trylock(lock)))
		return -EINTR;
	return 0;
}
EXPORT_SYMBOL(mutex_lock_interruptible);

int mutex_lock_killable(struct mutex *lock)
{
	might_sleep();
	if (wait_event_killable(mutex_waiters, mutex_trylock(lock)))
		return -EINTR;
	return 0;
}
EXPORT_SYMBOL(mutex_lock_killable);

/* Decrement cnt; if it reached 0, return 1 holding lock. */
int atomic_dec_and_mutex_lock(atomic_t *cnt, struct mutex *lock)
{
	/* dec if we can't possibly hit 0 */
	if (atomic_add_unless(cnt, -1, 1))
		return 0;
	mutex_lock(lock);
	if (!atomic_dec_and_test(cnt)) {
		mutex_unlock(lock);
		return 0;
	}
	return 1;
}
EXPORT_SYMBOL(atomic_dec_and_mutex_lock);

void mutex_unlock(struct mutex *lock)
{
	lock->owner = 0;
	if (waitqueue_active(&mutex_waiters))
		wake_up_all(&mutex_waiters);
}
EXPORT_SYMBOL(mutex_unlock);

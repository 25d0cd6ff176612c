/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Read-write semaphores in Debian 6.1's layout and count encoding:
 * module code defines and initialises them inline (DECLARE_RWSEM,
 * init_rwsem -> __init_rwsem) and reads count (rwsem_is_locked) and
 * wait_list (rwsem_is_contended). kernel/locking/rwsem.c has the rest.
 */
#ifndef _LINUX_RWSEM_H
#define _LINUX_RWSEM_H

#include <linux/atomic.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/module_abi.h>

struct rw_semaphore {
	atomic_long_t count;	/* RWSEM_* bits, readers << 8 */
	atomic_long_t owner;	/* the writer, or a reader | RWSEM_READER_OWNED */
	atomic_t osq;		/* optimistic spinning: unused on one CPU */
	raw_spinlock_t wait_lock;
	struct list_head wait_list;
};

abi_check_size(rw_semaphore);
abi_check_field(rw_semaphore, count);
abi_check_field(rw_semaphore, owner);
abi_check_field(rw_semaphore, wait_lock);
abi_check_field(rw_semaphore, wait_list);

#define __RWSEM_INITIALIZER(name)					\
	{ .count = ATOMIC_LONG_INIT(0),					\
	  .owner = ATOMIC_LONG_INIT(0),					\
	  .osq = ATOMIC_INIT(0),					\
	  .wait_lock = __RAW_SPIN_LOCK_UNLOCKED(name.wait_lock),	\
	  .wait_list = LIST_HEAD_INIT((name).wait_list) }
#define DECLARE_RWSEM(name) \
	struct rw_semaphore name = __RWSEM_INITIALIZER(name)

struct lock_class_key;
void __init_rwsem(struct rw_semaphore *sem, const char *name,
		  struct lock_class_key *key);
#define init_rwsem(sem)	__init_rwsem((sem), #sem, NULL)

static inline int rwsem_is_locked(struct rw_semaphore *sem)
{
	return atomic_long_read(&sem->count) != 0;
}

static inline int rwsem_is_contended(struct rw_semaphore *sem)
{
	return !list_empty(&sem->wait_list);
}

void down_read(struct rw_semaphore *sem);
int down_read_interruptible(struct rw_semaphore *sem);
int down_read_killable(struct rw_semaphore *sem);
int down_read_trylock(struct rw_semaphore *sem);
void down_write(struct rw_semaphore *sem);
int down_write_killable(struct rw_semaphore *sem);
int down_write_trylock(struct rw_semaphore *sem);
void up_read(struct rw_semaphore *sem);
void up_write(struct rw_semaphore *sem);
void downgrade_write(struct rw_semaphore *sem);

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Sleeping locks in Debian 6.1's layout (32 bytes, no lock debugging):
 * modules define them (DEFINE_MUTEX) and embed them, so the fields sit
 * where Linux's are; owner is the holding task, 0 when free.
 */
#ifndef _LINUX_MUTEX_H
#define _LINUX_MUTEX_H

#include <linux/list.h>
#include <linux/types.h>
#include <linux/module_abi.h>

struct lock_class_key;

struct mutex {
	long owner;
	u32 wait_lock;
	u32 osq;
	struct list_head wait_list;
};

abi_check_size(mutex);

void __mutex_init(struct mutex *lock, const char *name,
		  struct lock_class_key *key);
void mutex_lock(struct mutex *lock);
int mutex_lock_interruptible(struct mutex *lock);
int mutex_lock_killable(struct mutex *lock);
void mutex_lock_io(struct mutex *lock);

int mutex_trylock(struct mutex *lock);
void mutex_unlock(struct mutex *lock);
bool mutex_is_locked(struct mutex *lock);

#define __MUTEX_INITIALIZER(name) { .wait_list = LIST_HEAD_INIT(name.wait_list) }
#define DEFINE_MUTEX(name)	struct mutex name = __MUTEX_INITIALIZER(name)

#define mutex_init(m)	__mutex_init((m), #m, NULL)

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Priority-inheriting mutexes, as far as the I2C core needs them: with one
 * CPU and a round-robin scheduler there is no priority to inherit, so an
 * rt_mutex is a sleeping mutex in the room Debian's structure takes.
 */
#ifndef _LINUX_RTMUTEX_H
#define _LINUX_RTMUTEX_H

#include <linux/mutex.h>
#include <linux/semaphore.h>
#include <linux/module_abi.h>

#ifdef CONFIG_64BIT
struct rt_mutex {
	struct mutex lock;
};

#define rt_mutex_init(m)	mutex_init(&(m)->lock)
#define rt_mutex_lock(m)	mutex_lock(&(m)->lock)
#define rt_mutex_trylock(m)	mutex_trylock(&(m)->lock)
#define rt_mutex_unlock(m)	mutex_unlock(&(m)->lock)
#else
/* 32-bit: Debian's rt_mutex (16 bytes) is smaller than its mutex; a binary semaphore fits. */
struct rt_mutex {
	struct semaphore sem;
};

#define rt_mutex_init(m)	sema_init(&(m)->sem, 1)
#define rt_mutex_lock(m)	down(&(m)->sem)
#define rt_mutex_trylock(m)	(!down_trylock(&(m)->sem))
#define rt_mutex_unlock(m)	up(&(m)->sem)
#endif

abi_check_size(rt_mutex);

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Priority-inheriting mutexes, as far as the I2C core needs them: with one
 * CPU and a round-robin scheduler there is no priority to inherit, so an
 * rt_mutex is a sleeping mutex in the room Debian's structure takes.
 */
#ifndef _LINUX_RTMUTEX_H
#define _LINUX_RTMUTEX_H

#include <linux/mutex.h>
#include <linux/module_abi.h>

struct rt_mutex {
	struct mutex lock;
};

abi_check_size(rt_mutex);

#define rt_mutex_init(m)	mutex_init(&(m)->lock)
#define rt_mutex_lock(m)	mutex_lock(&(m)->lock)
#define rt_mutex_trylock(m)	mutex_trylock(&(m)->lock)
#define rt_mutex_unlock(m)	mutex_unlock(&(m)->lock)

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * jiffies: ticks of the timer interrupt since boot (HZ = 250, Debian's
 * CONFIG_HZ), from INITIAL_JIFFIES so that they wrap five minutes in.
 * jiffies is jiffies_64's low word (the linker script makes it so).
 */
#ifndef _LINUX_JIFFIES_H
#define _LINUX_JIFFIES_H

#include <linux/types.h>
#include <linux/time64.h>

#define HZ		250		/* Debian arm64 CONFIG_HZ */
#define USER_HZ		100
#define INITIAL_JIFFIES	((unsigned long)(unsigned int)(-300 * HZ))
#define TICK_NSEC	((NSEC_PER_SEC + HZ / 2) / HZ)
#define MAX_JIFFY_OFFSET ((LONG_MAX >> 1) - 1)
#define MAX_SCHEDULE_TIMEOUT	LONG_MAX

extern u64 jiffies_64;
extern unsigned long volatile jiffies;

u64 get_jiffies_64(void);

#define time_after(a, b)	((long)((b) - (a)) < 0)
#define time_before(a, b)	time_after(b, a)
#define time_after_eq(a, b)	((long)((a) - (b)) >= 0)
#define time_before_eq(a, b)	time_after_eq(b, a)
#define time_is_after_jiffies(a)	time_before(jiffies, a)
#define time_is_before_jiffies(a)	time_after(jiffies, a)

unsigned int jiffies_to_msecs(const unsigned long j);
unsigned int jiffies_to_usecs(const unsigned long j);
unsigned long __msecs_to_jiffies(const unsigned int m);
unsigned long __usecs_to_jiffies(const unsigned int u);
unsigned long nsecs_to_jiffies(u64 n);
u64 nsecs_to_jiffies64(u64 n);
u64 jiffies64_to_nsecs(u64 j);
void jiffies_to_timespec64(const unsigned long jiffies, struct timespec64 *value);
clock_t jiffies_to_clock_t(unsigned long x);
unsigned long clock_t_to_jiffies(unsigned long x);
u64 jiffies_64_to_clock_t(u64 x);
u64 nsec_to_clock_t(u64 x);

static inline unsigned long msecs_to_jiffies(const unsigned int m)
{
	return __msecs_to_jiffies(m);
}

static inline unsigned long usecs_to_jiffies(const unsigned int u)
{
	return __usecs_to_jiffies(u);
}

unsigned long round_jiffies(unsigned long j);
unsigned long round_jiffies_relative(unsigned long j);
unsigned long __round_jiffies(unsigned long j, int cpu);

#endif

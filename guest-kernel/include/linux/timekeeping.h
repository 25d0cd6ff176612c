/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The clocks. Everything comes from the goldfish RTC: wall time is its
 * reading, monotonic (= boottime: nothing suspends) is the time since
 * the clock was registered at boot.
 */
#ifndef _LINUX_TIMEKEEPING_H
#define _LINUX_TIMEKEEPING_H

#include <linux/types.h>

#define NSEC_PER_USEC	1000L
#define NSEC_PER_MSEC	1000000L
#define NSEC_PER_SEC	1000000000L
#define MSEC_PER_SEC	1000L
#define USEC_PER_SEC	1000000L
#define HZ		250		/* Debian arm64 CONFIG_HZ */
#define USER_HZ		100
#define INITIAL_JIFFIES	((unsigned long)(unsigned int)(-300 * HZ))

#define CLOCK_REALTIME			0
#define CLOCK_MONOTONIC			1
#define CLOCK_PROCESS_CPUTIME_ID	2
#define CLOCK_THREAD_CPUTIME_ID		3
#define CLOCK_MONOTONIC_RAW		4
#define CLOCK_REALTIME_COARSE		5
#define CLOCK_MONOTONIC_COARSE		6
#define CLOCK_BOOTTIME			7
#define CLOCK_REALTIME_ALARM		8
#define CLOCK_BOOTTIME_ALARM		9
#define CLOCK_TAI			11
#define TIMER_ABSTIME			0x01

struct __kernel_timespec {
	s64 tv_sec;
	long long tv_nsec;
};

struct __kernel_old_timeval;

u64 ktime_get(void);			/* monotonic ns */
u64 ktime_get_ns(void);
u64 ktime_get_boottime_ns(void);
u64 ktime_get_boot_ns(void);
u64 ktime_get_real_ns(void);
time64_t ktime_get_real_seconds(void);
time64_t ktime_get_seconds(void);
void ktime_get_real_ts64(struct timespec64 *ts);
void ktime_get_ts64(struct timespec64 *ts);
void ktime_get_boottime_ts64(struct timespec64 *ts);
int do_settimeofday64(const struct timespec64 *ts);
u64 get_jiffies_64(void);
#define jiffies ((unsigned long)get_jiffies_64())
u64 nsec_to_clock_t(u64 x);
clock_t jiffies_to_clock_t(unsigned long x);
u64 jiffies_64_to_clock_t(u64 x);

static inline struct timespec64 ns_to_timespec64(s64 nsec)
{
	struct timespec64 ts;

	ts.tv_sec = nsec / NSEC_PER_SEC;
	ts.tv_nsec = nsec % NSEC_PER_SEC;
	return ts;
}

static inline s64 timespec64_to_ns(const struct timespec64 *ts)
{
	return (s64)ts->tv_sec * NSEC_PER_SEC + ts->tv_nsec;
}

int get_timespec64(struct timespec64 *ts, const struct __kernel_timespec __user *uts);
int put_timespec64(const struct timespec64 *ts, struct __kernel_timespec __user *uts);

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The clocks, from the clocksource (the generic timer's counter):
 * monotonic (= boottime: nothing suspends) counts from boot; wall time
 * is monotonic plus an offset, which the RTC driver sets (hctosys).
 */
#ifndef _LINUX_TIMEKEEPING_H
#define _LINUX_TIMEKEEPING_H

#include <linux/types.h>
#include <linux/time64.h>
#include <linux/jiffies.h>
#include <linux/ktime.h>

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

ktime_t ktime_get(void);		/* monotonic ns */
u64 ktime_get_ns(void);
ktime_t ktime_get_real(void);
ktime_t ktime_get_boottime(void);
ktime_t ktime_get_clocktai(void);
ktime_t ktime_get_raw(void);
ktime_t ktime_get_with_offset(int offs);
ktime_t ktime_get_coarse_with_offset(int offs);
u64 ktime_get_boottime_ns(void);
u64 ktime_get_boot_ns(void);
u64 ktime_get_real_ns(void);
u64 ktime_get_mono_fast_ns(void);
u64 ktime_get_raw_fast_ns(void);
u64 ktime_get_boot_fast_ns(void);
u64 ktime_get_real_fast_ns(void);
void ktime_get_raw_ts64(struct timespec64 *ts);
void ktime_get_coarse_real_ts64(struct timespec64 *ts);
void ktime_get_coarse_ts64(struct timespec64 *ts);
u64 ktime_get_resolution_ns(void);
s64 timekeeping_real_offset(void);

/* The offsets ktime_get_with_offset() takes. */
enum tk_offsets { TK_OFFS_REAL, TK_OFFS_BOOT, TK_OFFS_TAI, TK_OFFS_MAX };
time64_t ktime_get_real_seconds(void);
time64_t ktime_get_seconds(void);
void ktime_get_real_ts64(struct timespec64 *ts);
void ktime_get_ts64(struct timespec64 *ts);
void ktime_get_boottime_ts64(struct timespec64 *ts);
int do_settimeofday64(const struct timespec64 *ts);

struct timespec64 ns_to_timespec64(s64 nsec);
void set_normalized_timespec64(struct timespec64 *ts, time64_t sec, s64 nsec);
void update_wall_time(void);

/* The vDSO's data page follows the clocks (kernel/time/vsyscall.c) where there is one. */
struct clocksource;

/* gettimeofday()'s and settimeofday()'s timezone */
struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

#ifdef CONFIG_GENERIC_GETTIMEOFDAY
void update_vsyscall(struct clocksource *clock);
void update_vsyscall_tz(const struct timezone *tz);
#else
static inline void update_vsyscall(struct clocksource *clock) { }
static inline void update_vsyscall_tz(const struct timezone *tz) { }
#endif

static inline s64 timespec64_to_ns(const struct timespec64 *ts)
{
	return (s64)ts->tv_sec * NSEC_PER_SEC + ts->tv_nsec;
}

int get_timespec64(struct timespec64 *ts, const struct __kernel_timespec __user *uts);
int put_timespec64(const struct timespec64 *ts, struct __kernel_timespec __user *uts);

/* 32-bit time_t (CONFIG_COMPAT_32BIT_TIME: armhf) */
struct old_timespec32 {
	s32 tv_sec;
	s32 tv_nsec;
};

int get_old_timespec32(struct timespec64 *ts, const struct old_timespec32 __user *uts);
int put_old_timespec32(const struct timespec64 *ts, struct old_timespec32 __user *uts);

#endif

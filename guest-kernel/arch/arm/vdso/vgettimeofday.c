// SPDX-License-Identifier: GPL-2.0
/*
 * The 32-bit ARM vDSO's clocks, read as Linux's lib/vdso/gettimeofday.c
 * reads them: the coarse clocks from the data page ([vvar], just below
 * this code); the fine ones from the counter only where the kernel says
 * user space may read it. The board's counter is not readable from user
 * mode (the kernel's clocksource is the trapped physical counter), so the
 * kernel says VDSO_CLOCKMODE_NONE and the fine clocks are the system
 * call, as Linux's vDSO falls back to it in that mode. Built without the
 * kernel's headers: position-independent code with no libc.
 */
#include <vdso/datapage.h>
#include <generated/unistd-eabi.h>

#define CLOCK_REALTIME_COARSE	5
#define CLOCK_MONOTONIC_COARSE	6
#define VDSO_HRES_CLOCKS	((1U << 0) | (1U << 1) | (1U << 4) | (1U << 7) | (1U << 11))
#define VDSO_COARSE_CLOCKS	((1U << CLOCK_REALTIME_COARSE) | (1U << CLOCK_MONOTONIC_COARSE))
#define MAX_CLOCKS		16

struct old_timespec32 { int tv_sec; int tv_nsec; };
struct __kernel_timespec { long long tv_sec; long long tv_nsec; };
struct __kernel_old_timeval { long tv_sec; long tv_usec; };
struct timezone { int tz_minuteswest; int tz_dsttime; };

/* The [vvar] page, one page below the vDSO (vdso.lds.S). */
extern const struct vdso_data _vdso_data __attribute__((visibility("hidden")));

#define barrier()	__asm__ __volatile__("" : : : "memory")

static long syscall2(long nr, long a0, long a1)
{
	register long r0 __asm__("r0") = a0;
	register long r1 __asm__("r1") = a1;
	register long r7 __asm__("r7") = nr;

	__asm__ __volatile__("svc #0" : "+r" (r0) : "r" (r1), "r" (r7) : "memory");
	return r0;
}

static unsigned int read_begin(const struct vdso_data *vd)
{
	unsigned int seq;

	while ((seq = *(const volatile unsigned int *)&vd->seq) & 1)
		;
	barrier();
	return seq;
}

static int read_retry(const struct vdso_data *vd, unsigned int seq)
{
	barrier();
	return *(const volatile unsigned int *)&vd->seq != seq;
}

/* A coarse clock: the time of the last tick. */
static void read_coarse(int clock, unsigned long long *sec, unsigned long long *nsec)
{
	const struct vdso_data *vd = &_vdso_data;
	const struct vdso_timestamp *t = clock == CLOCK_REALTIME_COARSE ?
		&vd->coarse_real : &vd->coarse_mono;
	unsigned int seq;

	do {
		seq = read_begin(vd);
		*sec = t->sec;
		*nsec = t->nsec;
	} while (read_retry(vd, seq));
}

static int is_coarse(int clock)
{
	return (unsigned int)clock < MAX_CLOCKS && (VDSO_COARSE_CLOCKS & (1U << clock));
}

int __vdso_clock_gettime(int clock, struct old_timespec32 *ts)
{
	unsigned long long sec, nsec;

	if (!is_coarse(clock))
		return syscall2(__NR_clock_gettime, clock, (long)ts);
	read_coarse(clock, &sec, &nsec);
	ts->tv_sec = sec;
	ts->tv_nsec = nsec;
	return 0;
}

int __vdso_clock_gettime64(int clock, struct __kernel_timespec *ts)
{
	unsigned long long sec, nsec;

	if (!is_coarse(clock))
		return syscall2(__NR_clock_gettime64, clock, (long)ts);
	read_coarse(clock, &sec, &nsec);
	ts->tv_sec = sec;
	ts->tv_nsec = nsec;
	return 0;
}

int __vdso_gettimeofday(struct __kernel_old_timeval *tv, struct timezone *tz)
{
	const struct vdso_data *vd = &_vdso_data;

	if (tv)		/* CLOCK_REALTIME: fine, so the system call here */
		return syscall2(__NR_gettimeofday, (long)tv, (long)tz);
	if (tz) {
		tz->tz_minuteswest = vd->tz_minuteswest;
		tz->tz_dsttime = vd->tz_dsttime;
	}
	return 0;
}

int __vdso_clock_getres(int clock, struct old_timespec32 *res)
{
	const struct vdso_data *vd = &_vdso_data;
	unsigned int ns;

	if ((unsigned int)clock >= MAX_CLOCKS)
		return syscall2(__NR_clock_getres, clock, (long)res);
	if (VDSO_HRES_CLOCKS & (1U << clock))
		ns = vd->hrtimer_res;
	else if (VDSO_COARSE_CLOCKS & (1U << clock))
		ns = vd->coarse_res;
	else
		return syscall2(__NR_clock_getres, clock, (long)res);
	if (res) {
		res->tv_sec = 0;
		res->tv_nsec = ns;
	}
	return 0;
}

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the kernel tells the vDSO: the [vvar] page, read-only in every
 * process. The kernel writes it under a sequence count (odd while it
 * writes); the vDSO reads until it sees the same even count before and
 * after. Plain C types: the vDSO is built without the kernel's headers.
 */
#ifndef __VDSO_DATAPAGE_H
#define __VDSO_DATAPAGE_H

/* May user space read the clocksource's counter itself? */
#define VDSO_CLOCKMODE_NONE	0	/* no: the clocks are system calls */

struct vdso_timestamp {
	unsigned long long sec;
	unsigned long long nsec;
};

struct vdso_data {
	unsigned int seq;
	int clock_mode;				/* VDSO_CLOCKMODE_* */
	struct vdso_timestamp coarse_real;	/* CLOCK_REALTIME_COARSE */
	struct vdso_timestamp coarse_mono;	/* CLOCK_MONOTONIC_COARSE */
	int tz_minuteswest;			/* gettimeofday()'s timezone */
	int tz_dsttime;
	unsigned int hrtimer_res;		/* clock_getres() of the fine clocks, ns */
	unsigned int coarse_res;		/* and of the coarse ones: a tick */
};

#endif

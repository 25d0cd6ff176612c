/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SCHED_LOADAVG_H
#define _LINUX_SCHED_LOADAVG_H

/* The load average in fixed point, as Linux keeps it (/proc/loadavg, sysinfo). */
#define FSHIFT		11
#define FIXED_1		(1 << FSHIFT)
#define LOAD_FREQ	(5ULL * 1000000000ULL)	/* ns: every 5 s */
#define EXP_1		1884
#define EXP_5		2014
#define EXP_15		2037

#define LOAD_INT(x)	((x) >> FSHIFT)
#define LOAD_FRAC(x)	LOAD_INT(((x) & (FIXED_1 - 1)) * 100)

extern unsigned long avenrun[3];
extern unsigned long total_forks;

void get_avenrun(unsigned long *loads, unsigned long offset, int shift);
void calc_global_load(void);
unsigned long nr_iowait(void);

#endif

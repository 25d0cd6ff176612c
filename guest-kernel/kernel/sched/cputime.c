// SPDX-License-Identifier: GPL-2.0
/*
 * CPU time accounting at the tick (Debian's kernel counts this way when
 * no CPU is in full dynticks mode): each tick charges TICK_NSEC to the
 * running task as user or system time, and to the CPU's user, system,
 * irq, softirq or idle total (/proc/stat). What a task is reported to
 * have used (times(), getrusage(), /proc/<pid>/stat) is its real run
 * time split in the ticks' proportions, as Linux's cputime_adjust().
 */
#include <linux/kernel.h>
#include <linux/kernel_stat.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <linux/sched.h>

struct kernel_cpustat kernel_cpustat;

u64 task_sched_runtime(struct task_struct *p);

static void account_idle_time(u64 cputime)
{
	kernel_cpustat.cpustat[CPUTIME_IDLE] += cputime;
}

void account_process_tick(struct task_struct *p, int user_tick)
{
	u64 cputime = TICK_NSEC;

	if (user_tick) {
		p->utime += cputime;
		kernel_cpustat.cpustat[CPUTIME_USER] += cputime;
	} else if (p != &init_task || irq_count() != HARDIRQ_OFFSET) {
		int index;

		if (hardirq_count() - HARDIRQ_OFFSET)
			index = CPUTIME_IRQ;
		else if (in_serving_softirq())
			index = CPUTIME_SOFTIRQ;
		else
			index = CPUTIME_SYSTEM;
		p->stime += cputime;
		kernel_cpustat.cpustat[index] += cputime;
	} else {
		account_idle_time(cputime);
	}
}

void account_idle_ticks(unsigned long ticks)
{
	account_idle_time(TICK_NSEC * ticks);
}

static int ilog2_u64(u64 v)
{
	return v ? 63 - __builtin_clzll(v) : -1;
}

/* a * b / c without overflowing, losing some precision when it must (Linux's). */
static u64 mul_u64_u64_div_u64(u64 a, u64 b, u64 c)
{
	u64 res = 0, rem;
	int shift;

	if (ilog2_u64(a) + ilog2_u64(b) > 62) {
		if (a > b) {
			u64 t = a;

			a = b;
			b = t;
		}
		res = (b / c) * a;
		rem = b % c;
		b = rem;
		shift = ilog2_u64(a) + ilog2_u64(b) - 62;
		if (shift > 0) {
			b >>= shift;
			c >>= shift;
			if (!c)
				return res;
		}
	}
	return res + a * b / c;
}

/* The run time split as the ticks saw it, never going backwards. */
void task_cputime_adjusted(struct task_struct *p, u64 *ut, u64 *st)
{
	u64 rtime = task_sched_runtime(p), stime = p->stime, utime = p->utime;

	if (p->prev_stime + p->prev_utime >= rtime)
		goto out;
	if (stime == 0) {
		utime = rtime;
		goto update;
	}
	if (utime == 0) {
		stime = rtime;
		goto update;
	}
	stime = mul_u64_u64_div_u64(stime, rtime, stime + utime);
update:
	if (stime < p->prev_stime)
		stime = p->prev_stime;
	utime = rtime - stime;
	if (utime < p->prev_utime) {
		utime = p->prev_utime;
		stime = rtime - utime;
	}
	p->prev_stime = stime;
	p->prev_utime = utime;
out:
	*ut = p->prev_utime;
	*st = p->prev_stime;
}

// SPDX-License-Identifier: GPL-2.0
/*
 * Keeping the vDSO's data page (vdso_data, the architecture's) up to
 * date, as Linux's kernel/time/vsyscall.c: the coarse clocks at each tick
 * and when the time is set, the timezone when settimeofday() sets it.
 */
#include <linux/kernel.h>
#include <linux/clocksource.h>
#include <linux/compiler.h>
#include <linux/jiffies.h>
#include <linux/timekeeping.h>
#include <vdso/datapage.h>

extern struct vdso_data *vdso_data;

static void vdso_write_begin(struct vdso_data *vd)
{
	WRITE_ONCE(vd->seq, vd->seq + 1);
	barrier();	/* one CPU: the reader runs between our stores or not at all */
}

static void vdso_write_end(struct vdso_data *vd)
{
	barrier();
	WRITE_ONCE(vd->seq, vd->seq + 1);
}

static void set_timestamp(struct vdso_timestamp *t, const struct timespec64 *ts)
{
	t->sec = ts->tv_sec;
	t->nsec = ts->tv_nsec;
}

void update_vsyscall(struct clocksource *clock)
{
	struct vdso_data *vd = vdso_data;
	struct timespec64 real, mono;

	if (!vd)
		return;
	ktime_get_coarse_real_ts64(&real);
	ktime_get_coarse_ts64(&mono);
	vdso_write_begin(vd);
	vd->clock_mode = clock ? clock->vdso_clock_mode : VDSO_CLOCKMODE_NONE;
	set_timestamp(&vd->coarse_real, &real);
	set_timestamp(&vd->coarse_mono, &mono);
	vd->hrtimer_res = ktime_get_resolution_ns();
	vd->coarse_res = NSEC_PER_SEC / HZ;
	vdso_write_end(vd);
}

void update_vsyscall_tz(const struct timezone *tz)
{
	struct vdso_data *vd = vdso_data;

	if (!vd)
		return;
	vdso_write_begin(vd);
	vd->tz_minuteswest = tz->tz_minuteswest;
	vd->tz_dsttime = tz->tz_dsttime;
	vdso_write_end(vd);
}

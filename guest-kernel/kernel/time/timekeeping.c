// SPDX-License-Identifier: GPL-2.0
/*
 * Timekeeping: the clocks, all read from the clocksource (the generic
 * timer's counter). Monotonic and boottime (nothing suspends) are its
 * nanoseconds since it was registered at boot; wall time adds an offset that
 * starts at the epoch (1970) until the RTC driver sets the clock
 * (hctosys) or settimeofday() does; TAI is wall time (no leap seconds
 * known). The coarse clocks are the time of the last tick.
 */
#include <linux/kernel.h>
#include <linux/math64.h>
#include <linux/clocksource.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/hrtimer.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>
#include <asm/irqflags.h>

static struct clocksource *tk_clock;
static u64 cycle_base;		/* the counter when it became the clock */
static s64 offs_real;		/* wall time minus monotonic time */
static ktime_t coarse_mono;	/* monotonic time at the last tick */

void timekeeping_set_clocksource(struct clocksource *cs)
{
	if (!tk_clock) {
		cycle_base = cs->read(cs);
		tk_clock = cs;
		update_vsyscall(tk_clock);
	}
}

const char *tk_clock_name(void)
{
	return tk_clock ? tk_clock->name : NULL;
}

ktime_t ktime_get(void)
{
	u64 cycles;

	if (!tk_clock)
		return 0;
	cycles = (tk_clock->read(tk_clock) - cycle_base) & tk_clock->mask;
	return (ktime_t)mul_u64_u32_shr(cycles, tk_clock->mult, tk_clock->shift);
}
EXPORT_SYMBOL_GPL(ktime_get);

u64 ktime_get_ns(void)
{
	return ktime_get();
}

ktime_t ktime_get_real(void)
{
	return ktime_get() + offs_real;
}

ktime_t ktime_get_boottime(void)
{
	return ktime_get();
}

ktime_t ktime_get_clocktai(void)
{
	return ktime_get_real();
}

ktime_t ktime_get_raw(void)
{
	return ktime_get();
}
EXPORT_SYMBOL_GPL(ktime_get_raw);

/* Wall time minus monotonic time (the realtime hrtimer base's offset). */
s64 timekeeping_real_offset(void)
{
	return offs_real;
}

static s64 tk_offset(int offs)
{
	return offs == TK_OFFS_REAL || offs == TK_OFFS_TAI ? offs_real : 0;
}

ktime_t ktime_get_with_offset(int offs)
{
	return ktime_get() + tk_offset(offs);
}
EXPORT_SYMBOL_GPL(ktime_get_with_offset);

ktime_t ktime_get_coarse_with_offset(int offs)
{
	return READ_ONCE(coarse_mono) + tk_offset(offs);
}
EXPORT_SYMBOL_GPL(ktime_get_coarse_with_offset);

u64 ktime_get_boottime_ns(void)
{
	return ktime_get();
}

u64 ktime_get_boot_ns(void)
{
	return ktime_get();
}

u64 ktime_get_real_ns(void)
{
	return ktime_get_real();
}

u64 ktime_get_mono_fast_ns(void)
{
	return ktime_get();
}
EXPORT_SYMBOL_GPL(ktime_get_mono_fast_ns);

u64 ktime_get_raw_fast_ns(void)
{
	return ktime_get();
}

u64 ktime_get_boot_fast_ns(void)
{
	return ktime_get();
}
EXPORT_SYMBOL_GPL(ktime_get_boot_fast_ns);

u64 ktime_get_real_fast_ns(void)
{
	return ktime_get_real();
}
EXPORT_SYMBOL_GPL(ktime_get_real_fast_ns);

u64 ktime_get_resolution_ns(void)
{
	return 1;	/* high resolution timers */
}
EXPORT_SYMBOL_GPL(ktime_get_resolution_ns);

time64_t ktime_get_real_seconds(void)
{
	return ktime_get_real() / NSEC_PER_SEC;
}
EXPORT_SYMBOL_GPL(ktime_get_real_seconds);

time64_t ktime_get_seconds(void)
{
	return ktime_get() / NSEC_PER_SEC;
}
EXPORT_SYMBOL_GPL(ktime_get_seconds);

void ktime_get_real_ts64(struct timespec64 *ts)
{
	*ts = ns_to_timespec64(ktime_get_real());
}
EXPORT_SYMBOL(ktime_get_real_ts64);

void ktime_get_ts64(struct timespec64 *ts)
{
	*ts = ns_to_timespec64(ktime_get());
}
EXPORT_SYMBOL_GPL(ktime_get_ts64);

void ktime_get_raw_ts64(struct timespec64 *ts)
{
	*ts = ns_to_timespec64(ktime_get());
}
EXPORT_SYMBOL(ktime_get_raw_ts64);

void ktime_get_boottime_ts64(struct timespec64 *ts)
{
	*ts = ns_to_timespec64(ktime_get());
}

void ktime_get_coarse_real_ts64(struct timespec64 *ts)
{
	*ts = ns_to_timespec64(READ_ONCE(coarse_mono) + offs_real);
}
EXPORT_SYMBOL(ktime_get_coarse_real_ts64);

void ktime_get_coarse_ts64(struct timespec64 *ts)
{
	*ts = ns_to_timespec64(READ_ONCE(coarse_mono));
}

/* The tick: the coarse clocks move on (Linux's update_wall_time()). */
void update_wall_time(void)
{
	WRITE_ONCE(coarse_mono, ktime_get());
	update_vsyscall(tk_clock);
}

int do_settimeofday64(const struct timespec64 *ts)
{
	unsigned long flags;

	if (ts->tv_nsec < 0 || ts->tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	local_irq_save(flags);
	/* the coarse clocks move to now too (Linux's timekeeping_forward_now()) */
	WRITE_ONCE(coarse_mono, ktime_get());
	offs_real = timespec64_to_ns(ts) - coarse_mono;
	update_vsyscall(tk_clock);
	local_irq_restore(flags);
	clock_was_set();
	return 0;
}

/* Add without overflowing: past KTIME_MAX is KTIME_MAX. */
ktime_t ktime_add_safe(const ktime_t lhs, const ktime_t rhs)
{
	ktime_t res = (ktime_t)((u64)lhs + (u64)rhs);

	if (res < 0 || res < lhs || res < rhs)
		res = KTIME_MAX;
	return res;
}
EXPORT_SYMBOL_GPL(ktime_add_safe);

int get_timespec64(struct timespec64 *ts,
		   const struct __kernel_timespec __user *uts)
{
	struct __kernel_timespec kts;

	if (copy_from_user(&kts, uts, sizeof(kts)))
		return -EFAULT;
	ts->tv_sec = kts.tv_sec;
	ts->tv_nsec = kts.tv_nsec;
	return 0;
}

int put_timespec64(const struct timespec64 *ts,
		   struct __kernel_timespec __user *uts)
{
	struct __kernel_timespec kts = {
		.tv_sec = ts->tv_sec,
		.tv_nsec = ts->tv_nsec,
	};

	return copy_to_user(uts, &kts, sizeof(kts)) ? -EFAULT : 0;
}

#ifdef CONFIG_COMPAT_32BIT_TIME
int get_old_timespec32(struct timespec64 *ts, const struct old_timespec32 __user *uts)
{
	struct old_timespec32 kts;

	if (copy_from_user(&kts, uts, sizeof(kts)))
		return -EFAULT;
	ts->tv_sec = kts.tv_sec;
	ts->tv_nsec = kts.tv_nsec;
	return 0;
}

int put_old_timespec32(const struct timespec64 *ts, struct old_timespec32 __user *uts)
{
	struct old_timespec32 kts = {
		.tv_sec = ts->tv_sec,
		.tv_nsec = ts->tv_nsec,
	};

	return copy_to_user(uts, &kts, sizeof(kts)) ? -EFAULT : 0;
}
#endif

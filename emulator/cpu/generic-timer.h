/* SPDX-License-Identifier: MIT */
/*
 * The generic timer's registers as the board serves them from its virtual
 * clock (emulator/board/generic-timer.ts), for both shims: the state is the
 * board's (GenericTimer.registers), the shims read it and make the writes
 * that leave the timer's interrupt line as it is; a write that moves the line
 * goes to the board, which drives the interrupt controller.
 */
#ifndef KOBOX_GENERIC_TIMER_H
#define KOBOX_GENERIC_TIMER_H

#include <stdint.h>
#include "insn-counter.h"

/* The registers a trapped access names, whatever the architecture's encoding. */
enum timer_reg { TIMER_NONE, TIMER_CNTPCT, TIMER_CTL, TIMER_CVAL, TIMER_TVAL };

/* CNTP_CTL's bits. */
#define CTL_ENABLE	1u
#define CTL_IMASK	2u
#define CTL_ISTATUS	4u

/* The board's state: CNTP_CTL, CNTP_CVAL, the line as the board last drove it. */
#define TIMER_STATE_CTL		0
#define TIMER_STATE_CVAL	1
#define TIMER_STATE_HIGH	2

/* The virtual clock, as both shims' structs keep it. */
struct timer_clock {
	const uint64_t *slept;	/* nanoseconds slept */
	uint32_t ns_per_insn, ns_per_tick;
};

/* As GenericTimer.readRegister(), @count the system counter. */
static inline uint64_t timer_read(const uint64_t *t, enum timer_reg r, uint64_t count)
{
	switch (r) {
	case TIMER_CNTPCT:
		return count;
	case TIMER_CTL:
		return t[TIMER_STATE_CTL] |
		       ((t[TIMER_STATE_CTL] & CTL_ENABLE) && count >= t[TIMER_STATE_CVAL] ? CTL_ISTATUS : 0);
	case TIMER_CVAL:
		return t[TIMER_STATE_CVAL];
	default:
		return (uint32_t)(t[TIMER_STATE_CVAL] - count);	/* TVAL */
	}
}

/*
 * As GenericTimer.writeRegister() of @value, @c the counter where the write
 * is, when the interrupt line stays as it is; then, as the board's
 * shortenSlice(), the run ends where the deadline comes if that is sooner.
 * Returns 0, having changed nothing, for a write that moves the line or of
 * the counter (which the board ignores).
 */
static inline int timer_write(uint64_t *t, struct kobox_counter *c, const struct timer_clock *clk,
			      enum timer_reg r, uint64_t value)
{
	uint64_t count, ctl, cval, uptime, deadline, limit;
	int high;

	if (r != TIMER_CTL && r != TIMER_CVAL && r != TIMER_TVAL)
		return 0;
	count = virtual_count(c, *clk->slept, clk->ns_per_insn, clk->ns_per_tick);
	ctl = t[TIMER_STATE_CTL];
	cval = t[TIMER_STATE_CVAL];
	if (r == TIMER_CTL)
		ctl = value & (CTL_ENABLE | CTL_IMASK);
	else if (r == TIMER_CVAL)
		cval = value;
	else
		cval = count + (int64_t)(int32_t)value;	/* TVAL */
	high = (ctl & CTL_ENABLE) && count >= cval && !(ctl & CTL_IMASK);
	if (high != (int)t[TIMER_STATE_HIGH])
		return 0;
	t[TIMER_STATE_CTL] = ctl;
	t[TIMER_STATE_CVAL] = cval;
	if ((ctl & (CTL_ENABLE | CTL_IMASK)) != CTL_ENABLE || high)
		return 1;
	uptime = c->retired * clk->ns_per_insn + *clk->slept;
	deadline = cval * clk->ns_per_tick;
	limit = c->retired;
	if (deadline > uptime)
		limit += (deadline - uptime + clk->ns_per_insn - 1) / clk->ns_per_insn;
	if (limit < c->limit)
		c->limit = limit;
	return 1;
}

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/* The generic timer's registers, as Linux's asm/arch_timer.h accessors. */
#ifndef __ASM_ARCH_TIMER_H
#define __ASM_ARCH_TIMER_H

#include <asm/sysreg.h>

enum arch_timer_access { ARCH_TIMER_PHYS_ACCESS, ARCH_TIMER_VIRT_ACCESS };

/* kobox's board wires only the physical timers (drivers/clocksource/arm_arch_timer.c) */
#define ARCH_TIMER_HAS_VIRT	0

static inline u64 arch_timer_read_cntpct(void)
{
	isb();
	return read_sysreg(cntpct_el0);
}

static inline u64 arch_timer_read_counter_access(enum arch_timer_access access)
{
	return arch_timer_read_cntpct();
}

static inline unsigned long arch_timer_read_ctl(enum arch_timer_access access)
{
	return read_sysreg(cntp_ctl_el0);
}

static inline void arch_timer_write_ctl(enum arch_timer_access access,
					unsigned long ctrl)
{
	write_sysreg(ctrl, cntp_ctl_el0);
	isb();
}

static inline void arch_timer_write_cval(enum arch_timer_access access, u64 cval)
{
	write_sysreg(cval, cntp_cval_el0);
}

static inline void arch_timer_write_cntkctl(u32 val)
{
	write_sysreg(val, cntkctl_el1);
	isb();
}

static inline u32 arch_timer_get_cntfrq(void)
{
	return read_sysreg(cntfrq_el0);
}

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/* The generic timer's registers through cp15, as Linux/arm's asm/arch_timer.h. */
#ifndef __ASM_ARCH_TIMER_H
#define __ASM_ARCH_TIMER_H

#include <asm/sysreg.h>

enum arch_timer_access { ARCH_TIMER_PHYS_ACCESS, ARCH_TIMER_VIRT_ACCESS };

/* A PL1 kernel with no hypervisor uses the virtual timer, as Linux/arm does. */
#define ARCH_TIMER_HAS_VIRT	1

static inline u64 arch_timer_read_cntpct(void)
{
	isb();
	return read_cp15_64(0, c14);		/* CNTPCT */
}

static inline u64 arch_timer_read_counter_access(enum arch_timer_access access)
{
	if (access == ARCH_TIMER_PHYS_ACCESS)
		return arch_timer_read_cntpct();
	isb();
	return read_cp15_64(1, c14);		/* CNTVCT */
}

static inline u32 arch_timer_read_ctl(enum arch_timer_access access)
{
	if (access == ARCH_TIMER_PHYS_ACCESS)
		return read_cp15(c14, 0, c2, 1);	/* CNTP_CTL */
	return read_cp15(c14, 0, c3, 1);		/* CNTV_CTL */
}

static inline void arch_timer_write_ctl(enum arch_timer_access access, u32 ctrl)
{
	if (access == ARCH_TIMER_PHYS_ACCESS)
		write_cp15(ctrl, c14, 0, c2, 1);
	else
		write_cp15(ctrl, c14, 0, c3, 1);
	isb();
}

static inline void arch_timer_write_cval(enum arch_timer_access access, u64 cval)
{
	if (access == ARCH_TIMER_PHYS_ACCESS)
		write_cp15_64(cval, 2, c14);		/* CNTP_CVAL */
	else
		write_cp15_64(cval, 3, c14);		/* CNTV_CVAL */
}

static inline void arch_timer_write_cntkctl(u32 val)
{
	write_cp15(val, c14, 0, c1, 0);
	isb();
}

static inline u32 arch_timer_get_cntfrq(void)
{
	return read_cp15(c14, 0, c0, 0);
}

#endif

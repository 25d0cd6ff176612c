// SPDX-License-Identifier: GPL-2.0
/*
 * The ARM generic timer (arm,armv8-timer), as Linux's
 * drivers/clocksource/arm_arch_timer.c sets it up: the system counter
 * as clocksource (arch_sys_counter) and sched_clock, and this CPU's
 * timer as clock event device (arch_sys_timer) on its private
 * interrupt. The timer is chosen by Linux's rule (arch_timer_select_ppi):
 * the virtual one if the device tree gives its interrupt, else, on arm64,
 * the non-secure physical one.
 *
 * On arm64, kobox's board wires only the physical timers (its virtual
 * counter would read the host's clock), so this is the physical timer
 * (asm/arch_timer.h: ARCH_TIMER_HAS_VIRT is 0), and
 * unlike Linux at EL1 the counter read is the physical one (CNTPCT_EL0)
 * too. User space has no direct access to the counters: a read of
 * CNTVCT_EL0 or CNTFRQ_EL0 traps and the kernel answers it
 * (arch/arm64/kernel/traps.c), as Linux does for counters with errata.
 */
#define pr_fmt(fmt) "arch_timer: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/clockchips.h>
#include <linux/clocksource.h>
#include <linux/export.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/irqdomain.h>
#include <linux/of_fdt.h>
#include <linux/sched/clock.h>
#include <clocksource/arm_arch_timer.h>
#include <asm/arch_timer.h>

#define ARCH_TIMER_CTRL_ENABLE		(1 << 0)
#define ARCH_TIMER_CTRL_IT_MASK		(1 << 1)
#define ARCH_TIMER_CTRL_IT_STAT		(1 << 2)
#define MIN_ROLLOVER_SECS		(40ULL * 365 * 24 * 3600)

enum arch_timer_ppi_nr {
	ARCH_TIMER_PHYS_SECURE_PPI,
	ARCH_TIMER_PHYS_NONSECURE_PPI,
	ARCH_TIMER_VIRT_PPI,
	ARCH_TIMER_HYP_PPI,
	ARCH_TIMER_MAX_TIMER_PPI
};

static u32 arch_timer_rate;
static int arch_timer_ppi[ARCH_TIMER_MAX_TIMER_PPI];
static enum arch_timer_ppi_nr arch_timer_uses_ppi;
static struct clock_event_device arch_timer_evt;

static enum arch_timer_access arch_timer_access = ARCH_TIMER_PHYS_ACCESS;

static u64 arch_counter_get_cntpct(void)
{
	return arch_timer_read_cntpct();
}

static u64 __maybe_unused arch_counter_get_cntvct(void)
{
	return arch_timer_read_counter_access(ARCH_TIMER_VIRT_ACCESS);
}

u64 (*arch_timer_read_counter)(void) = arch_counter_get_cntpct;
EXPORT_SYMBOL_GPL(arch_timer_read_counter);

u32 arch_timer_get_rate(void)
{
	return arch_timer_rate;
}

static u64 arch_counter_read(struct clocksource *cs)
{
	return arch_timer_read_counter();
}

static struct clocksource clocksource_counter = {
	.name	= "arch_sys_counter",
	.rating	= 400,
	.read	= arch_counter_read,
	.flags	= CLOCK_SOURCE_IS_CONTINUOUS,
};

/* At least 56 bits, and enough not to wrap in 40 years (Linux 6.1's guess). */
static int arch_counter_get_width(void)
{
	u64 min_cycles = MIN_ROLLOVER_SECS * arch_timer_rate;

	return clamp(64 - __builtin_clzll(min_cycles - 1), 56, 64);
}

static irqreturn_t arch_timer_handler_phys(int irq, void *dev_id)
{
	struct clock_event_device *evt = dev_id;
	unsigned long ctrl = arch_timer_read_ctl(arch_timer_access);

	if (ctrl & ARCH_TIMER_CTRL_IT_STAT) {
		ctrl |= ARCH_TIMER_CTRL_IT_MASK;
		arch_timer_write_ctl(arch_timer_access, ctrl);
		evt->event_handler(evt);
		return IRQ_HANDLED;
	}
	return IRQ_NONE;
}

static int arch_timer_shutdown_phys(struct clock_event_device *clk)
{
	unsigned long ctrl = arch_timer_read_ctl(arch_timer_access);

	ctrl &= ~ARCH_TIMER_CTRL_ENABLE;
	arch_timer_write_ctl(arch_timer_access, ctrl);
	return 0;
}

static int arch_timer_set_next_event_phys(unsigned long evt, struct clock_event_device *clk)
{
	unsigned long ctrl = arch_timer_read_ctl(arch_timer_access);
	u64 cnt;

	ctrl |= ARCH_TIMER_CTRL_ENABLE;
	ctrl &= ~ARCH_TIMER_CTRL_IT_MASK;
	cnt = arch_timer_read_counter_access(arch_timer_access);
	arch_timer_write_cval(arch_timer_access, evt + cnt);
	arch_timer_write_ctl(arch_timer_access, ctrl);
	return 0;
}

static enum arch_timer_ppi_nr arch_timer_select_ppi(void)
{
	/* Entered at EL1: no hypervisor mode. */
	if (arch_timer_ppi[ARCH_TIMER_VIRT_PPI])
		return ARCH_TIMER_VIRT_PPI;
	return ARCH_TIMER_PHYS_NONSECURE_PPI;
}

/* No user access to the counters or timers: reads trap, the kernel answers. */
static void arch_counter_set_user_access(void)
{
	arch_timer_write_cntkctl(0);
	pr_info("CPU%d: Trapping CNTVCT access\n", 0);
}

static void arch_timer_banner(void)
{
	pr_info("cp15 timer(s) running at %lu.%02luMHz (%s).\n",
		(unsigned long)arch_timer_rate / 1000000,
		(unsigned long)(arch_timer_rate / 10000) % 100,
		arch_timer_uses_ppi == ARCH_TIMER_VIRT_PPI ? "virt" : "phys");
}

static int __init arch_timer_register(void)
{
	struct clock_event_device *clk = &arch_timer_evt;
	int ppi = arch_timer_ppi[arch_timer_uses_ppi], err;
	int width = arch_counter_get_width();

	err = request_percpu_irq(ppi, arch_timer_handler_phys, "arch_timer", clk);
	if (err) {
		pr_err("can't register interrupt %d (%d)\n", ppi, err);
		return err;
	}
	clk->features = CLOCK_EVT_FEAT_ONESHOT;
	clk->name = "arch_sys_timer";
	clk->rating = 450;
	clk->irq = ppi;
	clk->set_state_shutdown = arch_timer_shutdown_phys;
	clk->set_state_oneshot_stopped = arch_timer_shutdown_phys;
	clk->set_next_event = arch_timer_set_next_event_phys;
	clk->set_state_shutdown(clk);
	clockevents_config_and_register(clk, arch_timer_rate, 0xf, CLOCKSOURCE_MASK(width));
	enable_percpu_irq(ppi, irqd_get_trigger_type(irq_get_irq_data(ppi)));
	arch_counter_set_user_access();

	arch_timer_banner();
	clocksource_counter.mask = CLOCKSOURCE_MASK(width);
	clocksource_register_hz(&clocksource_counter, arch_timer_rate);
	sched_clock_register(arch_timer_read_counter, width, arch_timer_rate);
	return 0;
}

int __init arch_timer_of_init(int node)
{
	int i;

	for (i = ARCH_TIMER_PHYS_SECURE_PPI; i < ARCH_TIMER_MAX_TIMER_PPI; i++)
		arch_timer_ppi[i] = irq_of_parse_and_map(node, i);
	arch_timer_rate = arch_timer_get_cntfrq();
	if (!arch_timer_rate)
		pr_warn("frequency not available\n");
	arch_timer_uses_ppi = arch_timer_select_ppi();
	if (arch_timer_uses_ppi == ARCH_TIMER_VIRT_PPI) {
		if (!ARCH_TIMER_HAS_VIRT) {
			pr_err("the virtual timer is not supported on this board\n");
			return -EINVAL;
		}
		arch_timer_access = ARCH_TIMER_VIRT_ACCESS;
		arch_timer_read_counter = arch_counter_get_cntvct;
	}
	if (!arch_timer_ppi[arch_timer_uses_ppi]) {
		pr_err("No interrupt available, giving up\n");
		return -EINVAL;
	}
	return arch_timer_register();
}

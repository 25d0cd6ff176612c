// SPDX-License-Identifier: GPL-2.0
/*
 * The C side of the exception vectors: decode ESR_EL1 and dispatch.
 * From user space (EL0): system calls, aborts, undefined instructions
 * and the rest become syscalls or signals; exit_to_user_mode() then
 * delivers signals and reschedules before the eret. What the kernel
 * cannot handle panics with Linux's "Unhandled" report.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/smp.h>
#include <asm/esr.h>
#include <asm/irqflags.h>
#include <asm/ptrace.h>
#include <asm/sysreg.h>
#include <asm/traps.h>
#include <asm/syscall.h>
#include <asm/signal.h>
#include <linux/tty.h>
#include <linux/hardirq.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <asm/irq.h>
#include <asm/stack_pointer.h>

/* The task that owns the CPU; EL0 entry loads it into sp_el0. */
struct task_struct *__entry_task = &init_task;

static void __panic_unhandled(struct pt_regs *regs, const char *vector,
			      unsigned long esr)
{
	console_verbose();
	pr_crit("Unhandled %s exception on CPU%d, ESR 0x%016lx -- %s\n",
		vector, smp_processor_id(), esr, esr_get_class_string(esr));
	__show_regs(regs);
	panic("Unhandled exception");
}

#define UNHANDLED(el, regsize, vector)					\
asmlinkage void el##_##regsize##_##vector##_handler(struct pt_regs *regs) \
{									\
	const char *desc = #regsize "-bit " #el " " #vector;		\
									\
	exception_nesting_check();					\
	__panic_unhandled(regs, desc, read_sysreg(esr_el1));		\
}

UNHANDLED(el1t, 64, sync)
UNHANDLED(el1t, 64, irq)
UNHANDLED(el1t, 64, fiq)
UNHANDLED(el1t, 64, error)
UNHANDLED(el0t, 64, fiq)
UNHANDLED(el0t, 64, error)
UNHANDLED(el0t, 32, sync)
UNHANDLED(el0t, 32, irq)
UNHANDLED(el0t, 32, fiq)
UNHANDLED(el0t, 32, error)

static void el1_abort(struct pt_regs *regs, unsigned long esr)
{
	unsigned long far = read_sysreg(far_el1);

	local_daif_inherit(regs);
	do_mem_abort(far, esr, regs);
	local_daif_mask();
}

static void el1_pc(struct pt_regs *regs, unsigned long esr)
{
	unsigned long far = read_sysreg(far_el1);

	local_daif_inherit(regs);
	do_sp_pc_abort(far, esr, regs);
	local_daif_mask();
}

static void el1_undef(struct pt_regs *regs, unsigned long esr)
{
	local_daif_inherit(regs);
	do_undefinstr(regs, esr);
	local_daif_mask();
}

/* Debug exceptions (BRK for BUG()) run with everything masked. */
static void el1_dbg(struct pt_regs *regs, unsigned long esr)
{
	unsigned long far = read_sysreg(far_el1);

	do_debug_exception(far, esr, regs);
}

asmlinkage void el1h_64_sync_handler(struct pt_regs *regs)
{
	unsigned long esr = read_sysreg(esr_el1);

	exception_nesting_check();
	switch (ESR_ELx_EC(esr)) {
	case ESR_ELx_EC_DABT_CUR:
	case ESR_ELx_EC_IABT_CUR:
		el1_abort(regs, esr);
		break;
	case ESR_ELx_EC_PC_ALIGN:
		el1_pc(regs, esr);
		break;
	case ESR_ELx_EC_SYS64:
	case ESR_ELx_EC_UNKNOWN:
		el1_undef(regs, esr);
		break;
	case ESR_ELx_EC_BREAKPT_CUR:
	case ESR_ELx_EC_SOFTSTP_CUR:
	case ESR_ELx_EC_WATCHPT_CUR:
	case ESR_ELx_EC_BRK64:
		el1_dbg(regs, esr);
		break;
	default:
		__panic_unhandled(regs, "64-bit el1h sync", esr);
	}
}

static bool on_thread_stack(void)
{
	unsigned long sp = current_stack_pointer;
	unsigned long low = (unsigned long)task_stack_page(current);

	return sp >= low && sp < low + THREAD_SIZE;
}

/* Run the root handler on the interrupt stack, unless already there (a nested interrupt). */
static void do_interrupt_handler(struct pt_regs *regs, void (*handler)(struct pt_regs *))
{
	struct pt_regs *old_regs = set_irq_regs(regs);

	if (on_thread_stack())
		call_on_irq_stack(regs, handler);
	else
		handler(regs);
	set_irq_regs(old_regs);
}

/*
 * An interrupt: Debug and SError unmasked, IRQs masked while the handler
 * runs; softirqs then run with IRQs enabled in irq_exit(). Kernel code
 * is not preempted on the way back (PREEMPT_VOLUNTARY): a reschedule the
 * interrupt asked for waits for the next cond_resched() or return to
 * user space.
 */
static void el1_interrupt(struct pt_regs *regs, void (*handler)(struct pt_regs *))
{
	local_daif_restore_noirq();
	irq_enter();
	do_interrupt_handler(regs, handler);
	irq_exit();
}

asmlinkage void el1h_64_irq_handler(struct pt_regs *regs)
{
	el1_interrupt(regs, handle_arch_irq);
}

/* From user space: ret_to_user then calls exit_to_user_mode(), which may reschedule. */
asmlinkage void el0t_64_irq_handler(struct pt_regs *regs)
{
	local_daif_restore_noirq();
	irq_enter();
	do_interrupt_handler(regs, handle_arch_irq);
	irq_exit();
}

asmlinkage void el1h_64_fiq_handler(struct pt_regs *regs)
{
	exception_nesting_check();
	panic("FIQ taken without a root FIQ handler\n");
}

asmlinkage void el1h_64_error_handler(struct pt_regs *regs)
{
	exception_nesting_check();
	arm64_serror_panic(regs, read_sysreg(esr_el1));
}

static void el0_da(struct pt_regs *regs, unsigned long esr)
{
	do_mem_abort(read_sysreg(far_el1), esr, regs);
}

static void el0_ia(struct pt_regs *regs, unsigned long esr)
{
	do_mem_abort(read_sysreg(far_el1), esr, regs);
}

static void el0_pc(struct pt_regs *regs, unsigned long esr)
{
	do_sp_pc_abort(read_sysreg(far_el1), esr, regs);
}

static void el0_sp(struct pt_regs *regs, unsigned long esr)
{
	do_sp_pc_abort(regs->sp, esr, regs);
}

static void el0_undef(struct pt_regs *regs, unsigned long esr)
{
	do_undefinstr(regs, esr);
}

static void el0_sys(struct pt_regs *regs, unsigned long esr)
{
	do_sysinstr(esr, regs);
}

static void el0_dbg(struct pt_regs *regs, unsigned long esr)
{
	do_debug_exception(read_sysreg(far_el1), esr, regs);
}

static void el0_inv(struct pt_regs *regs, unsigned long esr)
{
	bad_el0_sync(regs, 0, esr);
}

asmlinkage void el0t_64_sync_handler(struct pt_regs *regs)
{
	unsigned long esr = read_sysreg(esr_el1);

	/* debug exceptions stay masked while one is handled */
	if (ESR_ELx_EC(esr) != ESR_ELx_EC_BREAKPT_LOW &&
	    ESR_ELx_EC(esr) != ESR_ELx_EC_SOFTSTP_LOW &&
	    ESR_ELx_EC(esr) != ESR_ELx_EC_WATCHPT_LOW &&
	    ESR_ELx_EC(esr) != ESR_ELx_EC_BRK64)
		local_daif_restore_procctx();

	switch (ESR_ELx_EC(esr)) {
	case ESR_ELx_EC_SVC64:
		el0_svc(regs);
		break;
	case ESR_ELx_EC_DABT_LOW:
		el0_da(regs, esr);
		break;
	case ESR_ELx_EC_IABT_LOW:
		el0_ia(regs, esr);
		break;
	case ESR_ELx_EC_SYS64:
		el0_sys(regs, esr);
		break;
	case ESR_ELx_EC_SP_ALIGN:
		el0_sp(regs, esr);
		break;
	case ESR_ELx_EC_PC_ALIGN:
		el0_pc(regs, esr);
		break;
	case ESR_ELx_EC_UNKNOWN:
		el0_undef(regs, esr);
		break;
	case ESR_ELx_EC_BREAKPT_LOW:
	case ESR_ELx_EC_SOFTSTP_LOW:
	case ESR_ELx_EC_WATCHPT_LOW:
	case ESR_ELx_EC_BRK64:
		el0_dbg(regs, esr);
		break;
	default:
		el0_inv(regs, esr);
	}
}

/*
 * Before returning to user space: reschedule and deliver signals until
 * nothing is left, looking at the flags with interrupts masked so that
 * an interrupt setting one cannot slip in between the last look and
 * the eret (arm64's do_notify_resume()). Received console input and
 * softirqs raised outside interrupts are seen to first (see tty_io.c,
 * softirq.c).
 */
asmlinkage void exit_to_user_mode(struct pt_regs *regs)
{
	unsigned long flags;

	tty_poll_input();
	if (local_softirq_pending())
		do_softirq();
	local_daif_mask();
	flags = READ_ONCE(current->thread_info.flags);
	while (flags & _TIF_WORK_MASK) {
		if (flags & _TIF_NEED_RESCHED) {
			local_daif_restore_noirq();
			schedule();
		} else {
			local_daif_restore_procctx();
			if (flags & _TIF_SIGPENDING)
				do_signal(regs);
			if (flags & _TIF_NOTIFY_RESUME)
				clear_tsk_thread_flag(current, TIF_NOTIFY_RESUME);
		}
		local_daif_mask();
		flags = READ_ONCE(current->thread_info.flags);
	}
}

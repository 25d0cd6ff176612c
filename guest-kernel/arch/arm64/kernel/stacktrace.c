// SPDX-License-Identifier: GPL-2.0
/*
 * Frame-pointer unwinding. Each frame record is {caller's fp, return
 * address}; x29 points at the current one. The walk ends at the zeroed
 * record at the top of the task's stack (pt_regs->stackframe), or at
 * anything that does not look like a record on that stack or, for
 * current, the interrupt stack (whose first record leads back to the
 * task's).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <asm/irq.h>
#include <asm/ptrace.h>
#include <asm/stacktrace.h>

struct unwind_state {
	unsigned long fp;
	unsigned long pc;
};

static bool on_task_stack(struct task_struct *tsk, unsigned long fp)
{
	unsigned long low = (unsigned long)task_stack_page(tsk);

	return fp >= low && fp + 16 <= low + THREAD_SIZE && !(fp & 7);
}

static int unwind_next(struct task_struct *tsk, struct unwind_state *state)
{
	unsigned long fp = state->fp;

	if (fp == (unsigned long)task_pt_regs(tsk)->stackframe)
		return -1;	/* the final frame */
	if (!on_task_stack(tsk, fp) && !(tsk == current && on_irq_stack(fp, 16) && !(fp & 7)))
		return -1;
	state->fp = ((unsigned long *)fp)[0];
	state->pc = ((unsigned long *)fp)[1];
	return 0;
}

/*
 * Report each return address to consume_entry: from regs (an exception),
 * from our caller (current), or from where a sleeping task switched out.
 */
noinline void arch_stack_walk(stack_trace_consume_fn consume_entry,
			      void *cookie, struct task_struct *task,
			      struct pt_regs *regs)
{
	struct unwind_state state;

	if (regs) {
		if (task != current)
			return;
		state.fp = regs->regs[29];
		state.pc = regs->pc;
	} else if (task == current) {
		state.fp = (unsigned long)__builtin_frame_address(1);
		state.pc = (unsigned long)__builtin_return_address(0);
	} else {
		state.fp = thread_saved_fp(task);
		state.pc = thread_saved_pc(task);
	}

	do {
		if (!consume_entry(cookie, state.pc))
			break;
	} while (!unwind_next(task, &state));
}

static bool dump_backtrace_entry(void *arg, unsigned long where)
{
	printk("%s %pSb\n", (const char *)arg, (void *)where);
	return true;
}

noinline void dump_backtrace(struct pt_regs *regs, struct task_struct *tsk,
			     const char *loglvl)
{
	if (regs && user_mode(regs))
		return;
	if (!tsk)
		tsk = current;

	printk("%sCall trace:\n", loglvl);
	arch_stack_walk(dump_backtrace_entry, (void *)loglvl, tsk, regs);
}

void show_stack(struct task_struct *tsk, unsigned long *sp, const char *loglvl)
{
	dump_backtrace(NULL, tsk, loglvl);
	barrier();
}

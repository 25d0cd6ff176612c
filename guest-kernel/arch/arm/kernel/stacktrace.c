// SPDX-License-Identifier: GPL-2.0
/*
 * Frame-pointer backtraces. gcc's ARM-state frames (no APCS frames):
 * "push {fp, lr}; add fp, sp, #4", so fp points at the saved lr and the
 * caller's fp sits below it. A leaf function keeps lr in its register
 * and saves only fp ("push {fp}; add fp, sp, #0"): where an exception
 * stopped one, the caller is the interrupted lr.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/module.h>
#include <asm/ptrace.h>
#include <asm/sections.h>
#include <asm/stacktrace.h>

static bool is_text(unsigned long addr)
{
	return (addr >= (unsigned long)_stext && addr < (unsigned long)_etext) ||
	       (addr >= (unsigned long)_sinittext && addr < (unsigned long)_einittext) ||
	       __module_text_address(addr);
}

static bool on_stack(unsigned long addr, struct task_struct *task)
{
	unsigned long low = (unsigned long)task_stack_page(task);

	return addr >= low + 4 && addr < low + THREAD_SIZE;
}

void arch_stack_walk(stack_trace_consume_fn consume_entry, void *cookie,
		     struct task_struct *task, struct pt_regs *regs)
{
	unsigned long fp, pc;

	if (!task)
		task = current;
	if (regs) {
		fp = regs->ARM_fp;
		pc = regs->ARM_pc;
		if (on_stack(fp, task) && !is_text(*(unsigned long *)fp)) {
			if (!consume_entry(cookie, pc))
				return;
			pc = regs->ARM_lr;
			fp = *(unsigned long *)fp;
		}
	} else if (task == current) {
		fp = (unsigned long)__builtin_frame_address(0);
		pc = (unsigned long)arch_stack_walk;
	} else {
		fp = thread_saved_fp(task);
		pc = thread_saved_pc(task);
	}
	while (consume_entry(cookie, pc)) {
		if (!on_stack(fp, task))
			break;
		pc = *(unsigned long *)fp;
		fp = *(unsigned long *)(fp - 4);
		if (!pc)
			break;
	}
}

struct backtrace_state {
	const char *loglvl;
	unsigned long where;	/* the function we are in */
};

/* As Linux/arm (no BACKTRACE_VERBOSE): " <function> from <caller+off>" */
static bool dump_one(void *cookie, unsigned long pc)
{
	struct backtrace_state *bt = cookie;

	if (bt->where)
		printk("%s %ps from %pS\n", bt->loglvl, (void *)bt->where,
		       (void *)pc);
	bt->where = pc;
	return true;
}

void dump_backtrace(struct pt_regs *regs, struct task_struct *tsk,
		    const char *loglvl)
{
	struct backtrace_state bt = { .loglvl = loglvl };

	printk("%sCall trace: \n", loglvl);
	arch_stack_walk(dump_one, &bt, tsk, regs);
}

void show_stack(struct task_struct *tsk, unsigned long *sp, const char *loglvl)
{
	dump_backtrace(NULL, tsk, loglvl);
}

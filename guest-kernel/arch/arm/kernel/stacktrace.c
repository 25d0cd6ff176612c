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
#include <asm/irq.h>
#include <asm/ptrace.h>
#include <asm/sections.h>
#include <asm/stacktrace.h>
#include <asm/traps.h>
#include <linux/string.h>

static bool is_text(unsigned long addr)
{
	return (addr >= (unsigned long)_stext && addr < (unsigned long)_etext) ||
	       (addr >= (unsigned long)_sinittext && addr < (unsigned long)_einittext) ||
	       __module_text_address(addr);
}

/*
 * A frame record (fp-4 and fp) on the task's stack, or on the interrupt
 * stack when walking the task it interrupted: the first frame there still
 * links to the task's (call_on_irq_stack() keeps fp), as Linux/arm's
 * unwinder crosses from one to the other.
 */
static bool on_stack(unsigned long addr, struct task_struct *task)
{
	unsigned long low = (unsigned long)task_stack_page(task);

	if (addr >= low + 4 && addr < low + THREAD_SIZE)
		return true;
	return task == current && addr >= 4 && on_irq_stack(addr - 4, 8);
}

/* Called with each frame's pc and its frame pointer, innermost first; false stops the walk. */
typedef bool (*frame_fn)(void *cookie, unsigned long pc, unsigned long fp);

static void walk_frames(struct task_struct *task, struct pt_regs *regs,
			frame_fn fn, void *cookie)
{
	unsigned long fp, pc;

	if (!task)
		task = current;
	if (regs) {
		fp = regs->ARM_fp;
		pc = regs->ARM_pc;
		if (on_stack(fp, task) && !is_text(*(unsigned long *)fp)) {
			if (!fn(cookie, pc, fp))
				return;
			pc = regs->ARM_lr;
			fp = *(unsigned long *)fp;
		}
	} else if (task == current) {
		fp = (unsigned long)__builtin_frame_address(0);
		pc = (unsigned long)walk_frames;
	} else {
		fp = thread_saved_fp(task);
		pc = thread_saved_pc(task);
	}
	while (fn(cookie, pc, fp)) {
		if (!on_stack(fp, task))
			break;
		pc = *(unsigned long *)fp;
		fp = *(unsigned long *)(fp - 4);
		if (!pc)
			break;
	}
}

struct consumer {
	stack_trace_consume_fn consume;
	void *cookie;
};

static bool consume_pc(void *cookie, unsigned long pc, unsigned long fp)
{
	struct consumer *c = cookie;

	return c->consume(c->cookie, pc);
}

void arch_stack_walk(stack_trace_consume_fn consume_entry, void *cookie,
		     struct task_struct *task, struct pt_regs *regs)
{
	struct consumer c = { consume_entry, cookie };

	walk_frames(task, regs, consume_pc, &c);
}

static bool in_entry_text(unsigned long addr)
{
	return addr >= (unsigned long)__entry_text_start &&
	       addr < (unsigned long)__entry_text_end;
}

struct backtrace_state {
	const char *loglvl;
	unsigned long where;	/* the function we are in */
	unsigned long frame;	/* its frame pointer */
};

/*
 * As Linux/arm (no BACKTRACE_VERBOSE): " <function> from <caller+off>"; a
 * function the exception entry called has the entry's pt_regs just above
 * its frame, dumped as the "Exception stack".
 */
static bool dump_one(void *cookie, unsigned long pc, unsigned long fp)
{
	struct backtrace_state *bt = cookie;
	unsigned long regs = bt->frame + 4;

	if (bt->where) {
		printk("%s %ps from %pS\n", bt->loglvl, (void *)bt->where,
		       (void *)pc);
		if (in_entry_text(pc) &&
		    regs + sizeof(struct pt_regs) <= ALIGN(regs, THREAD_SIZE))
			dump_mem(bt->loglvl, "Exception stack", regs,
				 regs + sizeof(struct pt_regs));
	}
	bt->where = pc;
	bt->frame = fp;
	return true;
}

/*
 * Linux/arm's unwinder needs the unwind table of the code it starts in:
 * from a pc outside the kernel's and the modules' text (freed module
 * code, say) it goes on from lr only if lr is the kernel's text, and
 * otherwise prints no frame at all; and so do we.
 */
void dump_backtrace(struct pt_regs *regs, struct task_struct *tsk,
		    const char *loglvl)
{
	struct backtrace_state bt = { .loglvl = loglvl };
	unsigned long lr = regs ? regs->ARM_lr : 0;

	if (regs && !is_text(instruction_pointer(regs)) &&
	    !(lr >= (unsigned long)_stext && lr < (unsigned long)_etext))
		return;
	walk_frames(tsk, regs, dump_one, &bt);
}

void show_stack(struct task_struct *tsk, unsigned long *sp, const char *loglvl)
{
	dump_backtrace(NULL, tsk, loglvl);
}

// SPDX-License-Identifier: GPL-2.0
/*
 * Task state: printing registers, starting and switching tasks, and the
 * machine_* end of power off / restart.
 */
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <linux/sched.h>
#include <linux/stddef.h>
#include <linux/string.h>
#include <linux/sched/task.h>
#include <asm/fpsimd.h>
#include <asm/irqflags.h>
#include <asm/sysreg.h>
#include <asm/ptrace.h>
#include <asm/stacktrace.h>
#include <asm/traps.h>

/* entry.S uses these offsets; keep them in step with struct pt_regs. */
_Static_assert(offsetof(struct pt_regs, regs[30]) == S_LR, "S_LR");
_Static_assert(offsetof(struct pt_regs, sp) == S_SP, "S_SP");
_Static_assert(offsetof(struct pt_regs, pc) == S_PC, "S_PC");
_Static_assert(offsetof(struct pt_regs, pstate) == S_PSTATE, "S_PSTATE");
_Static_assert(offsetof(struct pt_regs, orig_x0) == S_ORIG_X0, "S_ORIG_X0");
_Static_assert(offsetof(struct pt_regs, syscallno) == S_SYSCALLNO, "S_SYSCALLNO");
_Static_assert(offsetof(struct pt_regs, stackframe) == S_STACKFRAME, "S_STACKFRAME");
_Static_assert(sizeof(struct pt_regs) == PT_REGS_SIZE, "PT_REGS_SIZE");

void (*pm_power_off)(void);
void (*pm_restart)(void);

extern struct task_struct *__entry_task;
void ret_from_fork(void);
struct task_struct *cpu_switch_to(struct cpu_context *prev,
				  struct cpu_context *next,
				  struct task_struct *next_task,
				  struct task_struct *prev_task);

static const char *const btypes[] = {
	[PSR_BTYPE_NONE >> PSR_BTYPE_SHIFT]	= "--",
	[PSR_BTYPE_JC >> PSR_BTYPE_SHIFT]	= "jc",
	[PSR_BTYPE_C >> PSR_BTYPE_SHIFT]	= "-c",
	[PSR_BTYPE_J >> PSR_BTYPE_SHIFT]	= "j-",
};

static void print_pstate(struct pt_regs *regs)
{
	u64 pstate = regs->pstate;

	printk("pstate: %08llx (%c%c%c%c %c%c%c%c %cPAN %cUAO %cTCO %cDIT %cSSBS BTYPE=%s)\n",
	       pstate,
	       pstate & PSR_N_BIT ? 'N' : 'n',
	       pstate & PSR_Z_BIT ? 'Z' : 'z',
	       pstate & PSR_C_BIT ? 'C' : 'c',
	       pstate & PSR_V_BIT ? 'V' : 'v',
	       pstate & PSR_D_BIT ? 'D' : 'd',
	       pstate & PSR_A_BIT ? 'A' : 'a',
	       pstate & PSR_I_BIT ? 'I' : 'i',
	       pstate & PSR_F_BIT ? 'F' : 'f',
	       pstate & PSR_PAN_BIT ? '+' : '-',
	       pstate & PSR_UAO_BIT ? '+' : '-',
	       pstate & PSR_TCO_BIT ? '+' : '-',
	       pstate & PSR_DIT_BIT ? '+' : '-',
	       pstate & PSR_SSBS_BIT ? '+' : '-',
	       btypes[(pstate & PSR_BTYPE_MASK) >> PSR_BTYPE_SHIFT]);
}

void __show_regs(struct pt_regs *regs)
{
	int i = 29;

	dump_stack_print_info(KERN_DEFAULT);
	print_pstate(regs);

	if (!user_mode(regs)) {
		printk("pc : %pS\n", (void *)regs->pc);
		printk("lr : %pS\n", (void *)regs->regs[30]);
	} else {
		printk("pc : %016llx\n", regs->pc);
		printk("lr : %016llx\n", regs->regs[30]);
	}
	printk("sp : %016llx\n", regs->sp);

	/* three registers a line, from x29 down: "x29: ... x28: ... x27: ..." */
	while (i >= 0) {
		printk("x%-2d: %016llx", i, regs->regs[i]);
		while (i-- % 3)
			pr_cont(" x%-2d: %016llx", i, regs->regs[i]);
		pr_cont("\n");
	}
}

void show_regs(struct pt_regs *regs)
{
	__show_regs(regs);
	dump_backtrace(regs, NULL, KERN_DEFAULT);
}

/*
 * A new task's first switch lands in ret_from_fork. A kernel thread has
 * x19 = fn and x20 = arg (and calls fn); a forked user task has x19 = 0
 * and goes straight back to user space with a copy of its parent's
 * registers, returning 0 from clone(). The frame pointer is the zeroed
 * record at the top of the stack, where backtraces stop.
 */
int copy_thread(struct task_struct *p, unsigned long clone_flags,
		unsigned long stack_start, unsigned long tls,
		int (*fn)(void *), void *arg)
{
	struct pt_regs *childregs = task_pt_regs(p);

	memset(&p->thread.cpu_context, 0, sizeof(p->thread.cpu_context));
	if (!fn) {
		*childregs = *current_pt_regs();
		childregs->regs[0] = 0;
		if (stack_start)
			childregs->sp = stack_start;
		fpsimd_preserve_current_state();
		p->thread.uw = current->thread.uw;
		p->thread.uw.tp_value = read_sysreg(tpidr_el0);
		if (clone_flags & CLONE_SETTLS)
			p->thread.uw.tp_value = tls;
	} else {
		memset(childregs, 0, sizeof(*childregs));
		p->thread.cpu_context.x19 = (unsigned long)fn;
		p->thread.cpu_context.x20 = (unsigned long)arg;
	}
	childregs->stackframe[0] = childregs->stackframe[1] = 0;
	p->thread.cpu_context.pc = (unsigned long)ret_from_fork;
	p->thread.cpu_context.sp = (unsigned long)childregs;
	p->thread.cpu_context.fp = (unsigned long)childregs->stackframe;
	return 0;
}

/* exec: the registers a new program starts with (all zero but pc and sp). */
void start_thread(struct pt_regs *regs, unsigned long pc, unsigned long sp)
{
	memset(regs, 0, sizeof(regs->regs));
	regs->pc = pc;
	regs->sp = sp;
	regs->pstate = PSR_MODE_EL0t;
	regs->orig_x0 = 0;
	regs->syscallno = NO_SYSCALL;
}

/* exec: forget the old program's TLS and FP/SIMD state. */
void flush_thread(void)
{
	fpsimd_flush_thread();
	current->thread.uw.tp_value = 0;
	write_sysreg(0, tpidr_el0);
}

static void tls_thread_switch(struct task_struct *next)
{
	current->thread.uw.tp_value = read_sysreg(tpidr_el0);
	write_sysreg(next->thread.uw.tp_value, tpidr_el0);
}

struct task_struct *__switch_to(struct task_struct *prev,
				struct task_struct *next)
{
	fpsimd_thread_switch(next);
	tls_thread_switch(next);
	__entry_task = next;
	return cpu_switch_to(&prev->thread.cpu_context,
			     &next->thread.cpu_context, next, prev);
}

/* Where a sleeping task is: the function that called schedule(). */
unsigned long get_wchan(struct task_struct *p)
{
	if (!p || p == current || p->__state == TASK_RUNNING)
		return 0;
	return thread_saved_pc(p);
}

void machine_power_off(void)
{
	local_irq_disable();
	if (pm_power_off)
		pm_power_off();
	for (;;)
		asm volatile("wfi");
}

/* Halt: stop here for good (the board sees a CPU that never wakes). */
void machine_halt(void)
{
	local_irq_disable();
	for (;;)
		asm volatile("wfi");
}

void machine_restart(char *cmd)
{
	local_irq_disable();
	if (pm_restart)
		pm_restart();
	printk("Reboot failed -- System halted\n");
	for (;;)
		asm volatile("wfi");
}

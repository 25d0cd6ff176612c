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
#include <asm/irqflags.h>
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
				  struct task_struct *next_task);

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
 * A new task's first switch lands in ret_from_fork with x19 = fn and
 * x20 = arg. Its frame pointer is the zeroed record at the top of its
 * stack, where backtraces stop.
 */
int copy_thread(struct task_struct *p, int (*fn)(void *), void *arg)
{
	struct pt_regs *childregs = task_pt_regs(p);

	memset(childregs, 0, sizeof(*childregs));
	memset(&p->thread.cpu_context, 0, sizeof(p->thread.cpu_context));
	p->thread.cpu_context.x19 = (unsigned long)fn;
	p->thread.cpu_context.x20 = (unsigned long)arg;
	p->thread.cpu_context.pc = (unsigned long)ret_from_fork;
	p->thread.cpu_context.sp = (unsigned long)childregs;
	p->thread.cpu_context.fp = (unsigned long)childregs->stackframe;
	return 0;
}

struct task_struct *__switch_to(struct task_struct *prev,
				struct task_struct *next)
{
	__entry_task = next;
	return cpu_switch_to(&prev->thread.cpu_context,
			     &next->thread.cpu_context, next);
}

void machine_power_off(void)
{
	local_irq_disable();
	if (pm_power_off)
		pm_power_off();
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

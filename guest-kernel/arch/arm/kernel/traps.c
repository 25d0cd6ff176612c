// SPDX-License-Identifier: GPL-2.0
/*
 * Undefined instructions (BUG() and WARN() among them), unexpected
 * exceptions, and the oops report, as Linux/arm's traps.c: "Internal
 * error: ...", the registers, the backtrace and the code around pc.
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/module.h>
#include <linux/panic.h>
#include <linux/preempt.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/init.h>
#include <linux/reboot.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <asm/bug.h>
#include <asm/cacheflush.h>
#include <asm/mmu_context.h>
#include <asm/sysreg.h>
#include <asm/ptrace.h>
#include <asm/stacktrace.h>
#include <asm/irq.h>
#include <asm/traps.h>

int show_unhandled_signals = 1;

static const char *handler[] = { "prefetch abort", "data abort", "address exception",
				 "interrupt", "undefined instruction" };

/* A kernel word, or false where nothing is mapped (get_kernel_nofault()). */
static bool read_kernel_word(unsigned long addr, u32 *val)
{
	if (!kern_addr_valid(addr) || !kern_addr_valid(addr + 3))
		return false;
	*val = *(u32 *)addr;
	return true;
}

/*
 * The words of [bottom, top) under a title, eight to a line (the line's
 * words before bottom blank, "????????" where nothing is mapped), as
 * Linux/arm's dump_mem().
 */
void dump_mem(const char *lvl, const char *title, unsigned long bottom,
	      unsigned long top)
{
	unsigned long first, p;
	int i;

	printk("%s%s(0x%08lx to 0x%08lx)\n", lvl, title, bottom, top);
	for (first = bottom & ~31UL; first < top; first += 32) {
		char str[sizeof(" 12345678") * 8 + 1];

		memset(str, ' ', sizeof(str));
		str[sizeof(str) - 1] = '\0';
		for (p = first, i = 0; i < 8 && p < top; i++, p += 4) {
			u32 val;

			if (p < bottom)
				continue;
			if (read_kernel_word(p, &val))
				sprintf(str + i * 9, " %08x", val);
			else
				sprintf(str + i * 9, " ????????");
		}
		printk("%s%04lx:%s\n", lvl, first & 0xffff, str);
	}
}

/* The instructions before and at pc, as Linux's dump_instr(): "Code: ... (e7f001f2)" */
static void dump_instr(const char *lvl, struct pt_regs *regs)
{
	unsigned long addr = instruction_pointer(regs);
	char str[sizeof("00000000 ") * 5 + 2 + 1], *p = str;
	int i;

	if (thumb_mode(regs))
		return;
	for (i = -4; i < 1; i++) {
		u32 val;

		if (!read_kernel_word(addr + 4 * i, &val)) {
			p += sprintf(p, "bad PC value");
			break;
		}
		p += sprintf(p, i == 0 ? "(%08x) " : "%08x ", val);
	}
	printk("%sCode: %s\n", lvl, str);
}

static void __die(const char *str, int err, struct pt_regs *regs)
{
	static int die_counter;
	unsigned long sp = regs->ARM_sp;

	pr_emerg("Internal error: %s: %x [#%d] SMP ARM\n", str, err, ++die_counter);
	print_modules();
	__show_regs(regs);
	__show_regs_alloc_free(regs);
	pr_emerg("Process %.*s (pid: %d, stack limit = 0x%p)\n", TASK_COMM_LEN,
		 current->comm, task_pid_nr(current), task_stack_page(current));
	if (!user_mode(regs) || in_interrupt()) {
		dump_mem(KERN_EMERG, "Stack: ", sp,
			 ALIGN(sp - THREAD_SIZE, THREAD_ALIGN) + THREAD_SIZE);
		dump_backtrace(regs, NULL, KERN_EMERG);
		dump_instr(KERN_EMERG, regs);
	}
}

static int die_nesting;

/*
 * As Linux/arm's die(): oops_begin() (interrupts off, lock debugging off
 * quietly as oops_enter() does), the report, then oops_end() (the taint,
 * interrupts as they were) and the task's end.
 */
void die(const char *str, struct pt_regs *regs, int err)
{
	unsigned long flags;

	if (die_nesting++)
		machine_power_off();

	local_irq_save(flags);
	debug_locks_off();
	console_verbose();
	bust_spinlocks(1);
	__die(str, err, regs);
	bust_spinlocks(0);
	add_taint(TAINT_DIE, LOCKDEP_NOW_UNRELIABLE);
	local_irq_restore(flags);
	oops_exit();

	if (in_interrupt())
		panic("%s: Fatal exception in interrupt", str);
	if (panic_on_oops)
		panic("%s: Fatal exception", str);

	die_nesting--;
	make_task_dead(SIGSEGV);
}

void arm_notify_die(const char *str, struct pt_regs *regs, int signo,
		    int si_code, void __user *addr, unsigned long err,
		    unsigned long trap)
{
	if (user_mode(regs)) {
		current->thread.error_code = err;
		current->thread.trap_no = trap;
		force_sig_fault(signo, si_code, addr);
	} else {
		die(str, regs, err);
	}
}

/*
 * CONFIG_VMAP_STACK: the stack the exception entry moves to when the
 * task's ran into its guard page (entry-armv.S's do_overflow_check), a
 * page of its own for the CPU, as Linux/arm's.
 */
asmlinkage u8 *overflow_stack_ptr;

static int __init allocate_overflow_stacks(void)
{
	u8 *stack = (u8 *)__get_free_page(GFP_KERNEL);

	if (WARN_ON(!stack))
		return -ENOMEM;
	overflow_stack_ptr = stack + OVERFLOW_STACK_SIZE;
	return 0;
}
early_initcall(allocate_overflow_stacks);

/* Where each stack lies, then the oops, whose registers are the faulting ones. */
asmlinkage void handle_bad_stack(struct pt_regs *regs)
{
	unsigned long task_stk = (unsigned long)current->stack;
	unsigned long irq_stk = (unsigned long)irq_stack + IRQ_STACK_SIZE;
	unsigned long ovf_stk = (unsigned long)overflow_stack_ptr;

	console_verbose();
	pr_emerg("Insufficient stack space to handle exception!\n");
	pr_emerg("Task stack:     [0x%08lx..0x%08lx]\n",
		 task_stk, task_stk + THREAD_SIZE);
	pr_emerg("IRQ stack:      [0x%08lx..0x%08lx]\n",
		 irq_stk - IRQ_STACK_SIZE, irq_stk);
	pr_emerg("Overflow stack: [0x%08lx..0x%08lx]\n",
		 ovf_stk - OVERFLOW_STACK_SIZE, ovf_stk);
	die("kernel stack overflow", regs, 0);
}

/* BUG() and WARN(): the BUG_INSTR_VALUE with a __bug_table entry. */
static bool bug_trap(struct pt_regs *regs)
{
	unsigned long pc = instruction_pointer(regs);

	if (thumb_mode(regs) || *(u32 *)pc != BUG_INSTR_VALUE)
		return false;
	switch (report_bug(pc, regs)) {
	case BUG_TRAP_TYPE_WARN:
		regs->ARM_pc += 4;
		return true;
	case BUG_TRAP_TYPE_BUG:
		die("Oops - BUG", regs, 0);
		return true;
	default:
		return false;
	}
}

asmlinkage void do_undefinstr(struct pt_regs *regs)
{
	/* the stub left pc after the instruction */
	regs->ARM_pc -= thumb_mode(regs) ? 2 : 4;

	if (!user_mode(regs)) {
		if (bug_trap(regs))
			return;
		die("Oops - undefined instruction", regs, 0);
		return;
	}
	if (show_unhandled_signals)
		pr_info("%s (%d): undefined instruction: pc=%08lx\n",
			current->comm, task_pid_nr(current), regs->ARM_pc);
	arm_notify_die("Oops - undefined instruction", regs, SIGILL,
		       ILL_ILLOPC, (void __user *)regs->ARM_pc, 0, 6);
}

asmlinkage void __und_usr(struct pt_regs *regs)
{
	local_irq_enable();
	do_undefinstr(regs);
}

/* In the kernel: with interrupts off, as Linux's __und_svc (BUG() dies so). */
asmlinkage void __und_svc(struct pt_regs *regs)
{
	do_undefinstr(regs);
}

/* FIQs and the reset vector: never expected. */
asmlinkage void bad_mode(struct pt_regs *regs, int reason)
{
	console_verbose();
	pr_crit("Bad mode in %s handler detected\n", handler[reason]);
	die("Oops - bad mode", regs, 0);
	local_irq_disable();
	panic("bad mode");
}

asmlinkage void __bad_mode_usr(struct pt_regs *regs)
{
	bad_mode(regs, 3);
}

asmlinkage void __bad_mode_svc(struct pt_regs *regs)
{
	bad_mode(regs, 3);
}

extern const char __vectors_start[], __vectors_end[];
extern const char __stubs_start[], __stubs_end[];
extern const char __kuser_helper_start[], __kuser_helper_end[];

/* The vectors page and the stubs page above it, in the kernel image. */
static u8 vectors_pages[2][PAGE_SIZE] __aligned(PAGE_SIZE);

/*
 * The high vectors, as Linux/arm's early_trap_init(): the vectors and
 * the kuser helpers in one page at 0xffff0000 (user space may read and
 * run it: the [vectors] gate area), the stubs' addresses in a page above
 * it the kernel alone reads; then SCTLR.V moves the vectors there from
 * VBAR, which served the boot until now.
 */
static int __init early_trap_init(void)
{
	size_t kuser_sz = __kuser_helper_end - __kuser_helper_start;
	u8 *vectors = vectors_pages[0];

	memcpy(vectors, __vectors_start, __vectors_end - __vectors_start);
	memcpy(vectors + PAGE_SIZE - kuser_sz, __kuser_helper_start, kuser_sz);
	memcpy(vectors_pages[1], __stubs_start, __stubs_end - __stubs_start);
	map_vectors_page(vectors, vectors_pages[1]);
	flush_icache_range(VECTORS_BASE, VECTORS_BASE + 2 * PAGE_SIZE);
	write_cp15(read_cp15(c1, 0, c0, 0) | CR_V, c1, 0, c0, 0);
	isb();
	return 0;
}
early_initcall(early_trap_init);

// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel-mode traps: die() and its oops report, undefined instructions,
 * BUG() through brk, SError. The report follows Linux 6.1 line by line.
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/hardirq.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/reboot.h>
#include <linux/sched.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <asm/esr.h>
#include <asm/ptrace.h>
#include <asm/sysreg.h>
#include <asm/stacktrace.h>
#include <asm/traps.h>

#include <linux/sched/signal.h>
#include <linux/signal.h>
#include <linux/fs.h>
#include <linux/dcache.h>

static const char *esr_class_str[] = {
	[0 ... ESR_ELx_EC_MAX]		= "UNRECOGNIZED EC",
	[ESR_ELx_EC_UNKNOWN]		= "Unknown/Uncategorized",
	[ESR_ELx_EC_WFx]		= "WFI/WFE",
	[ESR_ELx_EC_CP15_32]		= "CP15 MCR/MRC",
	[ESR_ELx_EC_CP15_64]		= "CP15 MCRR/MRRC",
	[ESR_ELx_EC_CP14_MR]		= "CP14 MCR/MRC",
	[ESR_ELx_EC_CP14_LS]		= "CP14 LDC/STC",
	[ESR_ELx_EC_FP_ASIMD]		= "ASIMD",
	[ESR_ELx_EC_CP10_ID]		= "CP10 MRC/VMRS",
	[ESR_ELx_EC_PAC]		= "PAC",
	[ESR_ELx_EC_CP14_64]		= "CP14 MCRR/MRRC",
	[ESR_ELx_EC_BTI]		= "BTI",
	[ESR_ELx_EC_ILL]		= "PSTATE.IL",
	[ESR_ELx_EC_SVC32]		= "SVC (AArch32)",
	[ESR_ELx_EC_HVC32]		= "HVC (AArch32)",
	[ESR_ELx_EC_SMC32]		= "SMC (AArch32)",
	[ESR_ELx_EC_SVC64]		= "SVC (AArch64)",
	[ESR_ELx_EC_HVC64]		= "HVC (AArch64)",
	[ESR_ELx_EC_SMC64]		= "SMC (AArch64)",
	[ESR_ELx_EC_SYS64]		= "MSR/MRS (AArch64)",
	[ESR_ELx_EC_SVE]		= "SVE",
	[ESR_ELx_EC_ERET]		= "ERET/ERETAA/ERETAB",
	[ESR_ELx_EC_FPAC]		= "FPAC",
	[ESR_ELx_EC_SME]		= "SME",
	[ESR_ELx_EC_IMP_DEF]		= "EL3 IMP DEF",
	[ESR_ELx_EC_IABT_LOW]		= "IABT (lower EL)",
	[ESR_ELx_EC_IABT_CUR]		= "IABT (current EL)",
	[ESR_ELx_EC_PC_ALIGN]		= "PC Alignment",
	[ESR_ELx_EC_DABT_LOW]		= "DABT (lower EL)",
	[ESR_ELx_EC_DABT_CUR]		= "DABT (current EL)",
	[ESR_ELx_EC_SP_ALIGN]		= "SP Alignment",
	[ESR_ELx_EC_FP_EXC32]		= "FP (AArch32)",
	[ESR_ELx_EC_FP_EXC64]		= "FP (AArch64)",
	[ESR_ELx_EC_SERROR]		= "SError",
	[ESR_ELx_EC_BREAKPT_LOW]	= "Breakpoint (lower EL)",
	[ESR_ELx_EC_BREAKPT_CUR]	= "Breakpoint (current EL)",
	[ESR_ELx_EC_SOFTSTP_LOW]	= "Software Step (lower EL)",
	[ESR_ELx_EC_SOFTSTP_CUR]	= "Software Step (current EL)",
	[ESR_ELx_EC_WATCHPT_LOW]	= "Watchpoint (lower EL)",
	[ESR_ELx_EC_WATCHPT_CUR]	= "Watchpoint (current EL)",
	[ESR_ELx_EC_BKPT32]		= "BKPT (AArch32)",
	[ESR_ELx_EC_VECTOR32]		= "Vector catch (AArch32)",
	[ESR_ELx_EC_BRK64]		= "BRK (AArch64)",
};

const char *esr_get_class_string(unsigned long esr)
{
	return esr_class_str[ESR_ELx_EC(esr)];
}

static int die_nesting;

/*
 * An exception while an oops or a panic is being reported would only
 * recurse (the report itself faulted): stop the board instead.
 */
void exception_nesting_check(void)
{
	if (panic_in_progress() || die_nesting)
		machine_power_off();
}

/* Read a kernel instruction, failing instead of faulting on a bad pc. */
int aarch64_insn_read(void *addr, u32 *insnp)
{
	if (((unsigned long)addr & 3) || !kern_addr_valid((unsigned long)addr))
		return -1;
	*insnp = *(u32 *)addr;
	return 0;
}

/* "Code: " and the four instructions before pc, then (pc's own). */
static void dump_kernel_instr(const char *lvl, struct pt_regs *regs)
{
	unsigned long addr = instruction_pointer(regs);
	char str[sizeof("00000000 ") * 5 + 2 + 1], *p = str;
	int i;

	if (user_mode(regs))
		return;

	for (i = -4; i < 1; i++) {
		u32 val;

		if (aarch64_insn_read(&((u32 *)addr)[i], &val)) {
			p += sprintf(p, "bad PC value");
			break;
		}
		p += sprintf(p, i == 0 ? "(%08x) " : "%08x ", val);
	}
	printk("%sCode: %s\n", lvl, str);
}

static void __die(const char *str, long err, struct pt_regs *regs)
{
	static int die_counter;

	pr_emerg("Internal error: %s: %016lx [#%d] SMP\n", str, err,
		 ++die_counter);
	print_modules();
	show_regs(regs);
	dump_kernel_instr(KERN_EMERG, regs);
}

void die(const char *str, struct pt_regs *regs, long err)
{
	if (die_nesting++)
		machine_power_off();

	debug_locks_off();	/* Linux's oops_enter(): quietly */
	console_verbose();
	bust_spinlocks(1);
	__die(str, err, regs);
	bust_spinlocks(0);
	add_taint(TAINT_DIE, LOCKDEP_NOW_UNRELIABLE);
	oops_exit();

	if (in_interrupt())
		panic("%s: Fatal exception in interrupt", str);
	if (panic_on_oops)
		panic("%s: Fatal exception", str);

	die_nesting--;
	make_task_dead(SIGSEGV);
}

/* debug.exception-trace: 0 on Debian, so unhandled user faults are quiet. */
int show_unhandled_signals;

/* " in <file>[<start>+<size>]": the mapping pc is in, if it has a file. */
static void print_vma_addr(const char *prefix, unsigned long ip)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma = mm ? find_vma(mm, ip) : NULL;
	char *buf, *p;

	if (!vma || vma->vm_start > ip || !vma->vm_file)
		return;
	buf = (char *)__get_free_page(GFP_KERNEL);
	if (!buf)
		return;
	p = d_path(&vma->vm_file->f_path, buf, PAGE_SIZE);
	if (IS_ERR(p))
		p = "?";
	else if (strrchr(p, '/'))
		p = strrchr(p, '/') + 1;
	printk("%s%s[%lx+%lx]", prefix, p, vma->vm_start,
	       vma->vm_end - vma->vm_start);
	free_page((unsigned long)buf);
}

static void arm64_show_signal(int signo, const char *str)
{
	struct task_struct *tsk = current;
	unsigned long esr = tsk->thread.fault_code;
	struct pt_regs *regs = task_pt_regs(tsk);

	if (!show_unhandled_signals || !unhandled_signal(tsk, signo))
		return;
	pr_info("%s[%d]: unhandled exception: ", tsk->comm, task_pid_nr(tsk));
	if (esr)
		pr_cont("%s, ESR 0x%016lx, ", esr_get_class_string(esr), esr);
	pr_cont("%s", str);
	print_vma_addr(KERN_CONT " in ", regs->pc);
	pr_cont("\n");
	__show_regs(regs);
}

void arm64_force_sig_fault(int signo, int code, unsigned long far,
			   const char *str)
{
	arm64_show_signal(signo, str);
	if (signo == SIGKILL)
		force_sig(SIGKILL);
	else
		force_sig_fault(signo, code, (void __user *)far);
}

/* A trap: a signal for user space, an oops for the kernel. */
void arm64_notify_die(const char *str, struct pt_regs *regs, int signo,
		      int sicode, unsigned long far, unsigned long err)
{
	if (user_mode(regs)) {
		current->thread.fault_address = 0;
		current->thread.fault_code = err;
		arm64_force_sig_fault(signo, sicode, far, str);
	} else {
		die(str, regs, err);
	}
}

static void force_signal_inject(int signal, int code, unsigned long address,
				unsigned long err)
{
	const char *desc = signal == SIGILL ? "undefined instruction" :
			   signal == SIGSEGV ? "illegal memory access" :
			   "unknown or unrecoverable error";

	arm64_notify_die(desc, current_pt_regs(), signal, code, address, err);
}

#define MIDR_CORTEX_A57		0x411fd070

/* MRS of an ID register at EL0: what Linux emulates (HWCAP_CPUID). */
static bool emulate_mrs(struct pt_regs *regs, u32 insn)
{
	u32 sysreg = (insn >> 5) & 0xffff;	/* op0:op1:CRn:CRm:op2 */
	int rt = insn & 0x1f;
	u64 val = 0;

	if ((insn & 0xfff00000) != 0xd5300000)
		return false;
	/* op0 = 3, op1 = 0, CRn = 0: the ID space */
	if ((sysreg & 0xff80) != 0xc000)
		return false;
	switch (sysreg & 0x7f) {
	case 0x00:		/* MIDR_EL1 */
		val = MIDR_CORTEX_A57;
		break;
	case 0x05:		/* MPIDR_EL1 */
		val = 0x80000000;
		break;
	case 0x20:		/* ID_AA64PFR0_EL1: EL0/EL1 AArch64, FP, AdvSIMD */
		val = 0x11;
		break;
	case 0x30:		/* ID_AA64ISAR0_EL1: AES+PMULL, SHA1, SHA2, CRC32 */
		val = 0x11120;
		break;
	}
	if (rt != 31)
		regs->regs[rt] = val;
	regs->pc += 4;
	return true;
}

static bool user_insn(struct pt_regs *regs, u32 *insn)
{
	return !copy_from_user(insn, (void __user *)regs->pc, 4);
}

void do_undefinstr(struct pt_regs *regs, unsigned long esr)
{
	u32 insn;

	if (!user_mode(regs))
		die("Oops - Undefined instruction", regs, esr);
	if (user_insn(regs, &insn) && emulate_mrs(regs, insn))
		return;
	force_signal_inject(SIGILL, ILL_ILLOPC, regs->pc, 0);
}

void do_sysinstr(unsigned long esr, struct pt_regs *regs)
{
	u32 insn;

	if (user_insn(regs, &insn) && emulate_mrs(regs, insn))
		return;
	force_signal_inject(SIGILL, ILL_ILLOPC, regs->pc, 0);
}

void bad_el0_sync(struct pt_regs *regs, int reason, unsigned long esr)
{
	current->thread.fault_address = 0;
	current->thread.fault_code = esr;
	arm64_force_sig_fault(SIGILL, ILL_ILLOPC, regs->pc,
			      "Bad EL0 synchronous exception");
}

/* BUG() dies; a WARN*() goes on after the brk. -1: not ours. */
int bug_handler(struct pt_regs *regs, unsigned long esr)
{
	switch (report_bug(regs->pc, regs)) {
	case BUG_TRAP_TYPE_BUG:
		die("Oops - BUG", regs, esr);
		break;
	case BUG_TRAP_TYPE_WARN:
		break;
	default:
		return -1;
	}
	regs->pc += 4;	/* arm64_skip_faulting_instruction() */
	return 0;
}

/* Where the exception entry goes when a task's stack has overflowed. */
unsigned long overflow_stack[OVERFLOW_STACK_SIZE / sizeof(unsigned long)]
	__aligned(16);

/*
 * The interrupt stack, IRQ_STACK_SIZE at THREAD_ALIGN like a task's (the
 * interrupt entry defines it; this weak one stands in until then).
 */
#ifndef IRQ_STACK_SIZE
#define IRQ_STACK_SIZE		THREAD_SIZE
#endif
unsigned long irq_stack[IRQ_STACK_SIZE / sizeof(unsigned long)]
	__aligned(THREAD_ALIGN) __weak;

/*
 * entry.S found sp past the bottom of the task's stack (CONFIG_VMAP_STACK
 * puts an unmapped page there): report it from the overflow stack and
 * panic, as Linux's panic_bad_stack() does.
 */
asmlinkage void handle_bad_stack(struct pt_regs *regs)
{
	unsigned long esr = read_sysreg(esr_el1);
	unsigned long far = read_sysreg(far_el1);
	unsigned long tsk_stk = (unsigned long)current->stack;
	unsigned long irq_stk = (unsigned long)irq_stack;
	unsigned long ovf_stk = (unsigned long)overflow_stack;

	console_verbose();
	pr_emerg("Insufficient stack space to handle exception!");
	pr_emerg("ESR: 0x%016lx -- %s\n", esr, esr_get_class_string(esr));
	pr_emerg("FAR: 0x%016lx\n", far);
	pr_emerg("Task stack:     [0x%016lx..0x%016lx]\n",
		 tsk_stk, tsk_stk + THREAD_SIZE);
	pr_emerg("IRQ stack:      [0x%016lx..0x%016lx]\n",
		 irq_stk, irq_stk + IRQ_STACK_SIZE);
	pr_emerg("Overflow stack: [0x%016lx..0x%016lx]\n",
		 ovf_stk, ovf_stk + OVERFLOW_STACK_SIZE);
	__show_regs(regs);
	nmi_panic(NULL, "kernel stack overflow");
}

void arm64_serror_panic(struct pt_regs *regs, unsigned long esr)
{
	add_taint(TAINT_MACHINE_CHECK, LOCKDEP_STILL_OK);
	console_verbose();

	pr_crit("SError Interrupt on CPU%d, code 0x%016lx -- %s\n",
		smp_processor_id(), esr, esr_get_class_string(esr));
	if (regs)
		__show_regs(regs);
	nmi_panic(regs, "Asynchronous SError Interrupt");
	unreachable();
}

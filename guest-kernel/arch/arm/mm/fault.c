// SPDX-License-Identifier: GPL-2.0
/*
 * Data and prefetch aborts, as Linux/arm's fault.c: the fault status
 * (short-descriptor FSR) picks the handler; user faults become page
 * faults or signals; a kernel translation fault in the vmalloc or module
 * area takes the kernel's first-level entry into the current table;
 * other kernel faults are fixed up (modules' exception tables) or oops.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <asm/extable.h>
#include <asm/mmu_context.h>
#include <asm/pgtable-hwdef.h>
#include <asm/ptrace.h>
#include <asm/sysreg.h>
#include <asm/traps.h>

#define FSR_WRITE	(1 << 11)
#define FSR_FS4		(1 << 10)
#define FSR_FS3_0	15

static inline int fsr_fs(unsigned int fsr)
{
	return (fsr & FSR_FS3_0) | (fsr & FSR_FS4) >> 6;
}

struct fsr_info {
	int (*fn)(unsigned long addr, unsigned int fsr, struct pt_regs *regs);
	int sig;
	int code;
	const char *name;
};

static int do_bad(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	return 1;
}

static int do_page_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs);
static int do_translation_fault(unsigned long addr, unsigned int fsr,
				struct pt_regs *regs);
static int do_sect_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs);

/* Linux/arm's fsr-2level.c names */
static const struct fsr_info fsr_info[32] = {
	[0 ... 31] = { do_bad, SIGBUS, 0, "unknown" },
	[1]  = { do_bad, SIGBUS, BUS_ADRALN, "alignment exception" },
	[2]  = { do_bad, SIGTRAP, TRAP_BRKPT, "debug event" },
	[3]  = { do_bad, SIGSEGV, SEGV_ACCERR, "section access flag fault" },
	[4]  = { do_bad, SIGBUS, 0, "unknown 4" },
	[5]  = { do_translation_fault, SIGSEGV, SEGV_MAPERR, "section translation fault" },
	[6]  = { do_bad, SIGSEGV, SEGV_ACCERR, "page access flag fault" },
	[7]  = { do_page_fault, SIGSEGV, SEGV_MAPERR, "page translation fault" },
	[8]  = { do_bad, SIGBUS, 0, "external abort on non-linefetch" },
	[9]  = { do_bad, SIGSEGV, SEGV_ACCERR, "section domain fault" },
	[11] = { do_bad, SIGSEGV, SEGV_ACCERR, "page domain fault" },
	[12] = { do_bad, SIGBUS, 0, "external abort on translation" },
	[13] = { do_sect_fault, SIGSEGV, SEGV_ACCERR, "section permission fault" },
	[14] = { do_bad, SIGBUS, 0, "external abort on translation" },
	[15] = { do_page_fault, SIGSEGV, SEGV_ACCERR, "page permission fault" },
};

/*
 * The page-table walk for addr, as Linux/arm's show_pte(): Linux's first
 * level is pairs of hardware entries (the even one shown), and a page
 * table keeps Linux's ptes and the hardware's ("*pte", "*ppte"); ours
 * are the hardware's alone, so both show the one entry.
 */
static void show_pte(const char *lvl, struct mm_struct *mm, unsigned long addr)
{
	pgd_t *pgd = mm ? mm->pgd : swapper_pg_dir;
	u32 pmd = pgd[(addr >> SECTION_SHIFT) & ~1UL].pgd;

	printk("%s[%08lx] *pgd=%08x", lvl, addr, pmd);
	pmd = pgd[addr >> SECTION_SHIFT].pgd;
	if ((pmd & PMD_TYPE_MASK) == PMD_TYPE_TABLE) {
		pte_t *pte = (pte_t *)__va(pmd & PMD_TABLE_MASK) +
			     ((addr >> PAGE_SHIFT) & (PTRS_PER_PTE - 1));

		pr_cont(", *pte=%08x, *ppte=%08x", (u32)*pte, (u32)*pte);
	} else if ((pmd & PMD_TYPE_MASK) == PMD_TYPE_SECT) {
		pr_cont("(bad)");
	}
	pr_cont("\n");
}

static void __do_kernel_fault(struct mm_struct *mm, unsigned long addr,
			      unsigned int fsr, struct pt_regs *regs)
{
	if (fixup_exception(regs))
		return;
	bust_spinlocks(1);
	pr_alert("8<--- cut here ---\n");
	pr_alert("Unable to handle kernel %s at virtual address %08lx\n",
		 addr < PAGE_SIZE ? "NULL pointer dereference" : "paging request",
		 addr);
	show_pte(KERN_ALERT, mm, addr);
	die("Oops", regs, fsr);
	bust_spinlocks(0);
	make_task_dead(SIGKILL);
}

static void __do_user_fault(unsigned long addr, unsigned int fsr,
			    unsigned int sig, int code, struct pt_regs *regs)
{
	current->thread.fault_address = addr;
	current->thread.error_code = fsr;
	current->thread.trap_no = 14;
	force_sig_fault(sig, code, (void __user *)addr);
}

#define VM_FAULT_BADMAP		0x010000
#define VM_FAULT_BADACCESS	0x020000

static int user_fault(struct mm_struct *mm, unsigned long addr,
		      unsigned int fsr, unsigned int flags, bool exec)
{
	unsigned long vm_flags;
	struct vm_area_struct *vma;

	if (exec) {
		vm_flags = VM_EXEC;
		flags |= FAULT_FLAG_INSTRUCTION;
	} else if (fsr & FSR_WRITE) {
		vm_flags = VM_WRITE;
		flags |= FAULT_FLAG_WRITE;
	} else {
		vm_flags = VM_READ | VM_WRITE | VM_EXEC;
	}
	vma = find_vma(mm, addr);
	if (!vma)
		return VM_FAULT_BADMAP;
	if (vma->vm_start > addr && expand_stack(vma, addr))
		return VM_FAULT_BADMAP;
	if (!(vma->vm_flags & vm_flags))
		return VM_FAULT_BADACCESS;
	return handle_mm_fault(vma, addr, flags);
}

static int __do_page_fault(unsigned long addr, unsigned int fsr,
			   struct pt_regs *regs, bool exec)
{
	struct mm_struct *mm = current->mm;
	int fault;

	if (!user_mode(regs)) {
		/* a module's user access (exception table entry): fault the page in */
		if (mm && addr < TASK_SIZE && !exec &&
		    search_exception_tables(regs->ARM_pc) &&
		    !(user_fault(mm, addr, fsr, 0, false) &
		      (VM_FAULT_ERROR | VM_FAULT_BADMAP | VM_FAULT_BADACCESS)))
			return 0;
		__do_kernel_fault(mm, addr, fsr, regs);
		return 0;
	}
	if (!mm || addr >= TASK_SIZE) {
		__do_user_fault(addr, fsr, SIGSEGV, SEGV_MAPERR, regs);
		return 0;
	}
	fault = user_fault(mm, addr, fsr, FAULT_FLAG_USER, exec);
	if (!(fault & (VM_FAULT_ERROR | VM_FAULT_BADMAP | VM_FAULT_BADACCESS)))
		return 0;
	if (fault & VM_FAULT_OOM) {
		pagefault_out_of_memory();
		return 0;
	}
	if (fault & VM_FAULT_SIGBUS)
		__do_user_fault(addr, fsr, SIGBUS, BUS_ADRERR, regs);
	else
		__do_user_fault(addr, fsr, SIGSEGV, fault == VM_FAULT_BADACCESS ?
				SEGV_ACCERR : SEGV_MAPERR, regs);
	return 0;
}

static int do_page_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	return __do_page_fault(addr, fsr, regs, false);
}

/*
 * A first-level entry missing: the kernel's (vmalloc, modules) may not be
 * in this table yet; user addresses are page faults.
 */
static int do_translation_fault(unsigned long addr, unsigned int fsr,
				struct pt_regs *regs)
{
	unsigned int index = addr >> SECTION_SHIFT;
	pgd_t *pgd = current->active_mm ? current->active_mm->pgd : swapper_pg_dir;

	if (addr < TASK_SIZE)
		return do_page_fault(addr, fsr, regs);
	if (user_mode(regs) || pgd == swapper_pg_dir ||
	    !swapper_pg_dir[index].pgd || pgd[index].pgd == swapper_pg_dir[index].pgd) {
		__do_page_fault(addr, fsr, regs, false);
		return 0;
	}
	pgd_sync_kernel(pgd);
	flush_tlb_all();
	return 0;
}

static int do_sect_fault(unsigned long addr, unsigned int fsr, struct pt_regs *regs)
{
	__do_page_fault(addr, fsr, regs, false);
	return 0;
}

asmlinkage void do_DataAbort(unsigned long addr, unsigned int fsr,
			     struct pt_regs *regs)
{
	const struct fsr_info *inf = &fsr_info[fsr_fs(fsr)];

	if (!inf->fn(addr, fsr, regs))
		return;
	pr_alert("8<--- cut here ---\n");
	pr_alert("Unhandled fault: %s (0x%03x) at 0x%08lx\n", inf->name, fsr, addr);
	arm_notify_die("", regs, inf->sig, inf->code, (void __user *)addr, fsr, 0);
}

/* Linux's mark of a prefetch abort in the fsr its fault handlers (and the oops) see */
#define FSR_LNX_PF	(1U << 31)

asmlinkage void do_PrefetchAbort(unsigned long addr, unsigned int ifsr,
				 struct pt_regs *regs)
{
	int fs = fsr_fs(ifsr);

	if (fs == 5 || fs == 7 || fs == 13 || fs == 15) {
		ifsr = (ifsr & ~FSR_WRITE) | FSR_LNX_PF;
		if (addr >= TASK_SIZE && !user_mode(regs) && fs == 5 &&
		    !do_translation_fault(addr, ifsr, regs))
			return;
		__do_page_fault(addr, ifsr, regs, true);
		return;
	}
	pr_alert("Unhandled prefetch abort: %s (0x%03x) at 0x%08lx\n",
		 fsr_info[fs].name, ifsr, addr);
	arm_notify_die("", regs, fsr_info[fs].sig, fsr_info[fs].code,
		       (void __user *)addr, ifsr, 0);
}

static unsigned long read_dfar(void) { return read_cp15(c6, 0, c0, 0); }
static unsigned int read_dfsr(void) { return read_cp15(c5, 0, c0, 0); }
static unsigned long read_ifar(void) { return read_cp15(c6, 0, c0, 2); }
static unsigned int read_ifsr(void) { return read_cp15(c5, 0, c0, 1); }

/* The vectors' C side: user faults run with interrupts on, as Linux's. */
asmlinkage void __dabt_usr(struct pt_regs *regs)
{
	unsigned long addr = read_dfar();
	unsigned int fsr = read_dfsr();

	local_irq_enable();
	do_DataAbort(addr, fsr, regs);
}

asmlinkage void __dabt_svc(struct pt_regs *regs)
{
	unsigned long addr = read_dfar();
	unsigned int fsr = read_dfsr();

	if (interrupts_enabled(regs))
		local_irq_enable();
	do_DataAbort(addr, fsr, regs);
	local_irq_disable();
}

asmlinkage void __pabt_usr(struct pt_regs *regs)
{
	unsigned long addr = read_ifar();
	unsigned int ifsr = read_ifsr();

	local_irq_enable();
	do_PrefetchAbort(addr, ifsr, regs);
}

asmlinkage void __pabt_svc(struct pt_regs *regs)
{
	unsigned long addr = read_ifar();
	unsigned int ifsr = read_ifsr();

	if (interrupts_enabled(regs))
		local_irq_enable();
	do_PrefetchAbort(addr, ifsr, regs);
	local_irq_disable();
}

// SPDX-License-Identifier: GPL-2.0
/*
 * Aborts and debug exceptions. A user fault inside a vma is resolved
 * (demand paging, copy-on-write, stack growth); outside one, or against
 * its permissions, it is SIGSEGV/SIGBUS as on Linux. Every kernel fault
 * is fatal: described the way Linux 6.1 does (ESR decode, page table
 * walk) before die().
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <asm/bug.h>
#include <asm/esr.h>
#include <asm/extable.h>
#include <asm/pgtable-hwdef.h>
#include <asm/ptrace.h>
#include <asm/traps.h>


struct fault_info {
	int (*fn)(unsigned long far, unsigned long esr, struct pt_regs *regs);
	int sig;
	int code;
	const char *name;
};

static int do_bad(unsigned long far, unsigned long esr, struct pt_regs *regs);
static int do_translation_fault(unsigned long far, unsigned long esr,
				struct pt_regs *regs);
static int do_page_fault(unsigned long far, unsigned long esr,
			 struct pt_regs *regs);
static int do_alignment_fault(unsigned long far, unsigned long esr,
			      struct pt_regs *regs);

#define BAD(name)	{ do_bad, SIGKILL, SI_KERNEL, name }
#define TRANS(name)	{ do_translation_fault, SIGSEGV, SEGV_MAPERR, name }
#define PERM(name)	{ do_page_fault, SIGSEGV, SEGV_ACCERR, name }

static const struct fault_info fault_info[64] = {
	[0 ... 63]	= BAD(NULL),
	[0]	= BAD("ttbr address size fault"),
	[1]	= BAD("level 1 address size fault"),
	[2]	= BAD("level 2 address size fault"),
	[3]	= BAD("level 3 address size fault"),
	[4]	= TRANS("level 0 translation fault"),
	[5]	= TRANS("level 1 translation fault"),
	[6]	= TRANS("level 2 translation fault"),
	[7]	= TRANS("level 3 translation fault"),
	[9]	= PERM("level 1 access flag fault"),
	[10]	= PERM("level 2 access flag fault"),
	[11]	= PERM("level 3 access flag fault"),
	[13]	= PERM("level 1 permission fault"),
	[14]	= PERM("level 2 permission fault"),
	[15]	= PERM("level 3 permission fault"),
	[16]	= { do_bad, SIGBUS, BUS_OBJERR, "synchronous external abort" },
	[17]	= { do_bad, SIGSEGV, 9, "synchronous tag check fault" },
	[20]	= BAD("level 0 (translation table walk)"),
	[21]	= BAD("level 1 (translation table walk)"),
	[22]	= BAD("level 2 (translation table walk)"),
	[23]	= BAD("level 3 (translation table walk)"),
	[24]	= { do_bad, SIGBUS, BUS_OBJERR, "synchronous parity or ECC error" },
	[28]	= BAD("level 0 synchronous parity error (translation table walk)"),
	[29]	= BAD("level 1 synchronous parity error (translation table walk)"),
	[30]	= BAD("level 2 synchronous parity error (translation table walk)"),
	[31]	= BAD("level 3 synchronous parity error (translation table walk)"),
	[33]	= { do_alignment_fault, SIGBUS, BUS_ADRALN, "alignment fault" },
	[48]	= BAD("TLB conflict abort"),
	[49]	= BAD("Unsupported atomic hardware update fault"),
	[52]	= BAD("implementation fault (lockdown abort)"),
	[53]	= { do_bad, SIGBUS, BUS_OBJERR, "implementation fault (unsupported exclusive)" },
	[61]	= BAD("section domain fault"),
	[62]	= BAD("page domain fault"),
};

/* Unnamed fault status codes print as "unknown <n>". */
static const char *fault_name(unsigned long esr)
{
	static char unknown[16];
	const char *name = fault_info[esr & ESR_ELx_FSC].name;

	if (name)
		return name;
	sprintf(unknown, "unknown %lu", esr & ESR_ELx_FSC);
	return unknown;
}

static void data_abort_decode(unsigned long esr)
{
	pr_alert("Data abort info:\n");

	if (esr & ESR_ELx_ISV) {
		pr_alert("  Access size = %u byte(s)\n",
			 1U << ((esr & ESR_ELx_SAS) >> ESR_ELx_SAS_SHIFT));
		pr_alert("  SSE = %lu, SRT = %lu\n",
			 (esr & ESR_ELx_SSE) >> ESR_ELx_SSE_SHIFT,
			 (esr & ESR_ELx_SRT_MASK) >> ESR_ELx_SRT_SHIFT);
		pr_alert("  SF = %lu, AR = %lu\n",
			 (esr & ESR_ELx_SF) >> ESR_ELx_SF_SHIFT,
			 (esr & ESR_ELx_AR) >> ESR_ELx_AR_SHIFT);
	} else {
		pr_alert("  ISV = 0, ISS = 0x%08lx\n", esr & ESR_ELx_ISS_MASK);
	}

	pr_alert("  CM = %lu, WnR = %lu\n",
		 (esr & ESR_ELx_CM) >> ESR_ELx_CM_SHIFT,
		 (esr & ESR_ELx_WNR) >> ESR_ELx_WNR_SHIFT);
}

static void mem_abort_decode(unsigned long esr)
{
	pr_alert("Mem abort info:\n");

	pr_alert("  ESR = 0x%016lx\n", esr);
	pr_alert("  EC = 0x%02lx: %s, IL = %u bits\n",
		 ESR_ELx_EC(esr), esr_get_class_string(esr),
		 (esr & ESR_ELx_IL) ? 32 : 16);
	pr_alert("  SET = %lu, FnV = %lu\n",
		 (esr & ESR_ELx_SET_MASK) >> ESR_ELx_SET_SHIFT,
		 (esr & ESR_ELx_FnV) >> ESR_ELx_FnV_SHIFT);
	pr_alert("  EA = %lu, S1PTW = %lu\n",
		 (esr & ESR_ELx_EA) >> ESR_ELx_EA_SHIFT,
		 (esr & ESR_ELx_S1PTW) >> ESR_ELx_S1PTW_SHIFT);
	pr_alert("  FSC = 0x%02lx: %s\n", esr & ESR_ELx_FSC, fault_name(esr));

	if (esr_is_data_abort(esr))
		data_abort_decode(esr);
}

/*
 * The translation of addr, one descriptor per level; p4d is folded into
 * pgd with 4 levels, so it repeats the pgd entry, as in Linux.
 */
static void show_pte(unsigned long addr)
{
	static const char *const names[] = { "pud", "pmd", "pte" };
	struct mm_struct *mm = &init_mm;
	u64 *table, entry;
	int level;

	if (is_ttbr0_addr(addr)) {
		mm = current->active_mm;
		if (mm == &init_mm) {
			pr_alert("[%016lx] user address but active_mm is swapper\n",
				 addr);
			return;
		}
	} else if (!is_ttbr1_addr(addr)) {
		pr_alert("[%016lx] address between user and kernel address ranges\n",
			 addr);
		return;
	}

	table = (u64 *)mm->pgd;
	pr_alert("%s pgtable: %luk pages, %u-bit VAs, pgdp=%016lx\n",
		 mm == &init_mm ? "swapper" : "user", PAGE_SIZE / 1024, VA_BITS,
		 (unsigned long)__pa(mm->pgd));
	entry = table[(addr >> PGDIR_SHIFT) & (PTRS_PER_PTE - 1)];
	pr_alert("[%016lx] pgd=%016llx", addr, entry);
	if (entry & PTE_VALID && (entry & PTE_TYPE_MASK) == PMD_TYPE_TABLE) {
		pr_cont(", p4d=%016llx", entry);
		for (level = 1; level <= 3; level++) {
			table = __va(entry & PTE_ADDR_MASK);
			entry = table[(addr >> (PGDIR_SHIFT - 9 * level)) &
				      (PTRS_PER_PTE - 1)];
			pr_cont(", %s=%016llx", names[level - 1], entry);
			if (level < 3 && (!(entry & PTE_VALID) ||
			    (entry & PTE_TYPE_MASK) != PMD_TYPE_TABLE))
				break;
		}
	}
	pr_cont("\n");
}

static void die_kernel_fault(const char *msg, unsigned long addr,
			     unsigned long esr, struct pt_regs *regs)
{
	bust_spinlocks(1);

	pr_alert("Unable to handle kernel %s at virtual address %016lx\n", msg,
		 addr);
	mem_abort_decode(esr);
	show_pte(addr);
	die("Oops", regs, esr);
	bust_spinlocks(0);
	make_task_dead(SIGKILL);
}

static bool is_el1_instruction_abort(unsigned long esr)
{
	return ESR_ELx_EC(esr) == ESR_ELx_EC_IABT_CUR;
}

static bool is_el1_permission_fault(unsigned long esr)
{
	unsigned long ec = ESR_ELx_EC(esr);

	if (ec != ESR_ELx_EC_DABT_CUR && ec != ESR_ELx_EC_IABT_CUR)
		return false;
	return (esr & ESR_ELx_FSC_TYPE) == ESR_ELx_FSC_PERM;
}

static void __do_kernel_fault(unsigned long addr, unsigned long esr,
			      struct pt_regs *regs)
{
	const char *msg;

	/* a user access in a module, with an exception table entry */
	if (!is_el1_instruction_abort(esr) && fixup_exception(regs))
		return;

	if (is_el1_permission_fault(esr)) {
		if (esr & ESR_ELx_WNR)
			msg = "write to read-only memory";
		else if (is_el1_instruction_abort(esr))
			msg = "execute from non-executable memory";
		else
			msg = "read from unreadable memory";
	} else if (addr < PAGE_SIZE) {
		msg = "NULL pointer dereference";
	} else {
		msg = "paging request";
	}
	die_kernel_fault(msg, addr, esr, regs);
}

/*
 * Kernel code never touches user addresses directly (uaccess walks the
 * page tables), so a kernel fault is always a bug; a user fault is
 * resolved against the task's vmas or becomes a signal.
 */
static void set_thread_esr(unsigned long address, unsigned long esr)
{
	current->thread.fault_address = address;
	/* kernel-only mappings do not exist for user space: level 0 translation */
	if (!is_ttbr0_addr(address)) {
		if (ESR_ELx_EC(esr) == ESR_ELx_EC_DABT_LOW)
			esr = (esr & (ESR_ELx_EC_MASK | ESR_ELx_IL | ESR_ELx_CM |
				      ESR_ELx_WNR)) | ESR_ELx_FSC_FAULT;
		else if (ESR_ELx_EC(esr) == ESR_ELx_EC_IABT_LOW)
			esr = (esr & (ESR_ELx_EC_MASK | ESR_ELx_IL)) |
			      ESR_ELx_FSC_FAULT;
		else
			esr = 0;
	}
	current->thread.fault_code = esr;
}

static void do_bad_area(unsigned long far, unsigned long esr,
			struct pt_regs *regs)
{
	const struct fault_info *inf = &fault_info[esr & ESR_ELx_FSC];

	if (!user_mode(regs)) {
		__do_kernel_fault(far, esr, regs);
		return;
	}
	set_thread_esr(far, esr);
	arm64_force_sig_fault(inf->sig, inf->code, far, fault_name(esr));
}

#define VM_FAULT_BADMAP		0x010000
#define VM_FAULT_BADACCESS	0x020000

static int user_fault(struct mm_struct *mm, unsigned long addr,
		      unsigned long esr, unsigned int flags)
{
	unsigned long vm_flags;
	struct vm_area_struct *vma;

	if (ESR_ELx_EC(esr) == ESR_ELx_EC_IABT_LOW) {
		vm_flags = VM_EXEC;
		flags |= FAULT_FLAG_INSTRUCTION;
	} else if ((esr & ESR_ELx_WNR) && !(esr & ESR_ELx_CM)) {
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

static int do_page_fault(unsigned long far, unsigned long esr,
			 struct pt_regs *regs)
{
	const struct fault_info *inf = &fault_info[esr & ESR_ELx_FSC];
	struct mm_struct *mm = current->mm;
	int fault;

	if (!user_mode(regs)) {
		/*
		 * Kernel code touches user memory only through an access
		 * with an exception table entry (module code: get_user()
		 * and friends); the page is faulted in, or it is fixed up.
		 */
		if (mm && is_ttbr0_addr(far) && search_exception_tables(regs->pc) &&
		    !is_el1_instruction_abort(esr) &&
		    !(user_fault(mm, far, esr, 0) &
		      (VM_FAULT_ERROR | VM_FAULT_BADMAP | VM_FAULT_BADACCESS)))
			return 0;
		__do_kernel_fault(far, esr, regs);
		return 0;
	}
	if (!mm) {
		__do_kernel_fault(far, esr, regs);
		return 0;
	}
	/*
	 * The kernel's own pages: Debian's kernel (KPTI) does not map them
	 * at EL0 at all, so user space sees a level 0 translation fault.
	 */
	if (!is_ttbr0_addr(far)) {
		do_bad_area(far, (esr & ~ESR_ELx_FSC) | ESR_ELx_FSC_FAULT, regs);
		return 0;
	}
	fault = user_fault(mm, far, esr, FAULT_FLAG_USER);
	if (!(fault & (VM_FAULT_ERROR | VM_FAULT_BADMAP | VM_FAULT_BADACCESS)))
		return 0;
	if (fault & VM_FAULT_OOM) {
		pagefault_out_of_memory();
		return 0;
	}
	set_thread_esr(far, esr);
	if (fault & VM_FAULT_SIGBUS)
		arm64_force_sig_fault(SIGBUS, BUS_ADRERR, far, inf->name);
	else
		arm64_force_sig_fault(SIGSEGV, fault == VM_FAULT_BADACCESS ?
				      SEGV_ACCERR : SEGV_MAPERR, far, inf->name);
	return 0;
}

static int do_translation_fault(unsigned long far, unsigned long esr,
				struct pt_regs *regs)
{
	if (is_ttbr0_addr(far))
		return do_page_fault(far, esr, regs);
	do_bad_area(far, esr, regs);
	return 0;
}

static int do_alignment_fault(unsigned long far, unsigned long esr,
			      struct pt_regs *regs)
{
	do_bad_area(far, esr, regs);
	return 0;
}

static int do_bad(unsigned long far, unsigned long esr, struct pt_regs *regs)
{
	return 1;
}

void do_mem_abort(unsigned long far, unsigned long esr, struct pt_regs *regs)
{
	const struct fault_info *inf = &fault_info[esr & ESR_ELx_FSC];

	if (!inf->fn(far, esr, regs))
		return;
	if (!user_mode(regs))
		die_kernel_fault(fault_name(esr), far, esr, regs);
	arm64_notify_die(fault_name(esr), regs, inf->sig, inf->code, far, esr);
}

void do_sp_pc_abort(unsigned long addr, unsigned long esr, struct pt_regs *regs)
{
	arm64_notify_die("SP/PC alignment exception", regs, SIGBUS, BUS_ADRALN,
			 addr, esr);
}

/* Debug exceptions: BRK #BUG_BRK_IMM is BUG(); the rest are unexpected. */
static const char *const debug_fault_name[8] = {
	"hardware breakpoint", "hardware single-step", "hardware watchpoint",
	"unknown 3", "aarch32 BKPT", "aarch32 vector catch", "BRK handler",
	"unknown 7",
};

void do_debug_exception(unsigned long addr, unsigned long esr,
			struct pt_regs *regs)
{
	if (user_mode(regs)) {
		arm64_notify_die(debug_fault_name[DBG_ESR_EVT(esr)], regs,
				 SIGTRAP, TRAP_BRKPT, instruction_pointer(regs), esr);
		return;
	}
	preempt_disable();
	if (ESR_ELx_EC(esr) == ESR_ELx_EC_BRK64) {
		if ((esr & ESR_ELx_BRK64_ISS_COMMENT_MASK) == BUG_BRK_IMM &&
		    !bug_handler(regs, esr))
			goto out;
		pr_warn("Unexpected kernel BRK exception at EL1\n");
	}
	arm64_notify_die(debug_fault_name[DBG_ESR_EVT(esr)], regs, 0, 0,
			 instruction_pointer(regs), esr);
out:
	preempt_enable();
}

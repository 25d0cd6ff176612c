// SPDX-License-Identifier: GPL-2.0
/*
 * Aborts and debug exceptions taken in the kernel. There are no user
 * address spaces yet, so every kernel fault is fatal: describe it the
 * way Linux 6.1 does (ESR decode, page table walk) and die().
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <asm/bug.h>
#include <asm/esr.h>
#include <asm/pgtable-hwdef.h>
#include <asm/ptrace.h>
#include <asm/traps.h>

#define SIGKILL		9

struct fault_info {
	int (*fn)(unsigned long far, unsigned long esr, struct pt_regs *regs);
	const char *name;
};

static int do_bad(unsigned long far, unsigned long esr, struct pt_regs *regs);
static int do_translation_fault(unsigned long far, unsigned long esr,
				struct pt_regs *regs);
static int do_page_fault(unsigned long far, unsigned long esr,
			 struct pt_regs *regs);
static int do_alignment_fault(unsigned long far, unsigned long esr,
			      struct pt_regs *regs);

static const struct fault_info fault_info[64] = {
	[0 ... 63]	= { do_bad,		NULL },
	[0]	= { do_bad,		"ttbr address size fault" },
	[1]	= { do_bad,		"level 1 address size fault" },
	[2]	= { do_bad,		"level 2 address size fault" },
	[3]	= { do_bad,		"level 3 address size fault" },
	[4]	= { do_translation_fault, "level 0 translation fault" },
	[5]	= { do_translation_fault, "level 1 translation fault" },
	[6]	= { do_translation_fault, "level 2 translation fault" },
	[7]	= { do_translation_fault, "level 3 translation fault" },
	[9]	= { do_page_fault,	"level 1 access flag fault" },
	[10]	= { do_page_fault,	"level 2 access flag fault" },
	[11]	= { do_page_fault,	"level 3 access flag fault" },
	[13]	= { do_page_fault,	"level 1 permission fault" },
	[14]	= { do_page_fault,	"level 2 permission fault" },
	[15]	= { do_page_fault,	"level 3 permission fault" },
	[16]	= { do_bad,		"synchronous external abort" },
	[17]	= { do_bad,		"synchronous tag check fault" },
	[20]	= { do_bad,		"level 0 (translation table walk)" },
	[21]	= { do_bad,		"level 1 (translation table walk)" },
	[22]	= { do_bad,		"level 2 (translation table walk)" },
	[23]	= { do_bad,		"level 3 (translation table walk)" },
	[24]	= { do_bad,		"synchronous parity or ECC error" },
	[28]	= { do_bad,		"level 0 synchronous parity error (translation table walk)" },
	[29]	= { do_bad,		"level 1 synchronous parity error (translation table walk)" },
	[30]	= { do_bad,		"level 2 synchronous parity error (translation table walk)" },
	[31]	= { do_bad,		"level 3 synchronous parity error (translation table walk)" },
	[33]	= { do_alignment_fault,	"alignment fault" },
	[48]	= { do_bad,		"TLB conflict abort" },
	[49]	= { do_bad,		"Unsupported atomic hardware update fault" },
	[52]	= { do_bad,		"implementation fault (lockdown abort)" },
	[53]	= { do_bad,		"implementation fault (unsupported exclusive)" },
	[61]	= { do_bad,		"section domain fault" },
	[62]	= { do_bad,		"page domain fault" },
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
	u64 *table = (u64 *)init_mm.pgd;
	u64 entry;
	int level;

	if (is_ttbr0_addr(addr)) {
		/* only kernel threads so far: their active_mm is init_mm */
		pr_alert("[%016lx] user address but active_mm is swapper\n", addr);
		return;
	}
	if (!is_ttbr1_addr(addr)) {
		pr_alert("[%016lx] address between user and kernel address ranges\n",
			 addr);
		return;
	}

	pr_alert("%s pgtable: %luk pages, %u-bit VAs, pgdp=%016lx\n",
		 "swapper", PAGE_SIZE / 1024, VA_BITS,
		 (unsigned long)__pa(init_mm.pgd));
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

/* No task has an address space to fault pages into yet. */
static int do_page_fault(unsigned long far, unsigned long esr,
			 struct pt_regs *regs)
{
	__do_kernel_fault(far, esr, regs);
	return 0;
}

static int do_translation_fault(unsigned long far, unsigned long esr,
				struct pt_regs *regs)
{
	__do_kernel_fault(far, esr, regs);
	return 0;
}

static int do_alignment_fault(unsigned long far, unsigned long esr,
			      struct pt_regs *regs)
{
	__do_kernel_fault(far, esr, regs);
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
	die_kernel_fault(fault_name(esr), far, esr, regs);
}

void do_sp_pc_abort(unsigned long addr, unsigned long esr, struct pt_regs *regs)
{
	arm64_notify_die("SP/PC alignment exception", regs, 0, 0, addr, esr);
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

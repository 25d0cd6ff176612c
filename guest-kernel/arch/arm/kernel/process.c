// SPDX-License-Identifier: GPL-2.0
/*
 * Tasks on 32-bit ARM: the register dump, new tasks' first frames,
 * __switch_to() (VFP registers and TLS go with the task; TPIDRURO holds
 * current in the kernel), starting user programs, power off.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/binfmts.h>
#include <linux/err.h>
#include <linux/random.h>
#include <linux/reboot.h>
#include <linux/sched.h>
#include <linux/stddef.h>
#include <linux/string.h>
#include <linux/sched/task.h>
#include <asm/irqflags.h>
#include <asm/memory.h>
#include <asm/processor.h>
#include <asm/ptrace.h>
#include <asm/stacktrace.h>
#include <asm/sysreg.h>
#include <asm/traps.h>

_Static_assert(offsetof(struct pt_regs, ARM_sp) == S_SP, "S_SP");
_Static_assert(offsetof(struct pt_regs, ARM_pc) == S_PC, "S_PC");
_Static_assert(offsetof(struct pt_regs, ARM_cpsr) == S_PSR, "S_PSR");
_Static_assert(offsetof(struct pt_regs, ARM_ORIG_r0) == S_OLD_R0, "S_OLD_R0");
_Static_assert(sizeof(struct pt_regs) == PT_REGS_SIZE, "PT_REGS_SIZE");
_Static_assert(offsetof(struct thread_info, tp_value) == TI_TP_VALUE, "TI_TP_VALUE");
_Static_assert(offsetof(struct thread_info, cpu_context) == TI_CPU_SAVE, "TI_CPU_SAVE");
_Static_assert(offsetof(struct thread_info, vfpstate) == TI_VFPSTATE, "TI_VFPSTATE");

void (*pm_power_off)(void);
void (*pm_restart)(void);

/* The task entry-common.S makes current (TPIDRURO) on entry from user space. */
struct task_struct *__entry_task = &init_task;

void ret_from_fork(void);
struct task_struct *cpu_switch_to(struct cpu_context_save *prev,
				  struct cpu_context_save *next,
				  struct task_struct *prev_task);
void vfp_save_state(struct vfp_hard_struct *state);
void vfp_load_state(const struct vfp_hard_struct *state);

static const char *processor_modes[] = {
	"USER_26", "FIQ_26", "IRQ_26", "SVC_26", "UK4_26", "UK5_26", "UK6_26", "UK7_26",
	"UK8_26", "UK9_26", "UK10_26", "UK11_26", "UK12_26", "UK13_26", "UK14_26", "UK15_26",
	"USER_32", "FIQ_32", "IRQ_32", "SVC_32", "UK4_32", "UK5_32", "MON_32", "ABT_32",
	"UK8_32", "UK9_32", "HYP_32", "UND_32", "UK12_32", "UK13_32", "UK14_32", "SYS_32",
};

static const char *isa_modes[] = { "ARM", "Thumb", "Jazelle", "ThumbEE" };

/* As Linux/arm's __show_regs(). */
void __show_regs(struct pt_regs *regs)
{
	unsigned long flags = regs->ARM_cpsr;
	/* user mode runs with the user domain; the kernel's DACR is unchanged since the exception */
	u32 domain = user_mode(regs) ? DACR_UACCESS_ENABLE : read_cp15(c3, 0, c0, 0);
	char buf[64];

	dump_stack_print_info(KERN_DEFAULT);
	if (!user_mode(regs)) {
		printk("PC is at %pS\n", (void *)instruction_pointer(regs));
		printk("LR is at %pS\n", (void *)regs->ARM_lr);
	}
	printk("pc : [<%08lx>]    lr : [<%08lx>]    psr: %08lx\n",
	       regs->ARM_pc, regs->ARM_lr, regs->ARM_cpsr);
	printk("sp : %08lx  ip : %08lx  fp : %08lx\n",
	       regs->ARM_sp, regs->ARM_ip, regs->ARM_fp);
	printk("r10: %08lx  r9 : %08lx  r8 : %08lx\n",
	       regs->ARM_r10, regs->ARM_r9, regs->ARM_r8);
	printk("r7 : %08lx  r6 : %08lx  r5 : %08lx  r4 : %08lx\n",
	       regs->ARM_r7, regs->ARM_r6, regs->ARM_r5, regs->ARM_r4);
	printk("r3 : %08lx  r2 : %08lx  r1 : %08lx  r0 : %08lx\n",
	       regs->ARM_r3, regs->ARM_r2, regs->ARM_r1, regs->ARM_r0);

	buf[0] = flags & PSR_N_BIT ? 'N' : 'n';
	buf[1] = flags & PSR_Z_BIT ? 'Z' : 'z';
	buf[2] = flags & PSR_C_BIT ? 'C' : 'c';
	buf[3] = flags & PSR_V_BIT ? 'V' : 'v';
	buf[4] = '\0';
	printk("Flags: %s  IRQs o%s  FIQs o%s  Mode %s  ISA %s  Segment %s\n",
	       buf, interrupts_enabled(regs) ? "n" : "ff",
	       flags & PSR_F_BIT ? "ff" : "n",
	       processor_modes[processor_mode(regs)],
	       isa_modes[((flags & PSR_J_BIT) >> 23) | ((flags & PSR_T_BIT) >> 5)],
	       (domain & domain_mask(DOMAIN_USER)) ==
	       domain_val(DOMAIN_USER, DOMAIN_NOACCESS) ? "none" : "user");
	printk("Control: %08x  Table: %08x  DAC: %08x\n",
	       read_cp15(c1, 0, c0, 0), read_cp15(c2, 0, c0, 0), domain);
}

/* What r0-r12 point at, for the oops report (Linux/arm's __show_regs_alloc_free()). */
void __show_regs_alloc_free(struct pt_regs *regs)
{
	int i;

	for (i = 0; i < 13; i++) {
		pr_alert("Register r%d information:", i);
		mem_dump_obj((void *)regs->uregs[i]);
	}
}

void show_regs(struct pt_regs *regs)
{
	__show_regs(regs);
	dump_backtrace(regs, NULL, KERN_DEFAULT);
}

int copy_thread(struct task_struct *p, unsigned long clone_flags,
		unsigned long stack_start, unsigned long tls,
		int (*fn)(void *), void *arg)
{
	struct thread_info *ti = &p->thread_info;
	struct pt_regs *childregs = task_pt_regs(p);

	memset(&ti->cpu_context, 0, sizeof(ti->cpu_context));
	if (!fn) {
		*childregs = *current_pt_regs();
		childregs->ARM_r0 = 0;
		if (stack_start)
			childregs->ARM_sp = stack_start;
		vfp_save_state(&current->thread_info.vfpstate);
		ti->vfpstate = current->thread_info.vfpstate;
		ti->tp_value[0] = current->thread_info.tp_value[0];
		ti->tp_value[1] = read_cp15(c13, 0, c0, 2);	/* TPIDRURW */
		if (clone_flags & CLONE_SETTLS)
			ti->tp_value[0] = tls;
	} else {
		memset(childregs, 0, sizeof(*childregs));
		ti->cpu_context.r4 = (unsigned long)fn;
		ti->cpu_context.r5 = (unsigned long)arg;
		ti->vfpstate.fpexc = 1 << 30;
	}
	ti->cpu_context.pc = (unsigned long)ret_from_fork;
	ti->cpu_context.sp = (unsigned long)childregs;
	return 0;
}

/* A new program: user mode, Thumb if the entry point says so (bit 0). */
void start_thread(struct pt_regs *regs, unsigned long pc, unsigned long sp)
{
	memset(regs->uregs, 0, sizeof(regs->uregs));
	regs->ARM_cpsr = USR_MODE;
	if (pc & 1)
		regs->ARM_cpsr |= PSR_T_BIT;
	regs->ARM_pc = pc & ~1UL;
	regs->ARM_sp = sp;
}

void flush_thread(void)
{
	struct thread_info *ti = &current->thread_info;

	memset(&ti->vfpstate, 0, sizeof(ti->vfpstate));
	ti->vfpstate.fpexc = 1 << 30;
	vfp_load_state(&ti->vfpstate);
	ti->tp_value[0] = 0;
	ti->tp_value[1] = 0;
	write_cp15(0, c13, 0, c0, 2);
}

struct task_struct *__switch_to(struct task_struct *prev,
				struct task_struct *next)
{
	struct thread_info *pti = &prev->thread_info, *nti = &next->thread_info;

	vfp_save_state(&pti->vfpstate);
	vfp_load_state(&nti->vfpstate);
	pti->tp_value[1] = read_cp15(c13, 0, c0, 2);
	write_cp15(nti->tp_value[1], c13, 0, c0, 2);
	__entry_task = next;
	set_current(next);
	return cpu_switch_to(&pti->cpu_context, &nti->cpu_context, prev);
}

unsigned long get_wchan(struct task_struct *p)
{
	if (!p || p == current || p->__state == TASK_RUNNING)
		return 0;
	return thread_saved_pc(p);
}

extern struct page *signal_page[1];
extern unsigned int vdso_total_pages;
void arm_install_vdso(struct mm_struct *mm, unsigned long addr);

/*
 * Where the sigpage and the vDSO go, as Linux/arm's sigpage_addr(): a
 * random page between the top of the stack and TASK_SIZE with room for
 * them all, or anywhere (0) when the stack leaves no room.
 */
static unsigned long sigpage_addr(const struct mm_struct *mm, unsigned int npages)
{
	unsigned long first = PAGE_ALIGN(mm->start_stack);
	unsigned long last = TASK_SIZE - (npages << PAGE_SHIFT);
	unsigned long slots;

	if (first > last)
		return 0;
	if (first == last)
		return first;
	slots = ((last - first) >> PAGE_SHIFT) + 1;
	return first + ((get_random_u32() % slots) << PAGE_SHIFT);
}

/* The sigpage (signal handlers return through it), then [vvar] and [vdso] above it. */
int arch_setup_additional_pages(struct linux_binprm *bprm, int uses_interp)
{
	struct mm_struct *mm = current->mm;
	unsigned int npages = 1 + vdso_total_pages;
	unsigned long addr;
	int ret;

	addr = get_unmapped_area(NULL, sigpage_addr(mm, npages), npages << PAGE_SHIFT, 0, 0);
	if (IS_ERR_VALUE(addr))
		return addr;
	ret = install_special_mapping(mm, addr, PAGE_SIZE,
				      VM_READ | VM_EXEC | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC,
				      signal_page, "[sigpage]");
	if (ret)
		return ret;
	mm->sigpage = addr;
	arm_install_vdso(mm, addr + PAGE_SIZE);
	return 0;
}

/*
 * The vectors page every process can read and run (the kuser helpers):
 * Linux/arm's gate area, shown last in /proc/PID/maps as "[vectors]".
 */
static struct vm_area_struct gate_vma = {
	.vm_start	= VECTORS_BASE,
	.vm_end		= VECTORS_BASE + PAGE_SIZE,
	.vm_flags	= VM_READ | VM_EXEC | VM_MAYREAD | VM_MAYEXEC,
	.vm_name	= "[vectors]",
};

struct vm_area_struct *get_gate_vma(struct mm_struct *mm)
{
	return &gate_vma;
}

int in_gate_area(struct mm_struct *mm, unsigned long addr)
{
	return addr >= gate_vma.vm_start && addr < gate_vma.vm_end;
}

int in_gate_area_no_mm(unsigned long addr)
{
	return in_gate_area(NULL, addr);
}

void machine_power_off(void)
{
	local_irq_disable();
	if (pm_power_off)
		pm_power_off();
	for (;;)
		asm volatile("wfi");
}

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

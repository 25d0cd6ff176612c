// SPDX-License-Identifier: GPL-2.0
/*
 * Signal delivery on 32-bit ARM, as Linux/arm's signal.c: the sigframe
 * (a ucontext whose uc_regspace carries the VFP registers) or, for
 * SA_SIGINFO handlers, the rt_sigframe (siginfo first), the return
 * through the sigpage's "mov r7, #NR; svc 0" unless the program gave a
 * restorer, sigreturn and rt_sigreturn, restarting
 * interrupted system calls, and the work done before returning to user
 * space.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/binfmts.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/tty.h>
#include <linux/uaccess.h>
#include <generated/unistd-eabi.h>
#include <asm/irqflags.h>
#include <asm/ptrace.h>
#include <asm/sigcontext.h>
#include <asm/signal.h>

#define NO_SYSCALL_NR	(~0U)

struct ucontext {
	unsigned long uc_flags;
	struct ucontext *uc_link;
	stack_t uc_stack;
	struct sigcontext uc_mcontext;
	sigset_t uc_sigmask;
	int __unused[32 - (sizeof(sigset_t) / sizeof(int))];
	unsigned long uc_regspace[128] __aligned(8);
};

/* The Linux ABI's siginfo_t; the host's syscall tracer reads the kernel's in a ksignal (emulator/trace/syscall-abi.ts) */
_Static_assert(offsetof(siginfo_t, si_pid) == 12, "siginfo_t's union after three ints");
_Static_assert(offsetof(struct ksignal, info) == 24, "ksignal's siginfo moved");

/* Linux/arm's frames: sigframe for plain handlers, rt_sigframe for SA_SIGINFO ones */
struct sigframe {
	struct ucontext uc;
	unsigned long retcode[4];
};

struct rt_sigframe {
	siginfo_t info;
	struct sigframe sig;
};

/* The sigpage: sigreturn and rt_sigreturn, each in ARM then Thumb */
#define SIGPAGE_SIGRETURN	0
#define SIGPAGE_RT_SIGRETURN	16
#define SIGPAGE_THUMB		8

void vfp_save_state(struct vfp_hard_struct *state);
void vfp_load_state(const struct vfp_hard_struct *state);

static bool on_sig_stack(unsigned long sp)
{
	struct task_struct *t = current;

	return t->sas_ss_size && sp > t->sas_ss_sp &&
	       sp - t->sas_ss_sp <= t->sas_ss_size;
}

static unsigned long sigsp(unsigned long sp, struct ksignal *ksig)
{
	struct task_struct *t = current;

	if ((ksig->ka.sa_flags & SA_ONSTACK) && t->sas_ss_size &&
	    !on_sig_stack(sp))
		return t->sas_ss_sp + t->sas_ss_size;
	return sp;
}

static sigset_t *sigmask_to_save(void)
{
	if (test_tsk_thread_flag(current, TIF_RESTORE_SIGMASK))
		return &current->saved_sigmask;
	return &current->blocked;
}

static void save_vfp(struct vfp_sigframe *vf)
{
	struct vfp_hard_struct *hw = &current->thread_info.vfpstate;

	vfp_save_state(hw);
	vf->magic = VFP_MAGIC;
	vf->size = VFP_STORAGE_SIZE;
	memcpy(vf->ufp.fpregs, hw->fpregs, sizeof(vf->ufp.fpregs));
	vf->ufp.fpscr = hw->fpscr;
	vf->ufp_exc.fpexc = hw->fpexc;
	vf->ufp_exc.fpinst = hw->fpinst;
	vf->ufp_exc.fpinst2 = hw->fpinst2;
}

static int restore_vfp(const struct vfp_sigframe *vf)
{
	struct vfp_hard_struct *hw = &current->thread_info.vfpstate;

	if (vf->magic != VFP_MAGIC || vf->size != VFP_STORAGE_SIZE)
		return -EINVAL;
	memcpy(hw->fpregs, vf->ufp.fpregs, sizeof(hw->fpregs));
	hw->fpscr = vf->ufp.fpscr;
	hw->fpexc = (vf->ufp_exc.fpexc | (1 << 30)) & ~(1 << 31);
	vfp_load_state(hw);
	return 0;
}

static void fill_sigcontext(struct sigcontext *sc, struct pt_regs *regs,
			    sigset_t *set)
{
	sc->arm_r0 = regs->ARM_r0;
	sc->arm_r1 = regs->ARM_r1;
	sc->arm_r2 = regs->ARM_r2;
	sc->arm_r3 = regs->ARM_r3;
	sc->arm_r4 = regs->ARM_r4;
	sc->arm_r5 = regs->ARM_r5;
	sc->arm_r6 = regs->ARM_r6;
	sc->arm_r7 = regs->ARM_r7;
	sc->arm_r8 = regs->ARM_r8;
	sc->arm_r9 = regs->ARM_r9;
	sc->arm_r10 = regs->ARM_r10;
	sc->arm_fp = regs->ARM_fp;
	sc->arm_ip = regs->ARM_ip;
	sc->arm_sp = regs->ARM_sp;
	sc->arm_lr = regs->ARM_lr;
	sc->arm_pc = regs->ARM_pc;
	sc->arm_cpsr = regs->ARM_cpsr;
	sc->trap_no = current->thread.trap_no;
	sc->error_code = current->thread.error_code;
	sc->fault_address = current->thread.fault_address;
	sc->oldmask = set->sig[0];
}

static void fill_ucontext(struct ucontext *uc, struct pt_regs *regs)
{
	struct task_struct *t = current;

	uc->uc_stack.ss_sp = (void __user *)t->sas_ss_sp;
	uc->uc_stack.ss_size = t->sas_ss_size;
	uc->uc_stack.ss_flags = !t->sas_ss_size ? SS_DISABLE :
				on_sig_stack(regs->ARM_sp) ? SS_ONSTACK : 0;
	uc->uc_sigmask = *sigmask_to_save();
	fill_sigcontext(&uc->uc_mcontext, regs, &uc->uc_sigmask);
	save_vfp((struct vfp_sigframe *)uc->uc_regspace);
}

/* A sigframe, or with SA_SIGINFO an rt_sigframe, below the stack; the handler to run. */
static int setup_frame(struct ksignal *ksig, struct pt_regs *regs)
{
	bool rt = ksig->ka.sa_flags & SA_SIGINFO;
	size_t size = rt ? sizeof(struct rt_sigframe) : sizeof(struct sigframe);
	unsigned long sp = sigsp(regs->ARM_sp, ksig), frame, handler, ret;
	struct rt_sigframe *sf;
	void *from;
	int err = 0;

	frame = ALIGN_DOWN(sp - size, 8);
	sf = kzalloc(sizeof(*sf), GFP_KERNEL);
	if (!sf)
		return -ENOMEM;
	sf->info = ksig->info;
	fill_ucontext(&sf->sig.uc, regs);
	from = rt ? (void *)sf : (void *)&sf->sig;
	if (copy_to_user((void __user *)frame, from, size))
		err = -EFAULT;
	kfree(sf);
	if (err)
		return err;

	handler = (unsigned long)ksig->ka.sa_handler;
	regs->ARM_r0 = ksig->sig;
	if (rt) {
		regs->ARM_r1 = frame + offsetof(struct rt_sigframe, info);
		regs->ARM_r2 = frame + offsetof(struct rt_sigframe, sig.uc);
	}
	regs->ARM_sp = frame;
	ret = current->mm->sigpage + (rt ? SIGPAGE_RT_SIGRETURN : SIGPAGE_SIGRETURN);
	if (handler & 1)
		ret += SIGPAGE_THUMB + 1;
	if (ksig->ka.sa_flags & SA_RESTORER)
		regs->ARM_lr = (unsigned long)ksig->ka.sa_restorer;
	else
		regs->ARM_lr = ret;
	regs->ARM_cpsr &= ~(PSR_T_BIT | PSR_IT_MASK | PSR_J_BIT | PSR_E_BIT);
	if (handler & 1)
		regs->ARM_cpsr |= PSR_T_BIT;
	regs->ARM_pc = handler & ~1UL;
	return 0;
}

static bool valid_user_regs(struct pt_regs *regs)
{
	return (regs->ARM_cpsr & MODE_MASK) == USR_MODE &&
	       !(regs->ARM_cpsr & (PSR_F_BIT | PSR_I_BIT | PSR_A_BIT));
}

/* The registers, mask and VFP state from the ucontext at uc. */
static int restore_sigframe(struct pt_regs *regs, unsigned long uc)
{
	struct sigframe *sf = kmalloc(sizeof(*sf), GFP_KERNEL);
	struct sigcontext *sc;
	sigset_t set;
	int err = -EFAULT;

	if (!sf)
		return -ENOMEM;
	if (copy_from_user(sf, (void __user *)uc, sizeof(*sf)))
		goto out;
	set = sf->uc.uc_sigmask;
	set_current_blocked(&set);
	sc = &sf->uc.uc_mcontext;
	regs->ARM_r0 = sc->arm_r0;
	regs->ARM_r1 = sc->arm_r1;
	regs->ARM_r2 = sc->arm_r2;
	regs->ARM_r3 = sc->arm_r3;
	regs->ARM_r4 = sc->arm_r4;
	regs->ARM_r5 = sc->arm_r5;
	regs->ARM_r6 = sc->arm_r6;
	regs->ARM_r7 = sc->arm_r7;
	regs->ARM_r8 = sc->arm_r8;
	regs->ARM_r9 = sc->arm_r9;
	regs->ARM_r10 = sc->arm_r10;
	regs->ARM_fp = sc->arm_fp;
	regs->ARM_ip = sc->arm_ip;
	regs->ARM_sp = sc->arm_sp;
	regs->ARM_lr = sc->arm_lr;
	regs->ARM_pc = sc->arm_pc;
	regs->ARM_cpsr = sc->arm_cpsr;
	current->thread_info.abi_syscall = NO_SYSCALL_NR;	/* no restart */
	if (!valid_user_regs(regs))
		goto out;
	if (restore_vfp((struct vfp_sigframe *)sf->uc.uc_regspace))
		goto out;
	err = 0;
out:
	kfree(sf);
	return err;
}

static long sigreturn_from(unsigned long uc)
{
	struct pt_regs *regs = current_pt_regs();

	if (regs->ARM_sp & 7)
		goto badframe;
	if (restore_sigframe(regs, uc))
		goto badframe;
	return regs->ARM_r0;

badframe:
	force_sig_fault(SIGSEGV, SEGV_MAPERR, (void __user *)regs->ARM_sp);
	return 0;
}

SYSCALL_DEFINE0(rt_sigreturn)
{
	return sigreturn_from(current_pt_regs()->ARM_sp +
			      offsetof(struct rt_sigframe, sig.uc));
}

SYSCALL_DEFINE0(sigreturn)
{
	return sigreturn_from(current_pt_regs()->ARM_sp);
}

/* The interrupted system call (if any) is restarted, or fails with EINTR. */
void do_signal(struct pt_regs *regs)
{
	unsigned long continue_addr = 0, restart_addr = 0;
	bool syscall = current->thread_info.abi_syscall != NO_SYSCALL_NR;
	struct ksignal ksig;
	long retval = 0;

	current->thread_info.abi_syscall = NO_SYSCALL_NR;
	if (syscall) {
		continue_addr = regs->ARM_pc;
		restart_addr = continue_addr - (thumb_mode(regs) ? 2 : 4);
		retval = regs->ARM_r0;
		switch (retval) {
		case -ERESTARTNOHAND:
		case -ERESTARTSYS:
		case -ERESTARTNOINTR:
		case -ERESTART_RESTARTBLOCK:
			regs->ARM_r0 = regs->ARM_ORIG_r0;
			regs->ARM_pc = restart_addr;
			break;
		}
	}

	if (get_signal(&ksig)) {
		if (regs->ARM_pc == restart_addr &&
		    (retval == -ERESTARTNOHAND ||
		     retval == -ERESTART_RESTARTBLOCK ||
		     (retval == -ERESTARTSYS &&
		      !(ksig.ka.sa_flags & SA_RESTART)))) {
			regs->ARM_r0 = -EINTR;
			regs->ARM_pc = continue_addr;
		}
		signal_setup_done(setup_frame(&ksig, regs), &ksig, 0);
		return;
	}

	if (syscall && retval == -ERESTART_RESTARTBLOCK)
		regs->ARM_r7 = __NR_restart_syscall;
	restore_saved_sigmask();
}

/* Before returning to user space (entry-common.S): softirqs, rescheduling, signals. */
asmlinkage void exit_to_user_mode(struct pt_regs *regs)
{
	unsigned long flags;

	tty_poll_input();
	if (local_softirq_pending())
		do_softirq();
	local_irq_disable();
	flags = READ_ONCE(current->thread_info.flags);
	while (flags & _TIF_WORK_MASK) {
		if (flags & _TIF_NEED_RESCHED) {
			schedule();
		} else {
			local_irq_enable();
			if (flags & _TIF_SIGPENDING)
				do_signal(regs);
			if (flags & _TIF_NOTIFY_RESUME)
				clear_tsk_thread_flag(current, TIF_NOTIFY_RESUME);
		}
		local_irq_disable();
		flags = READ_ONCE(current->thread_info.flags);
	}
	current->thread_info.abi_syscall = NO_SYSCALL_NR;
}

/*
 * The sigpage: the return from a handler without SA_RESTORER, in ARM
 * ("mov r7, #__NR_sigreturn; svc #0") and Thumb, then the same for
 * rt_sigreturn (SIGPAGE_*).
 */
#define ARM_MOV_R7(imm)		(0xe3a07000 | (imm))
#define ARM_SVC_0		0xef000000
#define THUMB_MOVS_R7(imm)	(0x2700 | (imm))
#define THUMB_SVC_0		0xdf00

struct page *signal_page[1];	/* mapped by arch_setup_additional_pages() */

static int __init sigpage_init(void)
{
	u32 *insn;
	u16 *thumb;

	signal_page[0] = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);
	if (!signal_page[0])
		return -ENOMEM;
	insn = page_address(signal_page[0]);
	insn[SIGPAGE_SIGRETURN / 4] = ARM_MOV_R7(__NR_sigreturn);
	insn[SIGPAGE_SIGRETURN / 4 + 1] = ARM_SVC_0;
	thumb = (u16 *)&insn[(SIGPAGE_SIGRETURN + SIGPAGE_THUMB) / 4];
	thumb[0] = THUMB_MOVS_R7(__NR_sigreturn);
	thumb[1] = THUMB_SVC_0;
	insn[SIGPAGE_RT_SIGRETURN / 4] = ARM_MOV_R7(__NR_rt_sigreturn);
	insn[SIGPAGE_RT_SIGRETURN / 4 + 1] = ARM_SVC_0;
	thumb = (u16 *)&insn[(SIGPAGE_RT_SIGRETURN + SIGPAGE_THUMB) / 4];
	thumb[0] = THUMB_MOVS_R7(__NR_rt_sigreturn);
	thumb[1] = THUMB_SVC_0;
	return 0;
}
arch_initcall(sigpage_init);

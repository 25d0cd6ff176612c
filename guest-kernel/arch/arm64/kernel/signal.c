// SPDX-License-Identifier: GPL-2.0
/*
 * Delivering signals to user space, in arm64 Linux's frame format:
 *
 *   frame record (fp, lr)          <- x29 in the handler
 *   struct rt_sigframe {           <- sp in the handler
 *       siginfo_t info;            (x1 with SA_SIGINFO)
 *       struct ucontext uc;        (x2): flags, link, altstack, mask,
 *                                  sigcontext: regs, then records
 *                                  fpsimd_context [esr_context] end
 *   }
 *
 * The handler returns to x30: the sa_restorer if given, else the
 * sigreturn trampoline page (mov x8, #139; svc #0) mapped in every
 * process, as Linux's vDSO provides __kernel_rt_sigreturn.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <uapi/asm-generic/unistd.h>
#include <asm/fpsimd.h>
#include <asm/ptrace.h>
#include <asm/sigcontext.h>
#include <asm/signal.h>

struct ucontext {
	unsigned long uc_flags;
	struct ucontext *uc_link;
	stack_t uc_stack;
	sigset_t uc_sigmask;
	u8 __unused[1024 / 8 - sizeof(sigset_t)];
	struct sigcontext uc_mcontext;
};

struct rt_sigframe {
	siginfo_t info;
	struct ucontext uc;
};

struct frame_record {
	u64 fp;
	u64 lr;
};

/* The frame built in kernel memory, then copied out in one go. */
struct kframe {
	struct rt_sigframe sf;
};

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

static void fill_records(struct sigcontext *sc)
{
	struct fpsimd_context *fp = (struct fpsimd_context *)sc->__reserved;
	struct user_fpsimd_state *st = &current->thread.uw.fpsimd_state;
	struct _aarch64_ctx *end = (struct _aarch64_ctx *)(fp + 1);

	fpsimd_preserve_current_state();
	fp->head.magic = FPSIMD_MAGIC;
	fp->head.size = sizeof(*fp);
	fp->fpsr = st->fpsr;
	fp->fpcr = st->fpcr;
	memcpy(fp->vregs, st->vregs, sizeof(fp->vregs));
	if (current->thread.fault_code) {
		struct esr_context *esr = (struct esr_context *)end;

		esr->head.magic = ESR_MAGIC;
		esr->head.size = sizeof(*esr);
		esr->esr = current->thread.fault_code;
		end = (struct _aarch64_ctx *)(esr + 1);
	}
	end->magic = 0;
	end->size = 0;
}

static sigset_t *sigmask_to_save(void)
{
	if (test_tsk_thread_flag(current, TIF_RESTORE_SIGMASK))
		return &current->saved_sigmask;
	return &current->blocked;
}

static int setup_rt_frame(struct ksignal *ksig, struct pt_regs *regs)
{
	struct task_struct *t = current;
	unsigned long sp = sigsp(regs->sp, ksig), frame;
	struct frame_record rec = { regs->regs[29], regs->regs[30] };
	struct frame_record __user *next_frame;
	struct rt_sigframe *sf;
	int err = 0, i;

	sp = ALIGN_DOWN(sp - sizeof(struct frame_record), 16);
	next_frame = (struct frame_record __user *)sp;
	frame = ALIGN_DOWN(sp, 16) - ALIGN(sizeof(struct rt_sigframe), 16);

	sf = kzalloc(sizeof(*sf), GFP_KERNEL);
	if (!sf)
		return -ENOMEM;
	sf->info = ksig->info;
	sf->uc.uc_stack.ss_sp = (void __user *)t->sas_ss_sp;
	sf->uc.uc_stack.ss_size = t->sas_ss_size;
	sf->uc.uc_stack.ss_flags = !t->sas_ss_size ? SS_DISABLE :
				   on_sig_stack(regs->sp) ? SS_ONSTACK : 0;
	sf->uc.uc_sigmask = *sigmask_to_save();
	sf->uc.uc_mcontext.fault_address = t->thread.fault_address;
	for (i = 0; i < 31; i++)
		sf->uc.uc_mcontext.regs[i] = regs->regs[i];
	sf->uc.uc_mcontext.sp = regs->sp;
	sf->uc.uc_mcontext.pc = regs->pc;
	sf->uc.uc_mcontext.pstate = regs->pstate;
	fill_records(&sf->uc.uc_mcontext);

	if (copy_to_user(next_frame, &rec, sizeof(rec)) ||
	    copy_to_user((void __user *)frame, sf, sizeof(*sf)))
		err = -EFAULT;
	kfree(sf);
	if (err)
		return err;

	regs->regs[0] = ksig->sig;
	regs->sp = frame;
	regs->regs[29] = (unsigned long)&next_frame->fp;
	regs->pc = (unsigned long)ksig->ka.sa_handler;
	regs->pstate &= ~PSR_BTYPE_MASK;
	if (ksig->ka.sa_flags & SA_RESTORER)
		regs->regs[30] = (unsigned long)ksig->ka.sa_restorer;
	else
		regs->regs[30] = current->mm->sigpage;
	if (ksig->ka.sa_flags & SA_SIGINFO) {
		regs->regs[1] = frame + offsetof(struct rt_sigframe, info);
		regs->regs[2] = frame + offsetof(struct rt_sigframe, uc);
	}
	return 0;
}

static void handle_signal(struct ksignal *ksig, struct pt_regs *regs)
{
	int ret = setup_rt_frame(ksig, regs);

	signal_setup_done(ret, ksig, 0);
}

static bool valid_user_pstate(u64 pstate)
{
	return (pstate & PSR_MODE_MASK) == PSR_MODE_EL0t &&
	       !(pstate & (PSR_D_BIT | PSR_A_BIT | PSR_I_BIT | PSR_F_BIT |
			   (1UL << 4) /* AArch32 */));
}

static int restore_sigframe(struct pt_regs *regs, unsigned long frame)
{
	struct rt_sigframe *sf = kmalloc(sizeof(*sf), GFP_KERNEL);
	struct fpsimd_context *fp;
	struct user_fpsimd_state st;
	sigset_t set;
	int i, err = -EFAULT;

	if (!sf)
		return -ENOMEM;
	if (copy_from_user(sf, (void __user *)frame, sizeof(*sf)))
		goto out;
	set = sf->uc.uc_sigmask;
	set_current_blocked(&set);
	for (i = 0; i < 31; i++)
		regs->regs[i] = sf->uc.uc_mcontext.regs[i];
	regs->sp = sf->uc.uc_mcontext.sp;
	regs->pc = sf->uc.uc_mcontext.pc;
	regs->pstate = sf->uc.uc_mcontext.pstate;
	regs->syscallno = NO_SYSCALL;	/* no restart on the way out */
	if (!valid_user_pstate(regs->pstate))
		goto out;
	fp = (struct fpsimd_context *)sf->uc.uc_mcontext.__reserved;
	if (fp->head.magic != FPSIMD_MAGIC || fp->head.size != sizeof(*fp))
		goto out;
	memcpy(st.vregs, fp->vregs, sizeof(st.vregs));
	st.fpsr = fp->fpsr;
	st.fpcr = fp->fpcr;
	fpsimd_update_current_state(&st);
	err = 0;
out:
	kfree(sf);
	return err;
}

SYSCALL_DEFINE0(rt_sigreturn)
{
	struct pt_regs *regs = current_pt_regs();

	if (regs->sp & 15)
		goto badframe;
	if (restore_sigframe(regs, regs->sp))
		goto badframe;
	return regs->regs[0];

badframe:
	force_sig_fault(SIGSEGV, SEGV_MAPERR, (void __user *)regs->sp);
	return 0;
}

/*
 * On the way out to user space with a signal pending: restart or fail
 * an interrupted system call, then run the handler or the default
 * action.
 */
void do_signal(struct pt_regs *regs)
{
	unsigned long continue_addr = 0, restart_addr = 0;
	bool syscall = regs->syscallno != NO_SYSCALL;
	struct ksignal ksig;
	long retval = 0;

	if (syscall) {
		continue_addr = regs->pc;
		restart_addr = continue_addr - 4;
		retval = regs->regs[0];
		regs->syscallno = NO_SYSCALL;
		switch (retval) {
		case -ERESTARTNOHAND:
		case -ERESTARTSYS:
		case -ERESTARTNOINTR:
		case -ERESTART_RESTARTBLOCK:
			regs->regs[0] = regs->orig_x0;
			regs->pc = restart_addr;
			break;
		}
	}

	if (get_signal(&ksig)) {
		if (regs->pc == restart_addr &&
		    (retval == -ERESTARTNOHAND ||
		     retval == -ERESTART_RESTARTBLOCK ||
		     (retval == -ERESTARTSYS &&
		      !(ksig.ka.sa_flags & SA_RESTART)))) {
			regs->regs[0] = -EINTR;
			regs->pc = continue_addr;
		}
		handle_signal(&ksig, regs);
		return;
	}

	if (syscall && retval == -ERESTART_RESTARTBLOCK)
		regs->regs[8] = __NR_restart_syscall;
	restore_saved_sigmask();
}

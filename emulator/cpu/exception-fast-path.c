// SPDX-License-Identifier: MIT
/*
 * The AArch64 exceptions a command causes most, taken in native code: a
 * system call (SVC) or a page fault (instruction or data abort) from EL0 to
 * EL1, and the kernel's reads of the system counter (CNTPCT_EL0) and its
 * accesses to the physical timer's registers, which trap to the board (see
 * emulator/board/generic-timer.ts, whose registers the shim shares): the
 * writes that leave the timer's interrupt line as it is. The board takes
 * every exception itself (Unicorn reports them to an interrupt hook instead
 * of taking them), and doing that in JavaScript, a dozen register accesses
 * through koffi each, cost about a tenth of a golden scenario's time.
 * Everything else (EL1's own faults, undefined instructions, the timer's
 * writes that move the line, HVC, SMC, breakpoints, and all of them while a debugger
 * is attached) goes to the board's JavaScript hook, which does exactly what
 * this does for the common ones (see emulator/cpu/exception-entry.ts and
 * emulator/board/arm64-cpu.ts).
 *
 * The hook is the engine's only interrupt hook: Unicorn would call every one.
 */
#include <stdint.h>
#include "insn-counter.h"
#include "generic-timer.h"

/* QEMU's EXCP_* numbers, as Unicorn passes them. */
#define EXCP_UDEF		1	/* a trap to EL2 too */
#define EXCP_SWI		2
#define EXCP_PREFETCH_ABORT	3
#define EXCP_DATA_ABORT		4

#define PSTATE_EL_SHIFT	2
#define PSTATE_DAIF	(0xfu << 6)
#define PSTATE_EL1H	0x5u
#define VECTOR_FROM_EL0	0x400u	/* lower EL, AArch64: synchronous */

/* ESR's class of a trapped MSR or MRS, and the ISS of MRS or MSR <reg> without Rt and direction. */
#define EC_SYS64	0x18u
#define ISS_RT		(0x1fu << 5)
#define ISS_REG(op2, crm)	((3u << 20) | ((op2) << 17) | (3u << 14) | (14u << 10) | ((crm) << 1))
#define ISS_CNTPCT		ISS_REG(1u, 0u)
#define ISS_CNTP_TVAL	ISS_REG(0u, 2u)
#define ISS_CNTP_CTL	ISS_REG(1u, 2u)
#define ISS_CNTP_CVAL	ISS_REG(2u, 2u)

/* Unicorn's struct uc_arm64_cp_reg. */
struct cp_reg {
	uint32_t crn, crm, op0, op1, op2;
	uint64_t val;
};

/* Shared with emulator/cpu/fast-exceptions.ts: keep the two in step. */
struct kobox_fast_exceptions {
	struct kobox_counter *counter;
	void (*slow)(void *uc, uint32_t intno, void *data);	/* the board's hook */
	void *context;		/* a uc_context to read the pending exception from */
	uint64_t from_user;	/* SVCs taken here: the kernel was back in user space */
	uint64_t taken;		/* exceptions taken here */
	uint32_t enabled;
	/* Offsets in a saved context of env->exception's syndrome, vaddress, target_el. */
	uint32_t ctx_syndrome, ctx_vaddress, ctx_target_el;
	/* Unicorn's register ids. */
	int32_t pc, pstate, sp, sp_el0, sp_el1, elr_el1, esr_el1, far_el1, vbar_el1, cp_reg;
	struct cp_reg spsr_el1;	/* SPSR_EL1's encoding; val is scratch */
	/* The virtual clock's nanoseconds slept (NULL on the host's clock: the board reads it). */
	const uint64_t *slept;
	uint64_t counter_reads;	/* CNTPCT_EL0 reads served here */
	uint32_t ns_per_insn, ns_per_tick;
	uint32_t irq_asserted;	/* the interrupt controller asserts the CPU's IRQ input */
	int32_t x0, x29, x30;	/* Unicorn's register ids of X0 (X1-X28 follow it), X29, X30 */
	uint64_t *timer;	/* the board's timer state (NULL: its accesses go to the board) */
	uint64_t timer_accesses;	/* CNTP_CTL/CVAL/TVAL reads and writes served here */
};

/* As exception-entry.ts's takeSyncException() from EL0: the same writes, in the same order. */
static void enter_el1_from_el0(void *uc, struct kobox_fast_exceptions *x, uint64_t pstate,
			       uint64_t esr, uint64_t elr, int with_far, uint64_t far)
{
	set_reg(uc, x->esr_el1, esr);
	if (with_far)
		set_reg(uc, x->far_el1, far);
	set_reg(uc, x->elr_el1, elr);
	/* A raw PSTATE write does not switch stack pointers: SP holds SP_EL0. */
	set_reg(uc, x->sp_el0, reg(uc, x->sp));
	set_reg(uc, x->sp, reg(uc, x->sp_el1));
	set_reg(uc, x->pstate, PSTATE_DAIF | PSTATE_EL1H);
	/* After PSTATE: the write that makes Unicorn rebuild its cached EL flags. */
	x->spsr_el1.val = pstate;
	kobox_uc_reg_write(uc, x->cp_reg, &x->spsr_el1);
	set_reg(uc, x->pc, reg(uc, x->vbar_el1) + VECTOR_FROM_EL0);
}

static int xreg(const struct kobox_fast_exceptions *x, unsigned int n)
{
	return n == 29 ? x->x29 : n == 30 ? x->x30 : x->x0 + (int)n;
}

/* The timer register an MRS or MSR names (@iss without Rt and the direction). */
static enum timer_reg timer_register(const struct kobox_fast_exceptions *x, uint32_t iss)
{
	if (iss == ISS_CNTPCT)
		return TIMER_CNTPCT;
	if (!x->timer)
		return TIMER_NONE;
	return iss == ISS_CNTP_CTL ? TIMER_CTL : iss == ISS_CNTP_CVAL ? TIMER_CVAL :
	       iss == ISS_CNTP_TVAL ? TIMER_TVAL : TIMER_NONE;
}

/*
 * As arm64-cpu.ts's sysRegTrap() for a read of CNTPCT_EL0 or an access to
 * the timer's registers: done at the virtual clock's count before the MRS or
 * MSR retires (a read into Xt), and the instruction stepped over. Returns 0,
 * having changed nothing, for any other trap, a write that moves the
 * interrupt line, or while an interrupt the guest has unmasked waits (the
 * board takes it before the access).
 */
static int access_timer(void *uc, struct kobox_fast_exceptions *x)
{
	const uint8_t *ctx = x->context;
	struct timer_clock clk = { x->slept, x->ns_per_insn, x->ns_per_tick };
	enum timer_reg r;
	uint64_t pc, syndrome, value;
	unsigned int rt;

	if (!x->slept || (x->irq_asserted && !(reg(uc, x->pstate) & PSTATE_I)))
		return 0;
	if (kobox_uc_context_save(uc, x->context) != 0 || *(const uint32_t *)(ctx + x->ctx_target_el) != 2)
		return 0;
	syndrome = *(const uint32_t *)(ctx + x->ctx_syndrome);
	if ((syndrome >> 26) != EC_SYS64)
		return 0;
	r = timer_register(x, syndrome & 0x1ffffffu & ~ISS_RT & ~1u);
	if (r == TIMER_NONE)
		return 0;
	pc = reg(uc, x->pc);
	rt = (syndrome >> 5) & 31;
	if (!(syndrome & 1)) {
		/* The count where the MSR is: its block cut there only if the write is done here. */
		struct kobox_counter at = *x->counter;

		kobox_counter_cut(&at, pc, -1);
		if (!timer_write(x->timer, &at, &clk, r, rt == 31 ? 0 : reg(uc, xreg(x, rt))))
			return 0;
		*x->counter = at;
	} else {
		kobox_counter_cut(x->counter, pc, -1);
		value = timer_read(x->timer, r, virtual_count(x->counter, *x->slept, x->ns_per_insn, x->ns_per_tick));
		if (rt != 31)
			set_reg(uc, xreg(x, rt), value);
	}
	if (r == TIMER_CNTPCT)
		x->counter_reads++;
	else
		x->timer_accesses++;
	set_reg(uc, x->pc, pc + 4);
	x->counter->retired++;
	return 1;
}

/* The UC_HOOK_INTR callback; @data is the struct kobox_fast_exceptions. */
void kobox_exception(void *uc, uint32_t intno, void *data)
{
	struct kobox_fast_exceptions *x = data;
	const uint8_t *ctx = x->context;
	uint64_t pstate, pc, syndrome, vaddress;

	if (!x->enabled)
		goto slow;
	if (intno == EXCP_UDEF) {
		if (access_timer(uc, x))
			return;
		goto slow;
	}
	if (intno != EXCP_SWI && intno != EXCP_PREFETCH_ABORT && intno != EXCP_DATA_ABORT)
		goto slow;
	pstate = reg(uc, x->pstate);
	if ((pstate >> PSTATE_EL_SHIFT) & 3)
		goto slow;
	if (kobox_uc_context_save(uc, x->context) != 0 || *(const uint32_t *)(ctx + x->ctx_target_el) != 1)
		goto slow;
	syndrome = *(const uint32_t *)(ctx + x->ctx_syndrome);
	vaddress = *(const uint64_t *)(ctx + x->ctx_vaddress);
	pc = reg(uc, x->pc);
	/* An SVC retired (pc is the next instruction); a faulting instruction did not. */
	kobox_counter_cut(x->counter, pc, -1);
	if (intno == EXCP_SWI)
		x->from_user++;
	enter_el1_from_el0(uc, x, pstate, syndrome, pc, intno != EXCP_SWI, vaddress);
	x->taken++;
	return;
slow:
	x->slow(uc, intno, 0);
}

/* The callback's address, for uc_hook_add(). */
void *kobox_exception_hook(void)
{
	return (void *)kobox_exception;
}

/*
 * Point @x at the counter, the board's hook, a saved context of its own, the
 * virtual clock's nanoseconds slept and the timer's registers (NULL: counter
 * and timer reads go to the board).
 */
void kobox_exceptions_init(struct kobox_fast_exceptions *x, struct kobox_counter *counter,
			   void *slow, void *context, const uint64_t *slept, uint64_t *timer)
{
	x->counter = counter;
	x->slow = (void (*)(void *, uint32_t, void *))slow;
	x->context = context;
	x->slept = slept;
	x->timer = timer;
}

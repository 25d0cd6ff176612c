// SPDX-License-Identifier: MIT
/*
 * The AArch32 exceptions a command causes most, taken in native code, as
 * exception-fast-path.c takes AArch64's: a system call (SVC) or an abort
 * from user mode, the kernel's reads of the system counter (MRRC CNTPCT) and
 * its accesses to the physical timer, which trap to the board (see
 * emulator/cpu/generic-timer.h: the writes that leave its line as it is), its
 * cache maintenance, which traps too (HSTR.T7, emulator/board/arm-cpu.ts):
 * what changes nothing for the board is stepped over here, as the next line
 * of a range of ICIMVAUs is (see emulator/board/instruction-cache.ts).
 * The register writes are those of emulator/cpu/arm-exception-entry.ts,
 * in its order; the board's JavaScript (emulator/board/arm-cpu.ts) takes
 * everything else, and all of them while a debugger is attached. Where an
 * exception leaves a Thumb block, the instructions before it are counted
 * in the code, as the board counts them (emulator/cpu/code-block.ts),
 * read through the guest's page tables (arm-address-translation.ts).
 */
#include <stdint.h>
#include "insn-counter.h"
#include "generic-timer.h"

#define EXCP_UDEF		1	/* a trap to Hyp too */
#define EXCP_SWI		2
#define EXCP_PREFETCH_ABORT	3
#define EXCP_DATA_ABORT		4

#define CPSR_MODE	0x1fu
#define MODE_USR	0x10u
#define MODE_SVC	0x13u
#define MODE_ABT	0x17u
#define CPSR_T		(1u << 5)
#define CPSR_A		(1u << 8)
#define CPSR_E		(1u << 9)
#define CPSR_IT_J	((0x3fu << 10) | (1u << 24) | (3u << 25))
#define SCTLR_M		1u
#define SCTLR_V		(1u << 13)
#define SCTLR_EE	(1u << 25)
#define SCTLR_TE	(1u << 30)

/* HSR's class of a trapped MCR or MRC. */
#define EC_CP15_32	0x03u

/* HSR's class of a trapped MCRR or MRRC. */
#define EC_CP15_64	0x04u

/* Unicorn's struct uc_arm_cp_reg. */
struct arm_cp_reg {
	uint32_t cp, is64, sec, crn, crm, opc1, opc2;
	uint64_t val;
};

/* Shared with emulator/cpu/arm-fast-exceptions.ts: keep the two in step. */
struct kobox_arm_fast_exceptions {
	struct kobox_counter *counter;
	void (*slow)(void *uc, uint32_t intno, void *data);	/* the board's hook */
	void *context;		/* a uc_context to read the pending exception from */
	const uint64_t *slept;	/* the virtual clock's nanoseconds slept; NULL: the board reads it */
	uint64_t from_user;	/* SVCs taken here from user mode */
	uint64_t taken;		/* exceptions taken here */
	uint64_t counter_reads;	/* CNTPCT reads served here */
	uint32_t enabled;
	uint32_t irq_asserted;	/* the interrupt controller asserts the CPU's IRQ input */
	uint32_t ns_per_insn, ns_per_tick;
	/* Offsets in a saved context of env->exception's syndrome, fsr, vaddress, target_el. */
	uint32_t ctx_syndrome, ctx_fsr, ctx_vaddress, ctx_target_el;
	/* Unicorn's register ids. */
	int32_t cpsr, spsr, lr, pc, sp, r0, cp_reg;
	struct arm_cp_reg cp;	/* scratch for cp15 accesses */
	uint64_t last_line;	/* the last ICIMVAU's address, while have_last */
	uint32_t have_last;	/* no other cache maintenance since it */
	uint32_t pad;
	uint64_t c7_other[2];	/* bit CRm * 8 + opc2: a c7 operation that is only stepped over */
	uint64_t c7_steps;	/* c7 operations stepped over here */
	uint64_t *timer;	/* the board's timer state (NULL: its accesses go to the board) */
	uint64_t timer_accesses;	/* CNTP_CTL/CVAL/TVAL reads and writes served here */
};

static uint32_t cp15(void *uc, struct kobox_arm_fast_exceptions *x, uint32_t crn, uint32_t opc1,
		     uint32_t crm, uint32_t opc2)
{
	x->cp = (struct arm_cp_reg){ .cp = 15, .crn = crn, .crm = crm, .opc1 = opc1, .opc2 = opc2 };
	kobox_uc_reg_read(uc, x->cp_reg, &x->cp);
	return (uint32_t)x->cp.val;
}

static void set_cp15(void *uc, struct kobox_arm_fast_exceptions *x, uint32_t crn, uint32_t opc2,
		     uint32_t val)
{
	x->cp = (struct arm_cp_reg){ .cp = 15, .crn = crn, .opc2 = opc2, .val = val };
	kobox_uc_reg_write(uc, x->cp_reg, &x->cp);
}

static int rreg(const struct kobox_arm_fast_exceptions *x, unsigned int n)
{
	return n == 13 ? x->sp : n == 14 ? x->lr : n == 15 ? x->pc : x->r0 + (int)n;
}

#define TTBCR_EAE	(1u << 31)

/* A 32-bit word of guest RAM at @pa; 0 where there is none. */
static int read_word(void *uc, uint64_t pa, uint32_t *w)
{
	return kobox_uc_mem_read(uc, pa, w, 4) == 0;
}

/* A short descriptor's second level, as arm-address-translation.ts's secondLevel(). */
static uint64_t second_level(void *uc, uint32_t at, uint32_t va)
{
	uint32_t l2;

	if (!read_word(uc, at, &l2) || !(l2 & 3))
		return UINT64_MAX;
	return (l2 & 3) == 1 ? (l2 & 0xffff0000u) | (va & 0xffffu) : (l2 & 0xfffff000u) | (va & 0xfffu);
}

/* As arm-address-translation.ts's translateShort(): @va's physical address, or UINT64_MAX. */
static uint64_t translate_short(void *uc, struct kobox_arm_fast_exceptions *x, uint32_t va)
{
	uint32_t ttbcr, n, ttbr, base, index_mask, l1;
	int ttbr1;

	if (!(cp15(uc, x, 1, 0, 0, 0) & SCTLR_M))
		return va;
	ttbcr = cp15(uc, x, 2, 0, 0, 2);
	if (ttbcr & TTBCR_EAE)
		return UINT64_MAX;
	n = ttbcr & 7;
	ttbr1 = n > 0 && (va >> (32 - n)) != 0;
	ttbr = cp15(uc, x, 2, 0, 0, ttbr1);
	base = ttbr & ~((1u << (ttbr1 ? 14 : 14 - n)) - 1);
	index_mask = ttbr1 ? 0xfffu : (1u << (12 - n)) - 1;
	if (!read_word(uc, base + ((va >> 20) & index_mask) * 4, &l1))
		return UINT64_MAX;
	switch (l1 & 3) {
	case 0:
		return UINT64_MAX;
	case 1:
		return second_level(uc, (l1 & 0xfffffc00u) + ((va >> 12) & 0xffu) * 4, va);
	default:
		if (l1 & (1u << 18))	/* a supersection: PA[35:32] in bits 23:20, PA[39:36] in 8:5 */
			return (uint64_t)((l1 >> 20) & 0xf) << 32 | (uint64_t)((l1 >> 5) & 0xf) << 36 |
			       (l1 & 0xff000000u) | (va & 0x00ffffffu);
		return (l1 & 0xfff00000u) | (va & 0x000fffffu);
	}
}

/*
 * The Thumb instructions from @start up to @pc, as code-block.ts's
 * countThumb() counts them (a first halfword from 0b11101 on starts a 32-bit
 * one); -1 if the code cannot be read.
 */
static int64_t thumb_before(void *uc, struct kobox_arm_fast_exceptions *x, uint32_t start, uint32_t pc)
{
	uint8_t code[4096];		/* the page of code the count has reached, from where it entered */
	uint64_t page = UINT64_MAX, pa, end;
	uint32_t at = start, off;
	int64_t n = 0;

	while ((uint64_t)at + 1 < pc) {
		off = at & 0xfffu;
		if ((at & ~0xfffu) != page) {
			page = at & ~0xfffu;
			end = page + 0x1000 < pc ? page + 0x1000 : pc;
			pa = translate_short(uc, x, at);
			if (pa == UINT64_MAX || kobox_uc_mem_read(uc, pa, code + off, end - at) != 0)
				return -1;
		}
		at += (code[off] | code[off + 1] << 8) >> 11 >= 0x1d ? 4 : 2;
		n++;
	}
	return n;
}

/*
 * The instructions of the current block before @pc retired: as
 * kobox_counter_cut(), counting those of a Thumb block in its code. Returns
 * 0, having changed nothing, if that code cannot be read.
 */
static int cut(void *uc, struct kobox_arm_fast_exceptions *x, struct kobox_counter *c, uint64_t pc)
{
	uint64_t end = c->block_pc + c->block_size;
	int64_t before;

	if (c->block_insns && c->block_thumb && pc > c->block_pc && pc < end) {
		before = thumb_before(uc, x, (uint32_t)c->block_pc, (uint32_t)pc);
		if (before < 0)
			return 0;
		kobox_counter_cut(c, pc, before);
		return 1;
	}
	kobox_counter_cut(c, pc, pc == end ? (int64_t)c->block_insns : -1);
	return 1;
}

/* As arm-exception-entry.ts's enterArmException(), into @mode at @vector with return address @lr. */
static void enter(void *uc, struct kobox_arm_fast_exceptions *x, uint32_t cpsr, uint32_t mode,
		  uint32_t vector, uint32_t lr, int abort)
{
	uint32_t sctlr = cp15(uc, x, 1, 0, 0, 0);
	uint32_t next = (cpsr & ~CPSR_MODE & ~CPSR_IT_J & ~CPSR_T & ~CPSR_E) | mode | PSTATE_I;
	uint32_t base = sctlr & SCTLR_V ? 0xffff0000u : cp15(uc, x, 12, 0, 0, 0) & 0xffffffe0u;

	if (abort)
		next |= CPSR_A;
	if (sctlr & SCTLR_TE)
		next |= CPSR_T;
	if (sctlr & SCTLR_EE)
		next |= CPSR_E;
	set_reg(uc, x->cpsr, next);
	set_reg(uc, x->spsr, cpsr);
	set_reg(uc, x->lr, lr);
	set_reg(uc, x->pc, (base + vector) | (next & CPSR_T ? 1 : 0));
}

/* The board carried out the 4-byte instruction at @pc: it retired, go on after it. */
static void step_over(void *uc, struct kobox_arm_fast_exceptions *x, uint64_t pc, uint32_t cpsr)
{
	set_reg(uc, x->pc, (pc + 4) | (cpsr & CPSR_T ? 1 : 0));
	x->counter->retired++;
}

/*
 * As arm-cpu.ts's c7Access() for an MCR of cache maintenance that changes
 * nothing for the board: a barrier, a data cache or branch predictor
 * operation (a line invalidated next starts a range of its own), or an
 * ICIMVAU of the line after the last one, in the same page, whose page the
 * board has dropped already. Returns 0, having changed nothing, otherwise.
 */
static int c7_maintenance(void *uc, struct kobox_arm_fast_exceptions *x, uint32_t syndrome, uint64_t pc,
			  uint32_t cpsr)
{
	uint32_t op = ((syndrome >> 1) & 15) * 8 + ((syndrome >> 17) & 7);
	uint64_t va;

	/* MCR (a write), CRn 7, opc1 0 */
	if ((syndrome >> 26) != EC_CP15_32 || (syndrome & 1) || ((syndrome >> 10) & 15) != 7 || ((syndrome >> 14) & 7))
		return 0;
	if (op == 5 * 8 + 1) {	/* ICIMVAU */
		va = reg(uc, rreg(x, (syndrome >> 5) & 15)) & 0xffffffffu;
		if (!icache_next_line(x->have_last, x->last_line, va))
			return 0;
		if (!cut(uc, x, x->counter, pc))
			return 0;
		x->last_line = va;
	} else if (x->c7_other[op / 64] >> (op % 64) & 1) {
		if (!cut(uc, x, x->counter, pc))
			return 0;
		x->have_last = 0;
	} else {
		return 0;
	}
	step_over(uc, x, pc, cpsr);
	x->c7_steps++;
	return 1;
}

/*
 * The timer register a trapped cp15 access names, as arm-cpu.ts's
 * timerRegister(): MRC/MCR p15, 0, Rt, c14, c2, 0 or 1 (TVAL, CTL), MRRC/MCRR
 * p15, 0 or 2, Rt, Rt2, c14 (CNTPCT, CVAL).
 */
static enum timer_reg timer_register(const struct kobox_arm_fast_exceptions *x, uint32_t syndrome)
{
	uint32_t ec = syndrome >> 26, crm = (syndrome >> 1) & 15;
	enum timer_reg r = TIMER_NONE;

	if (ec == EC_CP15_32 && ((syndrome >> 10) & 15) == 14 && !((syndrome >> 14) & 7) && crm == 2)
		r = ((syndrome >> 17) & 7) == 0 ? TIMER_TVAL : ((syndrome >> 17) & 7) == 1 ? TIMER_CTL : TIMER_NONE;
	else if (ec == EC_CP15_64 && crm == 14)
		r = ((syndrome >> 16) & 15) == 0 ? TIMER_CNTPCT : ((syndrome >> 16) & 15) == 2 ? TIMER_CVAL : TIMER_NONE;
	return r == TIMER_CNTPCT || x->timer ? r : TIMER_NONE;
}

/*
 * As arm-cpu.ts's timerAccess() for a read of CNTPCT or an access to the
 * timer's registers: done at the virtual clock's count before the
 * instruction retires (a read into Rt, and Rt2 for the 64-bit ones), and the
 * instruction stepped over. Returns 0, having changed nothing, for any other
 * trap, a write that moves the interrupt line, or one inside a Thumb block.
 */
static int access_timer(void *uc, struct kobox_arm_fast_exceptions *x, uint32_t syndrome, uint64_t pc,
			uint32_t cpsr)
{
	struct timer_clock clk = { x->slept, x->ns_per_insn, x->ns_per_tick };
	enum timer_reg r = x->slept ? timer_register(x, syndrome) : TIMER_NONE;
	int rt = rreg(x, (syndrome >> 5) & 15), rt2 = rreg(x, (syndrome >> 10) & 15);
	int is64 = (syndrome >> 26) == EC_CP15_64;
	uint64_t value;

	if (r == TIMER_NONE)
		return 0;
	if (!(syndrome & 1)) {
		/* The count where the MCR is: its block cut there only if the write is done here. */
		struct kobox_counter at = *x->counter;

		value = (reg(uc, rt) & 0xffffffffu) | (is64 ? reg(uc, rt2) << 32 : 0);
		if (!cut(uc, x, &at, pc) || !timer_write(x->timer, &at, &clk, r, value))
			return 0;
		*x->counter = at;
	} else {
		if (!cut(uc, x, x->counter, pc))
			return 0;
		value = timer_read(x->timer, r, virtual_count(x->counter, *x->slept, x->ns_per_insn, x->ns_per_tick));
		set_reg(uc, rt, value & 0xffffffffu);
		if (is64)
			set_reg(uc, rt2, value >> 32);
	}
	if (r == TIMER_CNTPCT)
		x->counter_reads++;
	else
		x->timer_accesses++;
	step_over(uc, x, pc, cpsr);
	return 1;
}

/*
 * A cp15 access trapped to Hyp that the shim carries out itself. Not while
 * an interrupt the guest has unmasked waits: the board takes it first.
 */
static int hyp_trap(void *uc, struct kobox_arm_fast_exceptions *x, uint32_t cpsr)
{
	const uint8_t *ctx = x->context;
	uint32_t syndrome;
	uint64_t pc;

	if (x->irq_asserted && !(cpsr & PSTATE_I))
		return 0;
	if (kobox_uc_context_save(uc, x->context) != 0 || *(const uint32_t *)(ctx + x->ctx_target_el) != 2)
		return 0;
	syndrome = *(const uint32_t *)(ctx + x->ctx_syndrome);
	pc = reg(uc, x->pc) & ~1ull;
	return access_timer(uc, x, syndrome, pc, cpsr) || c7_maintenance(uc, x, syndrome, pc, cpsr);
}

/* A system call or an abort from user mode: 0 if it is not one the shim takes. */
static int from_user(void *uc, struct kobox_arm_fast_exceptions *x, uint32_t intno, uint32_t cpsr)
{
	const uint8_t *ctx = x->context;
	uint32_t status, address;
	uint64_t pc;

	if ((cpsr & CPSR_MODE) != MODE_USR ||
	    (intno != EXCP_SWI && intno != EXCP_PREFETCH_ABORT && intno != EXCP_DATA_ABORT))
		return 0;
	if (kobox_uc_context_save(uc, x->context) != 0)
		return 0;
	pc = reg(uc, x->pc) & 0xffffffffu;
	if (!cut(uc, x, x->counter, pc))
		return 0;
	status = *(const uint32_t *)(ctx + x->ctx_fsr);
	address = (uint32_t)*(const uint64_t *)(ctx + x->ctx_vaddress);
	switch (intno) {
	case EXCP_SWI:	/* pc is the next instruction */
		x->from_user++;
		enter(uc, x, cpsr, MODE_SVC, 0x08, (uint32_t)pc, 0);
		break;
	case EXCP_PREFETCH_ABORT:	/* IFSR, IFAR */
		set_cp15(uc, x, 5, 1, status);
		set_cp15(uc, x, 6, 2, address);
		enter(uc, x, cpsr, MODE_ABT, 0x0c, (uint32_t)(pc + 4), 1);
		break;
	default:	/* DFSR, DFAR */
		set_cp15(uc, x, 5, 0, status);
		set_cp15(uc, x, 6, 0, address);
		enter(uc, x, cpsr, MODE_ABT, 0x10, (uint32_t)(pc + 8), 1);
		break;
	}
	return 1;
}

/* The UC_HOOK_INTR callback; @data is the struct kobox_arm_fast_exceptions. */
void kobox_arm_exception(void *uc, uint32_t intno, void *data)
{
	struct kobox_arm_fast_exceptions *x = data;
	uint32_t cpsr;

	if (!x->enabled)
		goto slow;
	cpsr = (uint32_t)reg(uc, x->cpsr);
	if (intno == EXCP_UDEF) {
		if (hyp_trap(uc, x, cpsr))
			return;
		goto slow;
	}
	if (from_user(uc, x, intno, cpsr)) {
		x->taken++;
		return;
	}
slow:
	x->slow(uc, intno, 0);
}

/* The callback's address, for uc_hook_add(). */
void *kobox_arm_exception_hook(void)
{
	return (void *)kobox_arm_exception;
}

/* As kobox_exceptions_init(). */
void kobox_arm_exceptions_init(struct kobox_arm_fast_exceptions *x, struct kobox_counter *counter,
			       void *slow, void *context, const uint64_t *slept, uint64_t *timer)
{
	x->counter = counter;
	x->slow = (void (*)(void *, uint32_t, void *))slow;
	x->context = context;
	x->slept = slept;
	x->timer = timer;
}

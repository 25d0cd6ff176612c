/* SPDX-License-Identifier: MIT */
/*
 * kobox's native shim (insn-counter.c, exception-fast-path.c,
 * arm-exception-fast-path.c, sys-insn-filter.c): the instruction counter's
 * state, shared with the exceptions the shim takes itself, the Unicorn
 * functions it found (kobox_counter_bind()), and what the files share.
 */
#ifndef KOBOX_INSN_COUNTER_H
#define KOBOX_INSN_COUNTER_H

#include <stdint.h>

#define PSTATE_I	(1u << 7)	/* IRQs masked; CPSR.I on AArch32 too */

enum stop_reason {
	STOP_NONE,
	STOP_LIMIT,	/* the retired instructions reached the limit */
	STOP_UNMASKED,	/* IRQs were unmasked while one is pending */
	STOP_ASKED,	/* the host asked for a stop at the next block */
};

/* Shared with emulator/cpu/instruction-counter.ts: keep the two in step. */
struct kobox_counter {
	uint64_t retired;	/* instructions retired before the current block */
	uint64_t block_pc;	/* the current block's first instruction */
	uint64_t block_insns;	/* its length; 0 when no block is open */
	uint64_t limit;		/* stop at the first block boundary at or past this */
	uint64_t stop_pc;	/* where the hook stopped the emulation: resume there */
	uint32_t stop_unmasked;	/* stop at a block boundary where PSTATE.I is clear */
	uint32_t stop_asked;	/* stop at the next block boundary */
	uint32_t stopped;	/* why the hook stopped the emulation (enum stop_reason) */
	int32_t pstate_reg;	/* Unicorn's register id of PSTATE (CPSR on AArch32) */
	int32_t aarch32;	/* the CPU is AArch32: a block may be Thumb code */
	uint32_t block_thumb;	/* the current block is Thumb code */
	uint32_t block_size;	/* its size in bytes */
	uint32_t mismatched;	/* Thumb blocks Unicorn could not give the count of */
};

extern int (*kobox_uc_reg_read)(void *uc, int regid, void *value);
extern int (*kobox_uc_reg_write)(void *uc, int regid, const void *value);
extern int (*kobox_uc_context_save)(void *uc, void *context);
extern int (*kobox_uc_mem_read)(void *uc, uint64_t address, void *bytes, uint64_t size);

void kobox_counter_cut(struct kobox_counter *c, uint64_t pc, int64_t before);

static inline uint64_t reg(void *uc, int id)
{
	uint64_t v = 0;

	kobox_uc_reg_read(uc, id, &v);
	return v;
}

static inline void set_reg(void *uc, int id, uint64_t v)
{
	kobox_uc_reg_write(uc, id, &v);
}

/* The smallest I-cache line of a Cortex-A57 or A15: one IC IVAU (ICIMVAU) covers this much. */
#define ICACHE_LINE	64u

/*
 * An instruction cache invalidation of @va is the next line of a range after
 * @last (the last one, with no other cache maintenance since, if @have_last),
 * in the same page: the board has dropped that page's translations already.
 */
static inline int icache_next_line(int have_last, uint64_t last, uint64_t va)
{
	return have_last && va > last && va - last <= ICACHE_LINE && !((va ^ last) >> 12);
}

/*
 * The system counter (ticks) at the instruction the counter has reached: the
 * virtual clock's nanoseconds (@ns_per_insn each, plus @slept) in ticks.
 */
static inline uint64_t virtual_count(const struct kobox_counter *c, uint64_t slept,
				     uint32_t ns_per_insn, uint32_t ns_per_tick)
{
	return (c->retired * ns_per_insn + slept) / ns_per_tick;
}

#endif

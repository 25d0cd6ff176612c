// SPDX-License-Identifier: MIT
/*
 * kobox's instruction counter: the virtual clock's source, counted by block.
 *
 * Unicorn's own count (uc_emu_start with a count) calls a hook before every
 * instruction. This one is a UC_HOOK_BLOCK hook instead: it runs once per
 * translation block, before the block's first instruction, and notes the
 * block's length. AArch64 and A32 instructions are 4 bytes, so a block of
 * them holds size / 4. T32 (Thumb) mixes 2- and 4-byte instructions: for a
 * Thumb block the hook asks Unicorn for the translation block itself
 * (UC_CTL_TB_REQUEST_CACHE), which knows how many instructions its
 * translation found. The block being run is in Unicorn's cache, so the
 * request finds it rather than translating anything; a block whose size
 * differs from the one the hook was given (another translation of the same
 * address) is counted as the hook can and noted in `mismatched`. The block is counted once it has run: the hook closes the
 * previous block when the next one begins, kobox_counter_close() when the
 * emulation has stopped, and kobox_counter_cut() when an exception cut the
 * block short, with the address of the first instruction that did not retire.
 *
 * The hook also ends a run, at a block boundary: once the instructions
 * retired reach the limit, when the host asked for it, or, when asked, as
 * soon as IRQs are unmasked (an instruction that unmasks them, msr daifclr or
 * msr daif, ends its block). A stop requested here comes before the next
 * block runs: Unicorn tests for it at the start of every block, after this
 * hook. The PC is then not always the block's (once a code hook exists,
 * Unicorn leaves it where a hook last stored it), so the hook keeps the
 * block's address for the host to resume at. For the same reason the host asks the hook to stop, rather
 * than calling uc_emu_stop() itself, when it wants the CPU back soon.
 *
 * The counter is a struct the caller owns (kobox maps it from TypeScript).
 * uc_emu_stop(), uc_query(), uc_reg_read() and the others are looked up in
 * the libunicorn the caller has already loaded (kobox_counter_bind()), so that
 * the shim needs neither Unicorn's headers nor a link to a particular copy of
 * it.
 */
#include <dlfcn.h>
#include <stdint.h>

/* uc_query(UC_QUERY_MODE) and its Thumb bit (UC_MODE_THUMB). */
#define QUERY_MODE	1
#define MODE_THUMB	(1u << 4)

/* uc_ctl(UC_CTL_TB_REQUEST_CACHE, 2 arguments, read and write). */
#define TB_REQUEST	(8u | (2u << 26) | (3u << 30))

/* Unicorn's uc_tb. */
struct uc_tb {
	uint64_t pc;
	uint16_t icount;
	uint16_t size;
};

#include "insn-counter.h"

static int (*emu_stop)(void *uc);
int (*kobox_uc_reg_read)(void *uc, int regid, void *value);
int (*kobox_uc_reg_write)(void *uc, int regid, const void *value);
int (*kobox_uc_context_save)(void *uc, void *context);
int (*kobox_uc_mem_read)(void *uc, uint64_t address, void *bytes, uint64_t size);
static int (*ctl)(void *uc, uint32_t control, ...);
static int (*query)(void *uc, int type, uint64_t *result);

/*
 * Find uc_emu_stop(), uc_reg_read() and the few other functions of Unicorn the
 * shim calls in the libunicorn at @path, which the process must have loaded
 * already. Returns 0, or -1 if it is not loaded or lacks them.
 */
int kobox_counter_bind(const char *path)
{
	void *lib = dlopen(path, RTLD_NOW | RTLD_NOLOAD);
	int ret = -1;

	if (!lib)
		return -1;
	emu_stop = dlsym(lib, "uc_emu_stop");
	kobox_uc_reg_read = dlsym(lib, "uc_reg_read");
	kobox_uc_reg_write = dlsym(lib, "uc_reg_write");
	kobox_uc_context_save = dlsym(lib, "uc_context_save");
	kobox_uc_mem_read = dlsym(lib, "uc_mem_read");
	ctl = dlsym(lib, "uc_ctl");
	query = dlsym(lib, "uc_query");
	if (emu_stop && kobox_uc_reg_read && kobox_uc_reg_write && kobox_uc_context_save && kobox_uc_mem_read && ctl &&
	    query)
		ret = 0;
	/* The caller's own reference keeps the library loaded. */
	dlclose(lib);
	return ret;
}

static void close_block(struct kobox_counter *c)
{
	c->retired += c->block_insns;
	c->block_insns = 0;
}

static int irqs_unmasked(void *uc, const struct kobox_counter *c)
{
	uint64_t pstate = 0;

	kobox_uc_reg_read(uc, c->pstate_reg, &pstate);
	return !(pstate & PSTATE_I);
}

/*
 * Whether the block about to run is Thumb code. Unicorn's mode query reads the
 * CPU's Thumb flag alone: reading CPSR has it assemble the whole register, a
 * sixth of a 32-bit board's time when every block asked for it.
 */
static int thumb_block(void *uc, const struct kobox_counter *c)
{
	uint64_t mode = 0;

	if (!c->aarch32)
		return 0;
	query(uc, QUERY_MODE, &mode);
	return !!(mode & MODE_THUMB);
}

/* The instructions of the block at @pc, of @size bytes, about to run. */
static uint64_t block_length(void *uc, struct kobox_counter *c, uint64_t pc, uint32_t size)
{
	struct uc_tb tb = { 0 };

	c->block_thumb = thumb_block(uc, c);
	if (!c->block_thumb)
		return size / 4;
	if (ctl(uc, TB_REQUEST, pc, &tb) == 0 && tb.pc == pc && tb.size == size)
		return tb.icount;
	c->mismatched++;
	return size / 2;
}

/* The UC_HOOK_BLOCK callback; @c is the hook's user data. */
void kobox_counter_block(void *uc, uint64_t pc, uint32_t size, void *data)
{
	struct kobox_counter *c = data;

	close_block(c);
	if (c->stop_asked) {
		c->stopped = STOP_ASKED;
		goto stop;
	}
	if (c->retired >= c->limit) {
		c->stopped = STOP_LIMIT;
		goto stop;
	}
	if (c->stop_unmasked && irqs_unmasked(uc, c)) {
		c->stopped = STOP_UNMASKED;
		goto stop;
	}
	c->block_pc = pc;
	c->block_size = size;
	c->block_insns = block_length(uc, c, pc, size);
	return;
stop:
	c->stop_pc = pc;
	emu_stop(uc);
}

/* The emulation stopped after the current block ran to its end. */
void kobox_counter_close(struct kobox_counter *c)
{
	close_block(c);
}

/*
 * An exception left the current block at @pc: the block's instructions before
 * @pc retired, the others did not. A @pc outside the block (a fault fetching
 * the next block) means the whole block ran. @before is the number of those
 * instructions in a Thumb block, which the caller counts from the code (-1 in
 * a block of 4-byte instructions).
 */
void kobox_counter_cut(struct kobox_counter *c, uint64_t pc, int64_t before)
{
	uint64_t end = c->block_pc + c->block_size;

	if (c->block_insns && pc >= c->block_pc && pc <= end)
		c->block_insns = before >= 0 ? (uint64_t)before : (pc - c->block_pc) / 4;
	close_block(c);
}

/* The callback's address, for uc_hook_add(). */
void *kobox_counter_hook(void)
{
	return (void *)kobox_counter_block;
}

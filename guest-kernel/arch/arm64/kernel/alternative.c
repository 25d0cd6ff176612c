// SPDX-License-Identifier: GPL-2.0
/*
 * Alternatives in modules (apply_alternatives_module(), called from
 * module_finalize()): every .altinstructions entry whose capability the
 * CPU has is applied, either by copying the replacement instructions
 * (branches and ADRP re-targeted for their new place) or by calling the
 * entry's callback, e.g. alt_cb_patch_nops for alternative_has_feature_*().
 * The kernel itself is built without alternatives.
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/export.h>
#include <asm/alternative.h>
#include <asm/cpufeature.h>
#include <asm/insn.h>

#define __ALT_PTR(a, f)		((void *)&(a)->f + (a)->f)
#define ALT_ORIG_PTR(a)		__ALT_PTR(a, orig_offset)
#define ALT_REPL_PTR(a)		__ALT_PTR(a, alt_offset)
#define ALT_CAP(a)		((a)->cpufeature & ~ARM64_CB_BIT)
#define ALT_HAS_CB(a)		((a)->cpufeature & ARM64_CB_BIT)

/* Does a branch at pc in the replacement leave the replacement? */
static bool branch_insn_requires_update(struct alt_instr *alt, unsigned long pc)
{
	unsigned long replptr = (unsigned long)ALT_REPL_PTR(alt);

	return !(pc >= replptr && pc <= replptr + alt->alt_len);
}

/* The replacement instruction as it must read at its new place. */
static u32 get_alt_insn(struct alt_instr *alt, u32 *insnptr, u32 *altinsnptr)
{
	u32 insn = *altinsnptr;

	if (aarch64_insn_is_branch_imm(insn)) {
		unsigned long target = (unsigned long)altinsnptr +
				       aarch64_get_branch_offset(insn);

		if (branch_insn_requires_update(alt, target))
			insn = aarch64_set_branch_offset(insn,
					target - (unsigned long)insnptr);
	} else if (aarch64_insn_is_adrp(insn)) {
		unsigned long target = ((unsigned long)altinsnptr & ~0xfffUL) +
				       aarch64_insn_adrp_get_offset(insn);

		insn = aarch64_insn_adrp_set_offset(insn,
				target - ((unsigned long)insnptr & ~0xfffUL));
	} else if (aarch64_insn_uses_literal(insn)) {
		/* PC-relative literals cannot be moved */
		BUG();
	}
	return insn;
}

static void patch_alternative(struct alt_instr *alt, u32 *origptr,
			      u32 *updptr, int nr_inst)
{
	u32 *replptr = ALT_REPL_PTR(alt);
	int i;

	for (i = 0; i < nr_inst; i++)
		updptr[i] = get_alt_insn(alt, origptr + i, replptr + i);
}

/*
 * Module text is still writable here (before complete_formation());
 * flush_module_icache() does the cache maintenance afterwards.
 */
void apply_alternatives_module(void *start, size_t length)
{
	struct alt_instr *alt, *end = start + length;

	for (alt = start; alt < end; alt++) {
		alternative_cb_t alt_cb;
		u32 *origptr;
		int nr_inst;

		if (!cpus_have_cap(ALT_CAP(alt)))
			continue;
		if (ALT_HAS_CB(alt))
			BUG_ON(alt->alt_len != 0);
		else
			BUG_ON(alt->alt_len != alt->orig_len);

		origptr = ALT_ORIG_PTR(alt);
		nr_inst = alt->orig_len / AARCH64_INSN_SIZE;
		alt_cb = ALT_HAS_CB(alt) ? (alternative_cb_t)ALT_REPL_PTR(alt)
					 : patch_alternative;
		alt_cb(alt, origptr, origptr, nr_inst);
	}
}

/* The callback of alternative_has_feature_*(): the branch becomes NOPs. */
void alt_cb_patch_nops(struct alt_instr *alt, u32 *origptr, u32 *updptr,
		       int nr_inst)
{
	int i;

	for (i = 0; i < nr_inst; i++)
		updptr[i] = aarch64_insn_gen_nop();
}
EXPORT_SYMBOL(alt_cb_patch_nops);

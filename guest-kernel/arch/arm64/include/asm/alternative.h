/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Alternatives: an .altinstructions entry says "when the CPU has cap,
 * replace orig_len bytes at orig with the instructions at alt" (or, with
 * ARM64_CB_BIT, "call the function at alt to patch them"). 6.1's layout.
 */
#ifndef __ASM_ALTERNATIVE_H
#define __ASM_ALTERNATIVE_H

#include <linux/types.h>

#define ARM64_CB_SHIFT	15
#define ARM64_CB_BIT	(1U << ARM64_CB_SHIFT)

struct alt_instr {
	s32 orig_offset;	/* offset to original instruction */
	s32 alt_offset;		/* offset to replacement, or callback */
	u16 cpufeature;		/* cpufeature bit set for replacement */
	u8  orig_len;		/* size of original instruction(s) */
	u8  alt_len;		/* size of new instruction(s), <= orig_len */
};

typedef void (*alternative_cb_t)(struct alt_instr *alt, u32 *origptr,
				 u32 *updptr, int nr_inst);

void apply_alternatives_module(void *start, size_t length);
void alt_cb_patch_nops(struct alt_instr *alt, u32 *origptr,
		       u32 *updptr, int nr_inst);

#endif

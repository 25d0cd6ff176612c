/* SPDX-License-Identifier: GPL-2.0 */
/* Decoding and generating the few A64 instructions that get patched. */
#ifndef __ASM_INSN_H
#define __ASM_INSN_H

#include <linux/types.h>

#define AARCH64_INSN_SIZE	4

enum aarch64_insn_branch_type {
	AARCH64_INSN_BRANCH_NOLINK,
	AARCH64_INSN_BRANCH_LINK,
};

/* Where an instruction keeps an immediate (Linux's names). */
enum aarch64_insn_imm_type {
	AARCH64_INSN_IMM_ADR,
	AARCH64_INSN_IMM_26,
	AARCH64_INSN_IMM_19,
	AARCH64_INSN_IMM_16,
	AARCH64_INSN_IMM_14,
	AARCH64_INSN_IMM_12,
};

static inline u32 aarch64_insn_gen_nop(void)
{
	return 0xd503201f;
}

bool aarch64_insn_is_branch_imm(u32 insn);
s32 aarch64_get_branch_offset(u32 insn);
u32 aarch64_set_branch_offset(u32 insn, s32 offset);
bool aarch64_insn_is_adrp(u32 insn);
s32 aarch64_insn_adrp_get_offset(u32 insn);
u32 aarch64_insn_adrp_set_offset(u32 insn, s32 offset);
bool aarch64_insn_uses_literal(u32 insn);
u32 aarch64_insn_encode_immediate(enum aarch64_insn_imm_type type, u32 insn,
				  u64 imm);
u32 aarch64_insn_gen_branch_imm(unsigned long pc, unsigned long addr,
				enum aarch64_insn_branch_type type);

/* patching.c: write one instruction of (possibly read-only) kernel text */
int aarch64_insn_patch_text_nosync(void *addr, u32 insn);

#endif

// SPDX-License-Identifier: GPL-2.0
/*
 * A64 instruction fields for code patching: the immediate branches
 * (B/BL imm26, B.cond/CBZ/CBNZ imm19, TBZ/TBNZ imm14), ADRP and the
 * PC-relative literal loads, as arm64 Linux's insn.c decodes them, and
 * the immediates the module loader's relocations rewrite.
 */
#include <linux/kernel.h>
#include <asm/insn.h>

struct branch_form {
	u32 mask, value;
	unsigned int shift, bits;	/* the word offset's field */
};

static const struct branch_form branch_forms[] = {
	{ 0x7c000000, 0x14000000, 0, 26 },	/* B, BL */
	{ 0xff000010, 0x54000000, 5, 19 },	/* B.cond */
	{ 0x7e000000, 0x34000000, 5, 19 },	/* CBZ, CBNZ */
	{ 0x7e000000, 0x36000000, 5, 14 },	/* TBZ, TBNZ */
};

static const struct branch_form *branch_form(u32 insn)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(branch_forms); i++)
		if ((insn & branch_forms[i].mask) == branch_forms[i].value)
			return &branch_forms[i];
	return NULL;
}

bool aarch64_insn_is_branch_imm(u32 insn)
{
	return branch_form(insn) != NULL;
}

/* The byte offset, sign-extended from the field. */
s32 aarch64_get_branch_offset(u32 insn)
{
	const struct branch_form *f = branch_form(insn);
	u32 imm;

	if (!f)
		return 0;
	imm = (insn >> f->shift) & ((1U << f->bits) - 1);
	return (s32)(imm << (32 - f->bits)) >> (32 - f->bits - 2);
}

u32 aarch64_set_branch_offset(u32 insn, s32 offset)
{
	const struct branch_form *f = branch_form(insn);
	u32 mask;

	if (!f)
		return insn;
	mask = ((1U << f->bits) - 1) << f->shift;
	return (insn & ~mask) | ((((u32)offset >> 2) << f->shift) & mask);
}

bool aarch64_insn_is_adrp(u32 insn)
{
	return (insn & 0x9f000000) == 0x90000000;
}

/* ADRP: immhi (23:5) and immlo (30:29) give pages; the offset in bytes. */
s32 aarch64_insn_adrp_get_offset(u32 insn)
{
	u32 imm = ((insn >> 5) & 0x7ffff) << 2 | ((insn >> 29) & 3);

	return (s32)(imm << 11) >> 11 << 12;
}

u32 aarch64_insn_adrp_set_offset(u32 insn, s32 offset)
{
	u32 imm = (u32)offset >> 12;

	insn &= ~((3U << 29) | (0x7ffffU << 5));
	return insn | (imm & 3) << 29 | ((imm >> 2) & 0x7ffff) << 5;
}

/* LDR (literal) of general, SIMD registers, LDRSW and PRFM (literal). */
bool aarch64_insn_uses_literal(u32 insn)
{
	return (insn & 0x3b000000) == 0x18000000 ||	/* LDR/LDRSW/PRFM literal */
	       (insn & 0x9f000000) == 0x10000000 ||	/* ADR */
	       aarch64_insn_is_adrp(insn);
}

u32 aarch64_insn_gen_branch_imm(unsigned long pc, unsigned long addr,
				enum aarch64_insn_branch_type type)
{
	long offset = (long)addr - (long)pc;

	if ((pc & 3) || (addr & 3) || offset < -(128L << 20) || offset >= (128L << 20))
		return 0;	/* Linux's AARCH64_BREAK_FAULT case: caller checks */
	return (type == AARCH64_INSN_BRANCH_LINK ? 0x94000000 : 0x14000000) |
	       (((u32)offset >> 2) & 0x03ffffff);
}

/* Put imm (its low bits) in the field of insn that type names. */
u32 aarch64_insn_encode_immediate(enum aarch64_insn_imm_type type, u32 insn,
				  u64 imm)
{
	static const struct { u8 shift, bits; } field[] = {
		[AARCH64_INSN_IMM_26] = { 0, 26 },
		[AARCH64_INSN_IMM_19] = { 5, 19 },
		[AARCH64_INSN_IMM_16] = { 5, 16 },
		[AARCH64_INSN_IMM_14] = { 5, 14 },
		[AARCH64_INSN_IMM_12] = { 10, 12 },
	};
	u32 mask;

	if (type == AARCH64_INSN_IMM_ADR) {	/* immlo in 30:29, immhi in 23:5 */
		insn &= ~((3U << 29) | (0x7ffffU << 5));
		return insn | ((imm & 3) << 29) | (((imm >> 2) & 0x7ffff) << 5);
	}
	mask = (1U << field[type].bits) - 1;
	insn &= ~(mask << field[type].shift);
	return insn | ((imm & mask) << field[type].shift);
}

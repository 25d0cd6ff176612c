// SPDX-License-Identifier: GPL-2.0
/* A jump label site is a NOP or a B to its target (ARM state). */
#include <linux/kernel.h>
#include <linux/jump_label.h>
#include <asm/patch.h>

#define ARM_INSN_NOP		0xe320f000
#define ARM_INSN_B		0xea000000

bool arch_jump_label_transform_queue(struct jump_entry *entry,
				     enum jump_label_type type)
{
	unsigned long pc = jump_entry_code(entry);
	u32 insn = ARM_INSN_NOP;

	if (type == JUMP_LABEL_JMP)
		insn = ARM_INSN_B |
		       (((jump_entry_target(entry) - pc - 8) >> 2) & 0x00ffffff);
	__patch_text((void *)pc, insn);
	return true;
}

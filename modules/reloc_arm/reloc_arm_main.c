// SPDX-License-Identifier: GPL-2.0
/*
 * Checks, at init, that the loader applied each 32-bit ARM relocation type
 * Debian's armmp modules carry (R_ARM_NONE, ABS32, REL32, CALL, JUMP24,
 * PREL31, MOVW_ABS_NC, MOVT_ABS, V4BX) and the place-relative MOVW_PREL_NC
 * and MOVT_PREL it also applies: each rt_* in reloc_arm_code.S
 * depends on one, including branches out of range that must go through
 * the module's .plt or, from init code, its .init.plt.
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/string.h>

u32 rt_call(void);
u32 rt_jump24(void);
u32 rt_call_kernel(const char *s);
u32 rt_movw_movt(void);
u32 rt_movw_movt_prel(void);
u32 rt_v4bx(void);
extern u32 rt_far_call[], rt_far_jump[], rt_init_far_call[];
extern u32 rt_data_abs32[], rt_data_rel32[], rt_data_prel31[], rt_data_none[];
extern u8 rt_target_data[], rt_far[];

#define ARM_PLT_LDR	0xe59ff038	/* ldr pc, [pc, #56]: its literal is 64 bytes on */

/* Where the branch instruction at insn goes. */
static unsigned long branch_target(const u32 *insn)
{
	return (unsigned long)insn + 8 + ((s32)(*insn << 8) >> 6);
}

/* 1 when the branch at insn reaches rt_far through a PLT entry in the module's core or init. */
static u32 through_plt(const u32 *insn, bool init)
{
	unsigned long entry = branch_target(insn);
	bool inside = init ? within_module_init(entry, THIS_MODULE) :
			     within_module_core(entry, THIS_MODULE);

	return inside && *(u32 *)entry == ARM_PLT_LDR &&
	       *(u32 *)(entry + 64) == (unsigned long)rt_far;
}

struct reloc_check {
	const char *what;
	u32 got, want;
};

static int __init reloc_arm_init(void)
{
	const u32 target = (unsigned long)rt_target_data;
	const u32 prel31 = (unsigned long)rt_data_prel31 +
			   ((s32)(rt_data_prel31[0] << 1) >> 1);
	const struct reloc_check checks[] = {
		{ "CALL", rt_call(), 126 },
		{ "JUMP24", rt_jump24(), 24 },
		{ "CALL (kernel)", rt_call_kernel("relocation"), 10 },
		{ "MOVW_ABS_NC/MOVT_ABS", rt_movw_movt(), target },
		{ "MOVW_PREL_NC/MOVT_PREL", rt_movw_movt_prel(), target },
		{ "V4BX", rt_v4bx(), 4 },
		{ "ABS32", rt_data_abs32[0], target + 8 },
		{ "REL32", (unsigned long)rt_data_rel32 + rt_data_rel32[0], target },
		{ "PREL31", prel31, target },
		{ "PREL31 bit 31", rt_data_prel31[0] >> 31, 1 },
		{ "NONE", rt_data_none[0], 0x12345678 },
		{ "CALL through .plt", through_plt(rt_far_call, false), 1 },
		{ "JUMP24 through .plt", through_plt(rt_far_jump, false), 1 },
		{ "CALL through .init.plt", through_plt(rt_init_far_call, true), 1 },
	};
	int i, failed = 0;

	for (i = 0; i < ARRAY_SIZE(checks); i++) {
		if (checks[i].got == checks[i].want)
			continue;
		pr_err("reloc_arm: %s gave %x, expected %x\n", checks[i].what,
		       checks[i].got, checks[i].want);
		failed++;
	}
	if (failed)
		return -EINVAL;
	pr_info("reloc_arm: all %d relocation checks passed\n", (int)ARRAY_SIZE(checks));
	return 0;
}

static void __exit reloc_arm_exit(void)
{
}

module_init(reloc_arm_init);
module_exit(reloc_arm_exit);
MODULE_LICENSE("GPL");

// SPDX-License-Identifier: GPL-2.0
/*
 * Checks, at init, that the module loader applied every AArch64 relocation type that arm64
 * Linux handles: each rt_* function or datum in reloc_test_code.S depends on one of them.
 */
#include <linux/init.h>
#include <linux/module.h>
#include "reloc_test.h"

#define FN(name) u64 name(void)
FN(rt_movw_uabs_g0); FN(rt_movw_uabs_g1); FN(rt_movw_uabs_g2); FN(rt_movw_uabs_g3);
FN(rt_movw_sabs_g0); FN(rt_movw_sabs_g1); FN(rt_movw_sabs_g2);
FN(rt_movw_prel_g0); FN(rt_movw_prel_g1); FN(rt_movw_prel_g2); FN(rt_movw_prel_g3);
FN(rt_ld_prel_lo19); FN(rt_adr_prel_lo21); FN(rt_adr_prel_pg_hi21); FN(rt_adr_prel_pg_hi21_nc);
FN(rt_ldst8); FN(rt_ldst16); FN(rt_ldst32); FN(rt_ldst64);
FN(rt_tstbr14); FN(rt_condbr19); FN(rt_jump26); FN(rt_call26);

extern u8 rt_near[], rt_target_data[], rt_octa[];
extern u32 rt_ldst128_insn[];
extern u64 rt_data_abs64[], rt_data_prel64[];
extern u32 rt_data_abs32[], rt_data_prel32[];
extern u16 rt_data_abs16[], rt_data_prel16[];

struct reloc_check {
	const char *what;
	u64 got, want;
};

static int __init reloc_test_init(void)
{
	const u64 target = (u64)rt_target_data;
	/* imm12 of an LDR (128-bit) is the low 12 address bits, scaled by 16 */
	const u64 ldst128 = ((rt_ldst128_insn[0] >> 10) & 0xfff) << 4;
	const struct reloc_check checks[] = {
		{ "MOVW_UABS_G0", rt_movw_uabs_g0(), RT_U16 },
		{ "MOVW_UABS_G1", rt_movw_uabs_g1(), RT_U32 },
		{ "MOVW_UABS_G2", rt_movw_uabs_g2(), RT_U48 },
		{ "MOVW_UABS_G3", rt_movw_uabs_g3(), RT_ABS64 },
		{ "MOVW_SABS_G0", rt_movw_sabs_g0(), (u64)(s64)RT_S16 },
		{ "MOVW_SABS_G1", rt_movw_sabs_g1(), (u64)(s64)RT_S32 },
		{ "MOVW_SABS_G2", rt_movw_sabs_g2(), (u64)(s64)RT_S48 },
		{ "MOVW_PREL_G0", rt_movw_prel_g0(), (u64)rt_near },
		{ "MOVW_PREL_G1", rt_movw_prel_g1(), target },
		{ "MOVW_PREL_G2", rt_movw_prel_g2(), target },
		{ "MOVW_PREL_G3", rt_movw_prel_g3(), target },
		{ "LD_PREL_LO19", rt_ld_prel_lo19(), 0x1122334455667788 },
		{ "ADR_PREL_LO21", rt_adr_prel_lo21(), (u64)rt_near },
		{ "ADR_PREL_PG_HI21", rt_adr_prel_pg_hi21(), target },
		{ "ADR_PREL_PG_HI21_NC", rt_adr_prel_pg_hi21_nc(), target },
		{ "LDST8_ABS_LO12_NC", rt_ldst8(), 0x5a },
		{ "LDST16_ABS_LO12_NC", rt_ldst16(), 0xa55a },
		{ "LDST32_ABS_LO12_NC", rt_ldst32(), 0xdeadbeef },
		{ "LDST64_ABS_LO12_NC", rt_ldst64(), 0xfedcba9876543210 },
		{ "LDST128_ABS_LO12_NC", ldst128, (u64)rt_octa & 0xfff },
		{ "TSTBR14", rt_tstbr14(), 14 },
		{ "CONDBR19", rt_condbr19(), 19 },
		{ "JUMP26", rt_jump26(), 26 },
		{ "CALL26", rt_call26(), 126 },
		{ "ABS64", rt_data_abs64[0], RT_ABS64 },
		{ "ABS32", rt_data_abs32[0], RT_ABS32 },
		{ "ABS16", rt_data_abs16[0], RT_ABS16 },
		{ "PREL64", (u64)rt_data_prel64 + rt_data_prel64[0], target },
		{ "PREL32", (u64)rt_data_prel32 + (s32)rt_data_prel32[0], target },
		{ "PREL16", (u64)rt_data_prel16 + (s16)rt_data_prel16[0], target },
	};
	int i, failed = 0;

	for (i = 0; i < ARRAY_SIZE(checks); i++) {
		if (checks[i].got == checks[i].want)
			continue;
		pr_err("reloc_test: %s gave %llx, expected %llx\n", checks[i].what, checks[i].got, checks[i].want);
		failed++;
	}
	if (failed)
		return -EINVAL;
	pr_info("reloc_test: all %d relocation checks passed\n", (int)ARRAY_SIZE(checks));
	return 0;
}

static void __exit reloc_test_exit(void)
{
}

module_init(reloc_test_init);
module_exit(reloc_test_exit);
MODULE_LICENSE("GPL");

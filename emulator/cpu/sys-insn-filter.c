// SPDX-License-Identifier: MIT
/*
 * The filter in front of the board's hook for AArch64 SYS instructions
 * (cache and TLB maintenance, address translation): Unicorn calls the hook
 * for every one, and DC ZVA alone comes thousands of times a command, so
 * only those with a CRm the board asked for go on to its JavaScript.
 */
#include <stdint.h>

/* Shared with emulator/cpu/unicorn.ts (onSysInstruction): keep the two in step. */
struct kobox_sys_filter {
	uint32_t crms;		/* bit n set: SYS instructions with CRm n go to the host */
	uint32_t unused;
	uint32_t (*host)(void *uc, int reg, const void *cp, void *data);
};

/* The UC_HOOK_INSN (UC_ARM64_INS_SYS) callback; @cp is a struct uc_arm64_cp_reg. */
uint32_t kobox_sys_insn(void *uc, int reg, const void *cp, void *data)
{
	const struct kobox_sys_filter *f = data;
	uint32_t crm = ((const uint32_t *)cp)[1];	/* after crn */

	if (crm >= 32 || !(f->crms & (1u << crm)))
		return 0;
	return f->host(uc, reg, cp, 0);
}

void *kobox_sys_insn_hook(void)
{
	return (void *)kobox_sys_insn;
}

void kobox_sys_filter_init(struct kobox_sys_filter *f, void *host)
{
	f->host = (uint32_t (*)(void *, int, const void *, void *))host;
}

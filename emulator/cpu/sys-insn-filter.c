// SPDX-License-Identifier: MIT
/*
 * The filter in front of the board's hook for AArch64 SYS instructions
 * (cache and TLB maintenance, address translation): Unicorn calls the hook
 * for every one, and DC ZVA alone comes thousands of times a command, so
 * only those with a CRm the board asked for go on to its JavaScript.
 *
 * It also keeps what the board needs of instruction cache invalidation, a
 * page at a time: an IC IVAU of the line after the previous one, in the same
 * page, with no other cache maintenance between (the loop of Linux's
 * caches_clean_inval_pou, after its DC CVAU loop), adds nothing and stays
 * here. Everything else the board asked for goes on.
 */
#include <stdint.h>
#include "insn-counter.h"

/* Unicorn's struct uc_arm64_cp_reg. */
struct cp_reg {
	uint32_t crn, crm, op0, op1, op2;
	uint64_t val;
};

/* Shared with emulator/cpu/unicorn.ts (onSysInstruction): keep the two in step. */
struct kobox_sys_filter {
	uint32_t crms;		/* bit n set: SYS instructions with CRm n go to the host */
	uint32_t have_last;	/* last_line is the last IC IVAU's, with nothing between */
	uint64_t last_line;
	uint32_t (*host)(void *uc, int reg, const void *cp, void *data);
};

static int is_cache_maintenance(const struct cp_reg *r)
{
	return r->op0 == 1 && r->crn == 7 && (r->crm == 1 || r->crm == 5 || r->crm == 11);
}

/* The UC_HOOK_INSN (UC_ARM64_INS_SYS) callback. */
uint32_t kobox_sys_insn(void *uc, int reg, const void *cp, void *data)
{
	struct kobox_sys_filter *f = data;
	const struct cp_reg *r = cp;

	if (r->op0 == 1 && r->op1 == 3 && r->crn == 7 && r->crm == 5 && r->op2 == 1) {	/* IC IVAU */
		uint64_t va = r->val, last = f->last_line;
		int next_line = icache_next_line(f->have_last, last, va);

		f->last_line = va;
		f->have_last = 1;
		if (next_line)
			return 0;
	} else if (is_cache_maintenance(r)) {
		f->have_last = 0;	/* a line invalidated next starts a range of its own */
	}
	if (r->crm >= 32 || !(f->crms & (1u << r->crm)))
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

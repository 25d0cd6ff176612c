/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64's module ftrace call sites (-fpatchable-function-entry=2): each
 * entry of __patchable_function_entries is a function's two entry NOPs.
 * As arm64's ftrace_init_nop(), the first becomes "mov x9, x30"; the
 * second (the future "bl ftrace_caller") stays a NOP while tracing is off.
 */
#ifndef __ASM_FTRACE_H
#define __ASM_FTRACE_H

#include <asm/insn.h>

#define FTRACE_CALLSITE_SECTION	"__patchable_function_entries"
#define AARCH64_INSN_MOV_X9_LR	0xaa1e03e9	/* mov x9, x30 */

static inline void ftrace_init_nop(u32 *pc)
{
	if (*pc == aarch64_insn_gen_nop())
		*pc = AARCH64_INSN_MOV_X9_LR;
}

#endif

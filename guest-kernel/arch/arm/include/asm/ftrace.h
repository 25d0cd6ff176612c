/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Linux/arm's module ftrace call sites (-pg, recordmcount): __mcount_loc
 * lists each function's "bl __gnu_mcount_nc", which follows a
 * "push {lr}". As Linux/arm's ftrace_make_nop(), the call becomes
 * "add sp, sp, #4" (dropping the pushed lr) while tracing is off.
 */
#ifndef __ASM_FTRACE_H
#define __ASM_FTRACE_H

#include <linux/types.h>

#define FTRACE_CALLSITE_SECTION	"__mcount_loc"
#define ARM_INSN_BL_MASK	0xff000000
#define ARM_INSN_BL		0xeb000000	/* bl, always */
#define ARM_INSN_FTRACE_NOP	0xe28dd004	/* add sp, sp, #4 */

static inline void ftrace_init_nop(u32 *pc)
{
	if ((*pc & ARM_INSN_BL_MASK) == ARM_INSN_BL)
		*pc = ARM_INSN_FTRACE_NOP;
}

#endif

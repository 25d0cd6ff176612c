// SPDX-License-Identifier: GPL-2.0
/*
 * Module ftrace call sites (-fpatchable-function-entry=2): each entry of
 * __patchable_function_entries is a function's two entry NOPs. Linux's
 * ftrace_module_init() readies them for tracing with arm64's
 * ftrace_init_nop(): the first NOP becomes "mov x9, x30", the second
 * (the future "bl ftrace_caller") stays a NOP while tracing is off. We
 * do the same; tracing is never turned on (there is no tracer).
 */
#include <linux/kernel.h>
#include <linux/ftrace.h>
#include <linux/module.h>
#include <asm/insn.h>

#define AARCH64_INSN_MOV_X9_LR	0xaa1e03e9	/* mov x9, x30 */

void ftrace_module_init(struct module *mod)
{
	unsigned int i;

	for (i = 0; i < mod->num_ftrace_callsites; i++) {
		u32 *pc = (u32 *)mod->ftrace_callsites[i];

		/* only sites in the module, still as compiled */
		if (!within_module((unsigned long)pc, mod))
			continue;
		if (*pc == aarch64_insn_gen_nop())
			*pc = AARCH64_INSN_MOV_X9_LR;
	}
}

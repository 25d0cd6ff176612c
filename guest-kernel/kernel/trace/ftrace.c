// SPDX-License-Identifier: GPL-2.0
/*
 * Module ftrace call sites (FTRACE_CALLSITE_SECTION lists them): Linux's
 * ftrace_module_init() readies each with the architecture's
 * ftrace_init_nop() (asm/ftrace.h) while tracing is off. We do the same;
 * tracing is never turned on (there is no tracer).
 */
#include <linux/kernel.h>
#include <linux/ftrace.h>
#include <linux/module.h>
#include <asm/ftrace.h>

void ftrace_module_init(struct module *mod)
{
	unsigned int i;

	for (i = 0; i < mod->num_ftrace_callsites; i++) {
		u32 *pc = (u32 *)mod->ftrace_callsites[i];

		/* only sites in the module, still as compiled */
		if (!within_module((unsigned long)pc, mod))
			continue;
		ftrace_init_nop(pc);
	}
}

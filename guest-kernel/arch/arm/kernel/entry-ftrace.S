/* SPDX-License-Identifier: GPL-2.0 */
/*
 * __gnu_mcount_nc, what -pg code calls at each function's entry after
 * "push {lr}": with no tracer it returns to the caller with lr popped, as
 * Linux/arm's does while tracing is off (module load makes the calls
 * NOPs anyway, asm/ftrace.h).
 */
#include <linux/linkage.h>

	.arm
	.text
SYM_FUNC_START(__gnu_mcount_nc)
	mov	ip, lr
	ldmia	sp!, {lr}
	bx	ip
SYM_FUNC_END(__gnu_mcount_nc)

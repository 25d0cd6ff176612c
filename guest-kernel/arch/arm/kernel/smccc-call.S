/* SPDX-License-Identifier: GPL-2.0 */
/* SMCCC fast calls (<linux/arm-smccc.h>): arguments and result stay in r0-r3. */
#include <linux/linkage.h>

	.arm
	.arch_extension sec
	.arch_extension virt

SYM_FUNC_START(arm_smccc_hvc_call)
	hvc	#0
	bx	lr
SYM_FUNC_END(arm_smccc_hvc_call)

SYM_FUNC_START(arm_smccc_smc_call)
	smc	#0
	bx	lr
SYM_FUNC_END(arm_smccc_smc_call)

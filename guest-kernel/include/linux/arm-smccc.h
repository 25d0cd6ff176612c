/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The SMC Calling Convention's fast calls, as firmware drivers make them:
 * the function ID and up to three arguments in r0-r3 (x0-x3), the result
 * in r0 (x0). Each architecture has them in arch/.../kernel/smccc-call.S.
 */
#ifndef _LINUX_ARM_SMCCC_H
#define _LINUX_ARM_SMCCC_H

/* The conduit: a call to the hypervisor (hvc #0), or to the secure monitor (smc #0). */
unsigned long arm_smccc_hvc_call(unsigned long function_id, unsigned long arg0,
				 unsigned long arg1, unsigned long arg2);
unsigned long arm_smccc_smc_call(unsigned long function_id, unsigned long arg0,
				 unsigned long arg1, unsigned long arg2);

#endif

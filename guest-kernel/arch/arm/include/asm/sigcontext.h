/* SPDX-License-Identifier: GPL-2.0 */
/* Linux/arm's sigcontext (uapi/asm/sigcontext.h) and the VFP record of the frame. */
#ifndef __ASM_SIGCONTEXT_H
#define __ASM_SIGCONTEXT_H

#include <linux/types.h>

struct sigcontext {
	unsigned long trap_no;
	unsigned long error_code;
	unsigned long oldmask;
	unsigned long arm_r0;
	unsigned long arm_r1;
	unsigned long arm_r2;
	unsigned long arm_r3;
	unsigned long arm_r4;
	unsigned long arm_r5;
	unsigned long arm_r6;
	unsigned long arm_r7;
	unsigned long arm_r8;
	unsigned long arm_r9;
	unsigned long arm_r10;
	unsigned long arm_fp;
	unsigned long arm_ip;
	unsigned long arm_sp;
	unsigned long arm_lr;
	unsigned long arm_pc;
	unsigned long arm_cpsr;
	unsigned long fault_address;
};

#define VFP_MAGIC		0x56465001
#define VFP_STORAGE_SIZE	sizeof(struct vfp_sigframe)

struct vfp_sigframe {
	unsigned long magic;
	unsigned long size;
	struct {
		u64 fpregs[32];
		unsigned long fpscr;
	} ufp;
	struct {
		unsigned long fpexc;
		unsigned long fpinst;
		unsigned long fpinst2;
	} ufp_exc;
} __aligned(8);

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The registers saved on exception entry, in Linux/arm's layout (r0-r15,
 * cpsr, the syscall's original r0), so that code built against Debian's
 * headers sees the same struct pt_regs.
 */
#ifndef __ASM_PTRACE_H
#define __ASM_PTRACE_H

#include <linux/const.h>

#define USR_MODE	0x00000010
#define FIQ_MODE	0x00000011
#define IRQ_MODE	0x00000012
#define SVC_MODE	0x00000013
#define ABT_MODE	0x00000017
#define UND_MODE	0x0000001b
#define SYSTEM_MODE	0x0000001f
#define MODE_MASK	0x0000001f
#define PSR_T_BIT	0x00000020
#define PSR_F_BIT	0x00000040
#define PSR_I_BIT	0x00000080
#define PSR_A_BIT	0x00000100
#define PSR_E_BIT	0x00000200
#define PSR_J_BIT	0x01000000
#define PSR_Q_BIT	0x08000000
#define PSR_V_BIT	0x10000000
#define PSR_C_BIT	0x20000000
#define PSR_Z_BIT	0x40000000
#define PSR_N_BIT	0x80000000
#define PSR_IT_MASK	0x0600fc00

#define NO_SYSCALL	(-1)

/* Offsets for the entry code (Debian's asm-offsets) */
#define S_R0		0
#define S_R1		4
#define S_R2		8
#define S_R3		12
#define S_R4		16
#define S_R5		20
#define S_R6		24
#define S_R7		28
#define S_FP		44
#define S_IP		48
#define S_SP		52
#define S_LR		56
#define S_PC		60
#define S_PSR		64
#define S_OLD_R0	68
#define PT_REGS_SIZE	72

#ifndef __ASSEMBLY__
#include <linux/types.h>

struct pt_regs {
	unsigned long uregs[18];
};

#define ARM_cpsr	uregs[16]
#define ARM_pc		uregs[15]
#define ARM_lr		uregs[14]
#define ARM_sp		uregs[13]
#define ARM_ip		uregs[12]
#define ARM_fp		uregs[11]
#define ARM_r10		uregs[10]
#define ARM_r9		uregs[9]
#define ARM_r8		uregs[8]
#define ARM_r7		uregs[7]
#define ARM_r6		uregs[6]
#define ARM_r5		uregs[5]
#define ARM_r4		uregs[4]
#define ARM_r3		uregs[3]
#define ARM_r2		uregs[2]
#define ARM_r1		uregs[1]
#define ARM_r0		uregs[0]
#define ARM_ORIG_r0	uregs[17]

static inline bool user_mode(const struct pt_regs *regs)
{
	return (regs->ARM_cpsr & MODE_MASK) == USR_MODE;
}

static inline bool thumb_mode(const struct pt_regs *regs)
{
	return regs->ARM_cpsr & PSR_T_BIT;
}

static inline bool interrupts_enabled(const struct pt_regs *regs)
{
	return !(regs->ARM_cpsr & PSR_I_BIT);
}

#define processor_mode(regs)		((regs)->ARM_cpsr & MODE_MASK)
#define instruction_pointer(regs)	((regs)->ARM_pc)
#define user_stack_pointer(regs)	((regs)->ARM_sp)
#define frame_pointer(regs)		((regs)->ARM_fp)
#endif

#endif

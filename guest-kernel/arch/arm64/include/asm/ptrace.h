/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The registers saved on exception entry. The layout is Linux 6.1's, so
 * that code built against Linux headers sees the same struct pt_regs.
 */
#ifndef __ASM_PTRACE_H
#define __ASM_PTRACE_H

#include <linux/const.h>

#define PSR_MODE_EL0t	0x00000000
#define PSR_MODE_EL1t	0x00000004
#define PSR_MODE_EL1h	0x00000005
#define PSR_MODE_MASK	0x0000000f
#define PSR_F_BIT	0x00000040
#define PSR_I_BIT	0x00000080
#define PSR_A_BIT	0x00000100
#define PSR_D_BIT	0x00000200
#define PSR_BTYPE_MASK	0x00000c00
#define PSR_BTYPE_SHIFT	10
#define PSR_SSBS_BIT	0x00001000
#define PSR_PAN_BIT	0x00400000
#define PSR_UAO_BIT	0x00800000
#define PSR_DIT_BIT	0x01000000
#define PSR_TCO_BIT	0x02000000
#define PSR_V_BIT	0x10000000
#define PSR_C_BIT	0x20000000
#define PSR_Z_BIT	0x40000000
#define PSR_N_BIT	0x80000000

#define PSR_BTYPE_NONE	(0b00 << PSR_BTYPE_SHIFT)
#define PSR_BTYPE_JC	(0b01 << PSR_BTYPE_SHIFT)
#define PSR_BTYPE_C	(0b10 << PSR_BTYPE_SHIFT)
#define PSR_BTYPE_J	(0b11 << PSR_BTYPE_SHIFT)

#define DAIF_MASK	(PSR_D_BIT | PSR_A_BIT | PSR_I_BIT | PSR_F_BIT)

#define NO_SYSCALL	(-1)

/* Offsets for entry.S; checked against the struct in process.c. */
#define S_X0		0
#define S_LR		240
#define S_SP		248
#define S_PC		256
#define S_PSTATE	264
#define S_ORIG_X0	272
#define S_SYSCALLNO	280
#define S_STACKFRAME	304
#define PT_REGS_SIZE	336

#ifndef __ASSEMBLY__
#include <linux/types.h>

struct pt_regs {
	union {
		struct {
			u64 regs[31];
			u64 sp;
			u64 pc;
			u64 pstate;
		};
	};
	u64 orig_x0;
	s32 syscallno;
	u32 unused2;
	u64 sdei_ttbr1;
	u64 pmr_save;		/* unused here: no pseudo-NMI */
	u64 stackframe[2];	/* frame record linking to the interrupted code */
	u64 lockdep_hardirqs;
	u64 exit_rcu;
};

static inline bool user_mode(const struct pt_regs *regs)
{
	return (regs->pstate & PSR_MODE_MASK) == PSR_MODE_EL0t;
}

#define instruction_pointer(regs)	((regs)->pc)
#endif

#endif

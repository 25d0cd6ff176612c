// Register ids from Unicorn 2.1's <unicorn/arm.h> (uc_arm_reg), and the AArch32 state the host's
// exception entry and page walks need. The numbers were checked against the library (see
// /work/shared/probes/arm32 FINDINGS): older headers number some of them differently.
export const ArmReg = {
	CPSR: 3, FPSCR: 6, LR: 10, PC: 11, SP: 12, SPSR: 13,
	/** D0..D31 follow each other. */
	D0: 14,
	/** R0..R12 follow each other. */
	R0: 66,
	CP_REG: 139,
} as const;

/** The id of general register Rn (SP, LR and PC sit apart in Unicorn's enum). */
export function rreg(n: number): number {
	if (n < 0 || n > 15) throw new RangeError(`no register r${n}`);
	return n === 13 ? ArmReg.SP : n === 14 ? ArmReg.LR : n === 15 ? ArmReg.PC : ArmReg.R0 + n;
}

/** A cp15 register named by its MRC/MCR encoding (or MRRC/MCRR when `is64`). */
export interface Cp15Reg { crn: number; opc1: number; crm: number; opc2: number; is64?: boolean }
const cp15 = (crn: number, opc1: number, crm: number, opc2: number): Cp15Reg => ({ crn, opc1, crm, opc2 });

export const Cp15 = {
	MIDR: cp15(0, 0, 0, 0),
	SCTLR: cp15(1, 0, 0, 0),
	CPACR: cp15(1, 0, 0, 2),
	TTBR0: cp15(2, 0, 0, 0),
	TTBR1: cp15(2, 0, 0, 1),
	TTBCR: cp15(2, 0, 0, 2),
	DACR: cp15(3, 0, 0, 0),
	DFSR: cp15(5, 0, 0, 0),
	IFSR: cp15(5, 0, 0, 1),
	DFAR: cp15(6, 0, 0, 0),
	IFAR: cp15(6, 0, 0, 2),
	VBAR: cp15(12, 0, 0, 0),
	TPIDRURO: cp15(13, 0, 0, 3),
	/** Hyp System Trap Register: bit n traps PL0 and PL1 accesses to cp15 CRn n (MCRR/MRRC: CRm n) to Hyp. */
	HSTR: cp15(1, 4, 1, 3),
	/** Hyp's timer control: 0 makes PL1's physical counter and timer accesses trap to Hyp. */
	CNTHCTL: cp15(14, 4, 1, 0),
} as const;

/** CPSR.M values. HYP (0x1a) and MON (0x16) are left out: Unicorn ignores writes asking for them. */
export const Mode = { USR: 0x10, FIQ: 0x11, IRQ: 0x12, SVC: 0x13, ABT: 0x17, UND: 0x1b, SYS: 0x1f } as const;
export const CPSR_MODE = 0x1fn;
export const CPSR_T = 1n << 5n;
export const CPSR_F = 1n << 6n;
export const CPSR_I = 1n << 7n;
export const CPSR_A = 1n << 8n;
export const CPSR_E = 1n << 9n;
/** IT[7:2], J and IT[1:0]: cleared on exception entry. */
export const CPSR_IT_J = (0x3fn << 10n) | (1n << 24n) | (3n << 25n);

export const SCTLR_M = 1n;
export const SCTLR_V = 1n << 13n;
export const SCTLR_EE = 1n << 25n;
export const SCTLR_TE = 1n << 30n;

// Register ids from Unicorn 2.1's <unicorn/arm64.h> (uc_arm64_reg).
export const Reg = {
	X29: 1, X30: 2, NZCV: 3, SP: 4, PC: 260, CPACR_EL1: 261, TPIDR_EL0: 262,
	PSTATE: 265, ELR_EL1: 267, SP_EL0: 270, SP_EL1: 271, TTBR0_EL1: 274, TTBR1_EL1: 275,
	ESR_EL1: 277, FAR_EL1: 281, MAIR_EL1: 285, VBAR_EL1: 287, CP_REG: 290, FPCR: 291, FPSR: 292,
	/** V0..V31 follow each other (128 bits each). */
	V0: 228,
} as const;

/** The id of general register Xn (X29 and X30 sit apart in Unicorn's enum). */
export function xreg(n: number): number {
	if (n < 0 || n > 30) throw new RangeError(`no register x${n}`);
	return n === 29 ? Reg.X29 : n === 30 ? Reg.X30 : 199 + n;
}

/** A system register named by its MRS/MSR encoding (op0, op1, CRn, CRm, op2). */
export interface SysReg { op0: number; op1: number; crn: number; crm: number; op2: number }
const sys = (op0: number, op1: number, crn: number, crm: number, op2: number): SysReg => ({ op0, op1, crn, crm, op2 });

export const SysRegs = {
	SPSR_EL1: sys(3, 0, 4, 0, 0),
	SCTLR_EL1: sys(3, 0, 1, 0, 0),
	TCR_EL1: sys(3, 0, 2, 0, 2),
	SCR_EL3: sys(3, 6, 1, 1, 0),
	HCR_EL2: sys(3, 4, 1, 1, 0),
	MIDR_EL1: sys(3, 0, 0, 0, 0),
	CNTHCTL_EL2: sys(3, 4, 14, 1, 0),
} as const;

// PSTATE fields used by exception entry.
export const PSTATE_EL_SHIFT = 2n;
export const PSTATE_SP = 1n;
export const PSTATE_DAIF = 0xf << 6;
export const PSTATE_EL1H = 0x5;

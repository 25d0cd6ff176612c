// AArch32 exception entry at PL1, done by hand as on arm64 (exception-entry.ts): Unicorn 2.1 reports
// the exception to the interrupt hook and leaves the CPU where it was, and it has no way to raise
// an interrupt line. The steps and their order are the architecture's (ARM DDI 0406C, B1.8), with
// Unicorn's quirks: writing CPSR switches SP, LR and SPSR to the new mode's bank, so CPSR comes
// first, then SPSR, LR and PC; and writing the PC sets the Thumb state from its bit 0.
import { ArmReg, Cp15, Mode, CPSR_A, CPSR_E, CPSR_I, CPSR_IT_J, CPSR_MODE, CPSR_T, SCTLR_EE, SCTLR_TE, SCTLR_V } from './arm-registers.ts';
import type { CpuContext, Unicorn } from './unicorn.ts';
// Where Unicorn 2.1.1 keeps env->exception inside a saved AArch32 context: the same offsets as
// AArch64's, measured the same way.
import { CTX_FSR, CTX_SYNDROME, CTX_TARGET_EL, CTX_VADDRESS } from './exception-entry.ts';

export type ArmException = 'undef' | 'svc' | 'prefetch-abort' | 'data-abort' | 'irq';

const MODE: Record<ArmException, number> = {
	'undef': Mode.UND, 'svc': Mode.SVC, 'prefetch-abort': Mode.ABT, 'data-abort': Mode.ABT, 'irq': Mode.IRQ,
};
const VECTOR: Record<ArmException, number> = {
	'undef': 0x04, 'svc': 0x08, 'prefetch-abort': 0x0c, 'data-abort': 0x10, 'irq': 0x18,
};

/**
 * The LR an exception is entered with, from the PC Unicorn shows when it reports the exception
 * (`pc`) and the state it was in: the next instruction for an SVC; the undefined instruction for
 * UNDEF; the address whose fetch faulted; the instruction that made the access; and, for an IRQ
 * taken between instructions, the next one. Each handler then returns the way Linux's does
 * (`movs pc, lr`, `subs pc, lr, #4`, `subs pc, lr, #8`).
 */
export function armExceptionLr(kind: ArmException, pc: bigint, thumb: boolean): bigint {
	const offset = { 'svc': 0n, 'undef': thumb ? 2n : 4n, 'prefetch-abort': 4n, 'data-abort': 8n, 'irq': 4n }[kind];
	return BigInt.asUintN(32, pc + offset);
}

/** The vector table: high vectors when SCTLR.V, else VBAR. */
function vectorBase(cpu: Unicorn, sctlr: bigint): bigint {
	return sctlr & SCTLR_V ? 0xffff_0000n : cpu.cp15(Cp15.VBAR) & 0xffff_ffe0n;
}

/**
 * Enter `kind` with return address `lr` (armExceptionLr). Returns the vector's address. The new
 * CPSR masks IRQs (and asynchronous aborts for aborts and IRQs), leaves IT and Jazelle, and takes
 * its instruction set and endianness from SCTLR.TE and SCTLR.EE.
 */
export function enterArmException(cpu: Unicorn, kind: ArmException, lr: bigint): bigint {
	const cpsr = cpu.reg(ArmReg.CPSR) & 0xffff_ffffn;
	const sctlr = cpu.cp15(Cp15.SCTLR);
	let next = (cpsr & ~CPSR_MODE & ~CPSR_IT_J & ~CPSR_T & ~CPSR_E) | BigInt(MODE[kind]) | CPSR_I;
	if (kind !== 'undef' && kind !== 'svc') next |= CPSR_A;
	if (sctlr & SCTLR_TE) next |= CPSR_T;
	if (sctlr & SCTLR_EE) next |= CPSR_E;
	cpu.setReg(ArmReg.CPSR, next);
	cpu.setReg(ArmReg.SPSR, cpsr);
	cpu.setReg(ArmReg.LR, lr);
	const vector = vectorBase(cpu, sctlr) + BigInt(VECTOR[kind]);
	cpu.pc = vector | (next & CPSR_T ? 1n : 0n);
	return vector;
}

/** The exception Unicorn is reporting: its fault status (the guest's FSR format) and address. */
export interface ArmPendingFault { syndrome: number; status: number; address: bigint; targetEl: number }

export function armPendingFault(cpu: Unicorn, scratch: CpuContext): ArmPendingFault {
	cpu.saveContext(scratch);
	const view = scratch.bytes();
	return {
		syndrome: view.getUint32(CTX_SYNDROME, true),
		status: view.getUint32(CTX_FSR, true),
		address: view.getBigUint64(CTX_VADDRESS, true) & 0xffff_ffffn,
		targetEl: view.getUint32(CTX_TARGET_EL, true),
	};
}

/**
 * Unicorn leaves DFSR/DFAR and IFSR/IFAR as they were: give the guest the fault's status and
 * address there before it enters the abort's vector.
 */
export function setArmFaultRegisters(cpu: Unicorn, kind: 'prefetch-abort' | 'data-abort', fault: { status: number; address: bigint }): void {
	const fetch = kind === 'prefetch-abort';
	cpu.setCp15(fetch ? Cp15.IFSR : Cp15.DFSR, fault.status);
	cpu.setCp15(fetch ? Cp15.IFAR : Cp15.DFAR, fault.address);
}

/** CPSR.I: IRQs masked. */
export const armIrqsMasked = (cpu: Unicorn) => (cpu.reg(ArmReg.CPSR) & CPSR_I) !== 0n;
export const armThumb = (cpu: Unicorn) => (cpu.reg(ArmReg.CPSR) & CPSR_T) !== 0n;
export const armMode = (cpu: Unicorn) => Number(cpu.reg(ArmReg.CPSR) & CPSR_MODE);

/**
 * Another mode's banked SP, LR and SPSR: there is no register id for them, so switch CPSR.M to the
 * mode, read, and switch back (USR and SYS share SP and LR, and have no SPSR).
 */
export function armBankedRegisters(cpu: Unicorn, mode: number): { sp: bigint; lr: bigint; spsr?: bigint } {
	const cpsr = cpu.reg(ArmReg.CPSR);
	cpu.setReg(ArmReg.CPSR, (cpsr & ~CPSR_MODE) | BigInt(mode));
	try {
		if (Number(cpu.reg(ArmReg.CPSR) & CPSR_MODE) !== mode) throw new Error(`the CPU refused mode 0x${mode.toString(16)}`);
		const hasSpsr = mode !== Mode.USR && mode !== Mode.SYS;
		return { sp: cpu.r(13), lr: cpu.r(14), spsr: hasSpsr ? cpu.reg(ArmReg.SPSR) & 0xffff_ffffn : undefined };
	} finally {
		cpu.setReg(ArmReg.CPSR, cpsr);
	}
}

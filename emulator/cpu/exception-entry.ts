// AArch64 exception entry to EL1, done by hand: Unicorn 2.1 reports CPU exceptions to the
// UC_HOOK_INTR hook instead of taking them, and has no way to raise an interrupt line, so the board
// must do what the CPU would, for synchronous exceptions and IRQs alike.
import { Reg, SysRegs, PSTATE_EL_SHIFT, PSTATE_SP, PSTATE_DAIF, PSTATE_EL1H } from './arm64-registers.ts';
import type { Unicorn, CpuContext } from './unicorn.ts';

/** QEMU's EXCP_* numbers as Unicorn passes them to the interrupt hook. */
export const Intno = { UDEF: 1, SWI: 2, PREFETCH_ABORT: 3, DATA_ABORT: 4, BKPT: 7, SMC: 13 } as const;

/** ESR_EL1.EC values the board itself needs to know. */
export const EC = { UNKNOWN: 0x00, SVC64: 0x15, HVC64: 0x16, IABT_LOW: 0x20, IABT_CUR: 0x21, DABT_LOW: 0x24, DABT_CUR: 0x25, BRK64: 0x3c } as const;
export const ESR_IL = 1n << 25n;

export const esrClass = (esr: bigint): number => Number((esr >> 26n) & 0x3fn);

/**
 * Where Unicorn 2.1.1 keeps env->exception.{syndrome, fsr, vaddress} inside a saved CPU context.
 * Found by experiment: fault on a known address, then search the context for it.
 */
export const CTX_SYNDROME = 3044;
/** env->exception.fsr: the fault status in the AArch32 guest's FSR format. */
export const CTX_FSR = 3048;
export const CTX_VADDRESS = 3052;
/** env->exception.target_el: 2 for an access that traps to EL2 (CNTHCTL_EL2), 1 for the guest's own. */
export const CTX_TARGET_EL = 3060;

export interface PendingException { syndrome: bigint; faultAddress: bigint; targetEl: number }

/** Read the syndrome and fault address of the exception Unicorn is reporting right now. */
export function pendingException(cpu: Unicorn, scratch: CpuContext): PendingException {
	cpu.saveContext(scratch);
	const view = scratch.bytes();
	return {
		syndrome: BigInt(view.getUint32(CTX_SYNDROME, true)),
		faultAddress: view.getBigUint64(CTX_VADDRESS, true),
		targetEl: view.getUint32(CTX_TARGET_EL, true),
	};
}

export interface ExceptionLevelState { el: number; spsel: boolean }

export function currentLevel(pstate: bigint): ExceptionLevelState {
	return { el: Number((pstate >> PSTATE_EL_SHIFT) & 3n), spsel: (pstate & PSTATE_SP) !== 0n };
}

export type ExceptionKind = 'sync' | 'irq';

/** Vector offset for an exception taken to EL1 from the given state: the group, then sync (0) or IRQ (0x80). */
export function vectorOffset(from: ExceptionLevelState, kind: ExceptionKind = 'sync'): number {
	const group = from.el === 0 ? 0x400 : from.spsel ? 0x200 : 0x000;
	return group + (kind === 'irq' ? 0x80 : 0);
}

/** PSTATE.I: IRQs masked. */
export const PSTATE_I = 1n << 7n;

/**
 * Take a synchronous exception to EL1: ELR, SPSR, ESR (and FAR for aborts), bank SP by hand,
 * enter EL1h with DAIF masked, and jump to the vector. Returns the vector address.
 */
export function takeSyncException(cpu: Unicorn, esr: bigint, elr: bigint, far?: bigint): bigint {
	cpu.setReg(Reg.ESR_EL1, esr);
	if (far !== undefined) cpu.setReg(Reg.FAR_EL1, far);
	return enterException(cpu, 'sync', elr);
}

/**
 * Take an IRQ to EL1 between two instructions: the return address is the next instruction, and
 * ESR and FAR keep their values. Returns the vector address.
 */
export function takeIrq(cpu: Unicorn): bigint {
	return enterException(cpu, 'irq', cpu.pc);
}

function enterException(cpu: Unicorn, kind: ExceptionKind, elr: bigint): bigint {
	const pstate = cpu.reg(Reg.PSTATE);
	const from = currentLevel(pstate);
	cpu.setReg(Reg.ELR_EL1, elr);
	if (!(from.el === 1 && from.spsel)) {
		// A raw PSTATE write does not switch stack pointers: SP now holds SP_EL0.
		cpu.setReg(Reg.SP_EL0, cpu.reg(Reg.SP));
		cpu.setReg(Reg.SP, cpu.reg(Reg.SP_EL1));
	}
	cpu.setReg(Reg.PSTATE, BigInt(PSTATE_DAIF | PSTATE_EL1H));
	// Also the write that makes Unicorn rebuild its cached EL flags: it must come after PSTATE.
	cpu.setSysReg(SysRegs.SPSR_EL1, pstate);
	const vector = cpu.reg(Reg.VBAR_EL1) + BigInt(vectorOffset(from, kind));
	cpu.pc = vector;
	return vector;
}

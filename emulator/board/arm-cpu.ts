// The board's AArch32 CPU (Cortex-A15, as QEMU's 32-bit virt): Linux's ARM boot state, exceptions
// entered by the host (cpu/arm-exception-entry.ts), PSCI through `hvc`, and the generic timer's
// registers served from trapped cp15 accesses. The CPU runs as a Non-secure PL1 kernel with the
// Virtualization Extensions: CNTHCTL = 0 makes PL1's accesses to the physical counter and timer
// trap to Hyp, which Unicorn reports as an undefined instruction for EL2 with the access in the
// syndrome (EC 0x03 for MRC/MCR, 0x04 for MRRC/MCRR). As on arm64, the virtual counter and timer do
// not trap (they read the host's clock), so the device tree offers the physical timer only.
//
// Cache maintenance (cp15 c7) traps to Hyp too (HSTR.T7): Unicorn has no hook for it, and the
// board must see the guest invalidate its instruction cache (instruction-cache.ts). The board
// carries out each c7 access: an instruction cache invalidation drops Unicorn's translations,
// other cache maintenance has nothing to do on an emulated CPU, and the rest (PAR, address
// translation) goes to Unicorn's own register.
import { ArmReg, Cp15, Mode, CPSR_A, CPSR_F, CPSR_I, CPSR_T, type Cp15Reg } from '../cpu/arm-registers.ts';
import type { SysReg } from '../cpu/arm64-registers.ts';
import { Intno } from '../cpu/exception-entry.ts';
import type { C7Op } from '../cpu/arm-fast-exceptions.ts';
import {
	armExceptionLr, armIrqsMasked, armMode, armPendingFault, armThumb, enterArmException, setArmFaultRegisters, type ArmException,
} from '../cpu/arm-exception-entry.ts';
import { readVirtual } from '../cpu/address-translation.ts';
import type { ArchCpu, BoardServices } from './arch-cpu.ts';

const EC_CP15_32 = 0x03, EC_CP15_64 = 0x04;
const HSTR_T7 = 1 << 7;
/** Short-descriptor fault status values the board makes itself. */
const FS_DEBUG = 0x2, FS_EXTERNAL = 0x8, FSR_WNR = 1 << 11;
/** Linux's ARM boot protocol: r1 holds a machine type, all ones when the device tree describes the board. */
const MACHINE_TYPE_DT = 0xffff_ffffn;

/** The instruction before the PC is a wfi: A32 (any condition), or T32's 16- or 32-bit form. */
function isWfi(cpu: BoardServices['cpu'], thumb: boolean): boolean {
	const pc = cpu.pc;
	if (!thumb) {
		const insn = readVirtual(cpu, pc - 4n, 4);
		return insn !== undefined && (insn.readUInt32LE(0) & 0x0fff_ffff) === 0x0320_f003;
	}
	const short = readVirtual(cpu, pc - 2n, 2);
	if (short?.readUInt16LE(0) === 0xbf30) return true;
	const long = readVirtual(cpu, pc - 4n, 4);
	return long !== undefined && long.readUInt16LE(0) === 0xf3af && long.readUInt16LE(2) === 0x8003;
}

/** HVC: A32 `hvc #imm16` (always unconditional), or T32's. Both are 4 bytes. */
function isHvc(cpu: BoardServices['cpu'], pc: bigint, thumb: boolean): boolean {
	const insn = readVirtual(cpu, pc, 4);
	if (!insn) return false;
	if (!thumb) return (insn.readUInt32LE(0) & 0xfff0_00f0) >>> 0 === 0xe140_0070;
	return (insn.readUInt16LE(0) & 0xfff0) === 0xf7e0 && (insn.readUInt16LE(2) & 0xf000) === 0x8000;
}

/**
 * The timer register a trapped cp15 access names, as its AArch64 name (generic-timer.ts serves
 * those): CNTP_TVAL (c14, 0, c2, 0), CNTP_CTL (c14, 0, c2, 1), CNTPCT (MRRC 0, c14), CNTP_CVAL
 * (MRRC 2, c14). Undefined for any other.
 */
function timerRegister(r: Cp15Reg): SysReg | undefined {
	const aarch64 = (crm: number, op2: number): SysReg => ({ op0: 3, op1: 3, crn: 14, crm, op2 });
	if (!r.is64) return r.crn === 14 && r.opc1 === 0 && r.crm === 2 && r.opc2 <= 1 ? aarch64(2, r.opc2) : undefined;
	if (r.crm !== 14) return undefined;
	return r.opc1 === 0 ? aarch64(0, 1) : r.opc1 === 2 ? aarch64(2, 2) : undefined;
}

/**
 * c7's cache and branch predictor maintenance and barriers (CRm,opc2), besides the instruction
 * cache invalidations: BPIALLIS, CP15ISB, BPIALL, BPIMVA, DCIMVAC, DCISW, DCCMVAC, DCCSW, CP15DSB,
 * CP15DMB, DCCMVAU, DCCIMVAC, DCCISW.
 */
export const CACHE_MAINTENANCE: readonly C7Op[] = [
	[1, 6], [5, 4], [5, 6], [5, 7], [6, 1], [6, 2], [10, 1], [10, 2], [10, 4], [10, 5], [11, 1], [14, 1], [14, 2],
];
const maintenance = new Set(CACHE_MAINTENANCE.map(([crm, opc2]) => `${crm},${opc2}`));

/** The register a trapped MRC/MCR (EC 0x03) or MRRC/MCRR (EC 0x04) names, its Rt (and Rt2) and direction. */
function cp15Access(ec: number, iss: number): { reg: Cp15Reg; rt: number; rt2: number; read: boolean } {
	const rt = (iss >> 5) & 15, read = (iss & 1) === 1, crm = (iss >> 1) & 15;
	if (ec === EC_CP15_64) return { reg: { crn: 0, opc1: (iss >> 16) & 15, crm, opc2: 0, is64: true }, rt, rt2: (iss >> 10) & 15, read };
	return { reg: { crn: (iss >> 10) & 15, opc1: (iss >> 14) & 7, crm, opc2: (iss >> 17) & 7 }, rt, rt2: 0, read };
}

/** HSTR.T7 traps c7: CRn 7 for MRC/MCR, CRm 7 for MRRC/MCRR. */
const isC7 = (ec: number, iss: number) => {
	if (ec !== EC_CP15_32 && ec !== EC_CP15_64) return false;
	const { reg } = cp15Access(ec, iss);
	return reg.is64 ? reg.crm === 7 : reg.crn === 7;
};

export class ArmCpu implements ArchCpu {
	constructor(private readonly board: BoardServices) {}

	/**
	 * Linux's ARM boot protocol (Documentation/arch/arm/booting.rst): SVC mode with IRQs and FIQs
	 * masked, MMU off, r0 = 0, r1 = machine type, r2 = the device tree's physical address.
	 */
	reset(entry: bigint, deviceTree: bigint): void {
		const cpu = this.board.cpu;
		cpu.setCp15(Cp15.CNTHCTL, 0); // PL1 physical timer and counter accesses trap to the board
		cpu.setCp15(Cp15.HSTR, HSTR_T7); // and so does cache maintenance
		cpu.setReg(ArmReg.CPSR, BigInt(Mode.SVC) | CPSR_A | CPSR_I | CPSR_F);
		cpu.setReg(ArmReg.SPSR, 0n);
		for (let i = 0; i < 15; i++) cpu.setR(i, 0);
		cpu.setR(1, MACHINE_TYPE_DT);
		cpu.setR(2, deviceTree);
		cpu.pc = entry; // bit 0 set: a Thumb entry
	}

	irqsMasked(): boolean { return armIrqsMasked(this.board.cpu); }

	takeIrq(): void {
		const cpu = this.board.cpu;
		enterArmException(cpu, 'irq', armExceptionLr('irq', cpu.pc, armThumb(cpu)));
	}

	/**
	 * The instruction counter first learns where the exception left its block (see arm64-cpu.ts):
	 * an SVC retired, a faulting instruction did not, and one the board carries out (an HVC, a
	 * trapped timer access) retires when the board steps over it.
	 */
	exception(intno: number): void {
		const { cpu, counter } = this.board;
		const pc = cpu.pc, thumb = armThumb(cpu), kernel = armMode(cpu) !== Mode.USR;
		const pending = armPendingFault(cpu, this.board.scratch);
		// Unicorn reports an SMC with the address after it (4 bytes in either set).
		const at = intno === Intno.SMC ? pc - 4n : pc;
		counter.cut(at);
		if (intno === Intno.UDEF && pending.targetEl === 2) {
			if (this.board.gic.irqAsserted() && !this.irqsMasked()) {
				// Between two instructions: an interrupt unmasked since the slice began comes first.
				this.board.faulted();
				this.takeIrq();
				return;
			}
			this.cp15Trap(pending.syndrome, pc, thumb, kernel);
			return;
		}
		if (intno === Intno.UDEF && isHvc(cpu, pc, thumb)) {
			cpu.setR(0, this.board.psci.call(Number(cpu.r(0)), cpu.r(1)));
			this.stepOver(pc);
			return;
		}
		switch (intno) {
		case Intno.SWI:
			if (!kernel) this.board.noteKernelFault(undefined); // the kernel got back to user space
			enterArmException(cpu, 'svc', armExceptionLr('svc', pc, thumb));
			return;
		case Intno.UDEF:
			this.board.faulted();
			this.enter('undef', pc, thumb, kernel);
			return;
		case Intno.SMC: // no secure firmware on this board: SMC is undefined
			this.board.faulted();
			this.enter('undef', at, thumb, kernel);
			return;
		case Intno.BKPT: // a debug event: a prefetch abort for the guest
			this.board.faulted();
			this.abort('prefetch-abort', pc, thumb, kernel, { status: FS_DEBUG, address: pc });
			return;
		case Intno.PREFETCH_ABORT: // no instruction started: the fetch failed
			this.abort('prefetch-abort', pc, thumb, kernel, pending);
			return;
		case Intno.DATA_ABORT:
			this.board.faulted();
			this.abort('data-abort', pc, thumb, kernel, pending);
			return;
		default:
			this.board.finish({ reason: 'cpu-error', message: `unexpected CPU exception ${intno} at pc 0x${pc.toString(16)}` });
		}
	}

	private enter(kind: ArmException, pc: bigint, thumb: boolean, kernel: boolean): void {
		if (kernel) this.board.noteKernelFault({ pc, esr: 0n, aarch32: { what: kind === 'undef' ? 'undefined instruction' : kind, thumb } });
		enterArmException(this.board.cpu, kind, armExceptionLr(kind, pc, thumb));
	}

	private abort(kind: 'prefetch-abort' | 'data-abort', pc: bigint, thumb: boolean, kernel: boolean, fault: { status: number; address: bigint }): void {
		setArmFaultRegisters(this.board.cpu, kind, fault);
		if (kernel) {
			const what = kind === 'data-abort' ? 'data abort' : 'prefetch abort';
			this.board.noteKernelFault({ pc, esr: 0n, far: fault.address, aarch32: { what, fsr: fault.status, thumb } });
		}
		enterArmException(this.board.cpu, kind, armExceptionLr(kind, pc, thumb));
	}

	/** The board carried out the 4-byte instruction at `pc` for the guest: it retired, go on after it. */
	private stepOver(pc: bigint): void {
		this.board.cpu.jump(pc + 4n);
		this.board.counter.stepOver();
	}

	/**
	 * A PL1 access to the generic timer, trapped to Hyp: do it and step over the instruction. Any
	 * other trapped access is an undefined instruction for the guest.
	 */
	private cp15Trap(syndrome: number, pc: bigint, thumb: boolean, kernel: boolean): void {
		const ec = syndrome >>> 26, iss = syndrome & 0x1ff_ffff;
		const served = isC7(ec, iss) ? this.c7Access(ec, iss) : this.timerAccess(ec, iss);
		if (served) {
			this.stepOver(pc);
		} else {
			this.board.faulted();
			this.enter('undef', pc, thumb, kernel);
		}
	}

	/** A trapped access to the generic timer; false if it is not a register the board serves. */
	private timerAccess(ec: number, iss: number): boolean {
		const { cpu, timer } = this.board;
		if (ec !== EC_CP15_32 && ec !== EC_CP15_64) return false;
		const { reg, rt, rt2, read } = cp15Access(ec, iss);
		const timerReg = timerRegister(reg);
		if (!timerReg) return false;
		if (read) {
			const value = timer.readRegister(timerReg);
			if (value === undefined) return false;
			cpu.setR(rt, value & 0xffff_ffffn);
			if (reg.is64) cpu.setR(rt2, (value >> 32n) & 0xffff_ffffn);
			return true;
		}
		return timer.writeRegister(timerReg, reg.is64 ? cpu.r(rt) | (cpu.r(rt2) << 32n) : cpu.r(rt));
	}

	/** A trapped c7 access (see the top of this file); false if Unicorn has no such register. */
	private c7Access(ec: number, iss: number): boolean {
		const { cpu, icache } = this.board;
		const { reg, rt, rt2, read } = cp15Access(ec, iss);
		if (!read && !reg.is64 && reg.opc1 === 0) {
			const op = `${reg.crm},${reg.opc2}`;
			if (op === '5,1') icache.invalidateLine(cpu.r(rt)); // ICIMVAU
			else if (op === '5,0' || op === '1,0') icache.invalidateAll(); // ICIALLU, ICIALLUIS
			else if (maintenance.has(op)) icache.otherMaintenance();
			else return this.forward(reg, rt, rt2, read);
			return true;
		}
		return this.forward(reg, rt, rt2, read);
	}

	/** Do a trapped access on Unicorn's own register; false if it has no such register. */
	private forward(reg: Cp15Reg, rt: number, rt2: number, read: boolean): boolean {
		const cpu = this.board.cpu;
		try {
			if (!read) {
				cpu.setCp15(reg, reg.is64 ? cpu.r(rt) | (cpu.r(rt2) << 32n) : cpu.r(rt));
				return true;
			}
			const value = cpu.cp15(reg);
			cpu.setR(rt, value & 0xffff_ffffn);
			if (reg.is64) cpu.setR(rt2, value >> 32n);
			return true;
		} catch {
			return false;
		}
	}

	/** DFAR is unknown for an external abort: 0. */
	externalAbort(pc: bigint, fetch: boolean, write: boolean): void {
		const cpu = this.board.cpu;
		const thumb = armThumb(cpu), kernel = armMode(cpu) !== Mode.USR;
		if (fetch) this.abort('prefetch-abort', pc, thumb, kernel, { status: FS_EXTERNAL, address: pc });
		else this.abort('data-abort', pc, thumb, kernel, { status: FS_EXTERNAL | (write ? FSR_WNR : 0), address: 0n });
	}

	waitingForInterrupt(): boolean {
		const cpu = this.board.cpu;
		return isWfi(cpu, (cpu.reg(ArmReg.CPSR) & CPSR_T) !== 0n);
	}
}

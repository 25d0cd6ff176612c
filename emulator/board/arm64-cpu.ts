// The board's AArch64 CPU: Linux's arm64 boot state, exceptions to EL1, PSCI through `hvc`, and the
// generic timer's registers served from trapped accesses (generic-timer.ts).
import { Reg, SysRegs, PSTATE_DAIF, PSTATE_EL1H, type SysReg } from '../cpu/arm64-registers.ts';
import { Intno, EC, ESR_IL, PSTATE_I, currentLevel, esrClass, pendingException, takeIrq, takeSyncException } from '../cpu/exception-entry.ts';
import { readVirtual, translate } from '../cpu/address-translation.ts';
import type { ArchCpu, BoardServices } from './arch-cpu.ts';

const EC_SYS64 = 0x18;
const WFI = 0xd503207f;
const HVC_MASK = 0xffe0001f, HVC = 0xd4000002;

export class Arm64Cpu implements ArchCpu {
	constructor(private readonly board: BoardServices) {}

	/** The state arm64 Linux expects from a bootloader: EL1h, MMU off, x0 = device tree. */
	reset(entry: bigint, deviceTree: bigint): void {
		const cpu = this.board.cpu;
		cpu.setSysReg(SysRegs.SCR_EL3, 0x401n); // RW | NS: EL1 is AArch64 and non-secure
		cpu.setSysReg(SysRegs.HCR_EL2, 1n << 31n); // RW
		cpu.setSysReg(SysRegs.CNTHCTL_EL2, 0n); // EL1 physical timer and counter accesses trap to the board
		cpu.setReg(Reg.PSTATE, BigInt(PSTATE_DAIF | PSTATE_EL1H));
		cpu.setSysReg(SysRegs.SPSR_EL1, 0n);
		for (let i = 0; i < 31; i++) cpu.setX(i, 0);
		cpu.setX(0, deviceTree);
		cpu.pc = entry;
	}

	irqsMasked(): boolean { return (this.board.cpu.reg(Reg.PSTATE) & PSTATE_I) !== 0n; }

	takeIrq(): void { takeIrq(this.board.cpu); }

	/**
	 * First the instruction counter learns where the exception left the block it cut short: the
	 * instructions before the one that raised it retired, and so did an SVC (its return address is
	 * the next instruction); an instruction that faulted did not. An HVC or a trapped register
	 * access that the board carries out retires too, when the board steps over it.
	 */
	exception(intno: number): void {
		const { cpu, counter } = this.board;
		const pc = cpu.pc;
		const from = currentLevel(cpu.reg(Reg.PSTATE));
		const pending = pendingException(cpu, this.board.scratch);
		// Unicorn reports an SMC with the address after it; the board makes it an undefined instruction.
		counter.cut(intno === Intno.SMC ? pc - 4n : pc);
		if (intno === Intno.UDEF && pending.targetEl === 2 && esrClass(pending.syndrome) === EC_SYS64) {
			// The board has the CPU between two instructions: an interrupt the guest has
			// unmasked since the slice began is taken now, before the access.
			if (this.board.gic.irqAsserted() && !this.irqsMasked()) {
				this.board.faulted();
				takeIrq(cpu);
				return;
			}
			this.sysRegTrap(pending.syndrome, pc);
			return;
		}
		if (intno === Intno.UDEF && this.isHvc(pc)) {
			cpu.setX(0, this.board.psci.call(Number(cpu.x(0) & 0xffffffffn), cpu.x(1)));
			this.stepOver(pc);
			return;
		}
		switch (intno) {
		case Intno.SWI:
			if (from.el === 0) this.board.noteKernelFault(undefined); // the kernel got back to user space
			takeSyncException(cpu, pending.syndrome, pc);
			return;
		case Intno.UDEF:
		case Intno.BKPT:
			this.board.faulted();
			this.noteKernelFault(from.el, pc, pending.syndrome);
			takeSyncException(cpu, pending.syndrome, pc);
			return;
		case Intno.PREFETCH_ABORT: // no instruction started: the fetch failed
		case Intno.DATA_ABORT:
			if (intno === Intno.DATA_ABORT) this.board.faulted();
			this.noteKernelFault(from.el, pc, pending.syndrome, pending.faultAddress);
			takeSyncException(cpu, pending.syndrome, pc, pending.faultAddress);
			return;
		case Intno.SMC: // no secure firmware on this board: SMC is undefined
			this.board.faulted();
			this.noteKernelFault(from.el, pc - 4n, ESR_IL);
			takeSyncException(cpu, ESR_IL, pc - 4n);
			return;
		default:
			this.board.finish({ reason: 'cpu-error', message: `unexpected CPU exception ${intno} at pc 0x${pc.toString(16)}` });
		}
	}

	/** The board carried out the instruction at `pc` for the guest: it retired, go on after it. */
	private stepOver(pc: bigint): void {
		this.board.cpu.pc = pc + 4n;
		this.board.counter.stepOver();
	}

	/**
	 * An EL1 access to the generic timer, trapped to EL2 (CNTHCTL_EL2): do it, and step over the
	 * instruction. A register the board does not serve is an undefined instruction for the guest.
	 */
	private sysRegTrap(esr: bigint, pc: bigint): void {
		const { cpu, timer } = this.board;
		const iss = Number(esr & 0x1ff_ffffn);
		const rt = (iss >> 5) & 31, read = (iss & 1) === 1;
		const reg: SysReg = { op0: (iss >> 20) & 3, op2: (iss >> 17) & 7, op1: (iss >> 14) & 7, crn: (iss >> 10) & 15, crm: (iss >> 1) & 15 };
		let served: boolean;
		if (read) {
			const value = timer.readRegister(reg);
			served = value !== undefined;
			if (value !== undefined && rt !== 31) cpu.setX(rt, value);
		} else {
			served = timer.writeRegister(reg, rt === 31 ? 0n : cpu.x(rt));
		}
		if (served) {
			this.stepOver(pc);
		} else {
			this.board.faulted();
			takeSyncException(cpu, ESR_IL, pc);
		}
	}

	private isHvc(pc: bigint): boolean {
		const insn = readVirtual(this.board.cpu, pc, 4);
		return insn !== undefined && ((insn.readUInt32LE(0) & HVC_MASK) >>> 0) === HVC;
	}

	private noteKernelFault(el: number, pc: bigint, esr: bigint, far?: bigint): void {
		if (el === 1) this.board.noteKernelFault({ pc, esr, far });
	}

	/** FAR is not valid for an external abort (FnV). */
	externalAbort(pc: bigint, fetch: boolean): void {
		const cpu = this.board.cpu;
		const from = currentLevel(cpu.reg(Reg.PSTATE));
		const ec = fetch ? (from.el ? EC.IABT_CUR : EC.IABT_LOW) : (from.el ? EC.DABT_CUR : EC.DABT_LOW);
		const FNV = 1n << 10n, FSC_EXTERNAL = 0x10n;
		const esr = (BigInt(ec) << 26n) | ESR_IL | FNV | FSC_EXTERNAL;
		this.noteKernelFault(from.el, pc, esr);
		takeSyncException(cpu, esr, pc, 0n);
	}

	waitingForInterrupt(): boolean {
		const cpu = this.board.cpu;
		const pa = translate(cpu, cpu.pc - 4n);
		return pa !== undefined && cpu.readWord(pa, 4) === BigInt(WFI);
	}
}

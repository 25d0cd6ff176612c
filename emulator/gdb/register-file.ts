// The CPU's registers by GDB's number (target-description.ts), as little-endian bytes, for each
// architecture the board has.
import { Reg, xreg } from '../cpu/arm64-registers.ts';
import { ArmReg, rreg } from '../cpu/arm-registers.ts';
import type { Unicorn } from '../cpu/unicorn.ts';
import { aarch64Target, armTarget, regnum, type TargetDescription } from './target-description.ts';

export interface RegisterFile {
	readonly description: TargetDescription;
	read(n: number): Buffer | undefined;
	/** False if there is no such register or `value` is not its size. */
	write(n: number, value: Buffer): boolean;
}

function uint(value: bigint, size: number): Buffer {
	const b = Buffer.alloc(8);
	b.writeBigUInt64LE(BigInt.asUintN(64, value));
	return b.subarray(0, size);
}

const leValue = (b: Buffer) => b.length === 8 ? b.readBigUInt64LE(0) : BigInt(b.readUInt32LE(0));

/** How GDB's register `n` maps onto Unicorn's: a plain value (by id), raw bytes (vector registers), or the PC. */
interface Slot { id: number; bytes?: boolean; pc?: boolean }

function registerFile(cpu: Unicorn, description: TargetDescription, slot: (n: number) => Slot): RegisterFile {
	return {
		description,
		read(n) {
			const info = description.registers[n];
			if (!info) return undefined;
			const s = slot(n);
			return s.bytes ? cpu.regBytes(s.id, info.size) : uint(cpu.reg(s.id), info.size);
		},
		write(n, value) {
			const info = description.registers[n];
			if (!info || value.length !== info.size) return false;
			const s = slot(n);
			if (s.bytes) cpu.setRegBytes(s.id, value);
			else if (s.pc) cpu.jump(leValue(value));
			else cpu.setReg(s.id, leValue(value));
			return true;
		},
	};
}

const A64_SP = regnum('sp'), A64_PC = regnum('pc'), A64_CPSR = regnum('cpsr'), V0 = regnum('v0'), FPSR = regnum('fpsr'), FPCR = regnum('fpcr');

function aarch64Slot(n: number): Slot {
	if (n <= 30) return { id: xreg(n) };
	if (n === A64_SP) return { id: Reg.SP };
	if (n === A64_PC) return { id: Reg.PC, pc: true };
	if (n === A64_CPSR) return { id: Reg.PSTATE };
	if (n === FPSR) return { id: Reg.FPSR };
	if (n === FPCR) return { id: Reg.FPCR };
	return { id: Reg.V0 + n - V0, bytes: true };
}

const ARM_CPSR = regnum('cpsr', armTarget), D0 = regnum('d0', armTarget), FPSCR = regnum('fpscr', armTarget);

function armSlot(n: number): Slot {
	if (n <= 15) return { id: rreg(n), pc: n === 15 };
	if (n === ARM_CPSR) return { id: ArmReg.CPSR };
	if (n === FPSCR) return { id: ArmReg.FPSCR };
	return { id: ArmReg.D0 + n - D0 };
}

/** The registers of `cpu` as GDB sees its architecture. */
export const cpuRegisters = (cpu: Unicorn): RegisterFile =>
	cpu.arch === 'arm' ? registerFile(cpu, armTarget, armSlot) : registerFile(cpu, aarch64Target, aarch64Slot);

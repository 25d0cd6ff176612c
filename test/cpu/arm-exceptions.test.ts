// AArch32 exceptions entered by the host (cpu/arm-exception-entry.ts): Unicorn 2.1 reports them and
// leaves the CPU where it was; the host enters the vector as the architecture says, and hand-
// assembled handlers (test/helpers/arm-vectors.ts) report what they were handed.
import { afterEach, describe, expect, it } from 'vitest';
import { ArmReg, Cp15, Mode, SCTLR_V } from '../../emulator/cpu/arm-registers.ts';
import { armBankedRegisters } from '../../emulator/cpu/arm-exception-entry.ts';
import { Unicorn } from '../../emulator/cpu/unicorn.ts';
import { arm, thumb } from '../helpers/arm-code.ts';
import { RAM, armMachine, mmuOn, runUser, type Machine } from '../helpers/arm-vectors.ts';

const USER = [
	// svc from ARM user code
	arm(0x200, [
		0xe3a00029, // mov r0, #41
		0xef000000, // svc #0
		0xe3a01007, // mov r1, #7
		0xe320f003, // wfi
	]),
	// svc from Thumb user code
	thumb(0x240, [
		0x2029, // movs r0, #41
		0xdf00, // svc #0
		0x2107, // movs r1, #7
		0xbf30, // wfi
	]),
	// an undefined instruction, ARM
	arm(0x260, [
		0xe7f000f0, // udf #0
		0xe3a01007, // mov r1, #7
		0xe320f003, // wfi
	]),
	// an undefined instruction, Thumb
	thumb(0x280, [
		0xde00, // udf #0
		0x2107, // movs r1, #7
		0xbf30, // wfi
	]),
	// a load from r0
	arm(0x2a0, [
		0xe5901000, // ldr r1, [r0]
		0xe3a01007, // mov r1, #7
		0xe320f003, // wfi
	]),
	// a store to r0
	arm(0x2c0, [
		0xe5801000, // str r1, [r0]
		0xe3a01007, // mov r1, #7
		0xe320f003, // wfi
	]),
	// a jump to r0
	arm(0x2e0, [
		0xe12fff10, // bx r0
	]),
	// where the prefetch abort's handler goes on (r7)
	arm(0x300, [
		0xe3a01007, // mov r1, #7
		0xe320f003, // wfi
	]),
];

const at = (offset: number) => RAM + BigInt(offset);
const SVC_I = BigInt(Mode.SVC) | 0x80n, UND_I = BigInt(Mode.UND) | 0x80n, ABT_AI = BigInt(Mode.ABT) | 0x180n;
const mode = (cpsr: bigint) => Number(cpsr & 0x1fn);

let m: Machine;
afterEach(() => m?.close());

describe('AArch32 exception entry by the host', () => {
	it('enters SVC mode for an svc from ARM user code, with SPSR the user\'s CPSR and LR after the svc; movs pc, lr returns', () => {
		m = armMachine(USER);
		expect(runUser(m.cpu, 0x200)).toBe(0);
		const { cpu } = m;
		expect(m.seen.map(s => s.intno)).toEqual([2]);
		expect(cpu.r(8)).toBe(SVC_I);
		expect(cpu.r(9)).toBe(0x10n);
		expect(cpu.r(10)).toBe(at(0x208));
		expect(cpu.r(0)).toBe(42n); // the handler's work
		expect(cpu.r(1)).toBe(7n); // back in user code after the svc
		expect(mode(cpu.reg(ArmReg.CPSR))).toBe(Mode.USR);
	});

	it('returns to Thumb user code: SPSR has T, LR is 2 bytes past a 16-bit svc', () => {
		m = armMachine(USER);
		expect(runUser(m.cpu, 0x240, true)).toBe(0);
		const { cpu } = m;
		expect(cpu.r(8)).toBe(SVC_I); // the handler runs in ARM state (SCTLR.TE clear)
		expect(cpu.r(9)).toBe(0x30n);
		expect(cpu.r(10)).toBe(at(0x244));
		expect([cpu.r(0), cpu.r(1)]).toEqual([42n, 7n]);
		expect(cpu.reg(ArmReg.CPSR) & 0x3fn).toBe(0x30n);
	});

	it('enters UND once for an undefined ARM instruction, LR 4 past it', () => {
		m = armMachine(USER);
		expect(runUser(m.cpu, 0x260)).toBe(0);
		const { cpu } = m;
		// Unicorn asks its invalid-instruction hook first; the entry is done once, from the interrupt hook.
		expect(m.seen).toMatchObject([{ intno: 1, pc: at(0x260) }]);
		expect(cpu.r(11)).toBe(1n);
		expect([cpu.r(8), cpu.r(9), cpu.r(10), cpu.r(1)]).toEqual([UND_I, 0x10n, at(0x264), 7n]);
	});

	it('enters UND for an undefined Thumb instruction, LR 2 past it', () => {
		m = armMachine(USER);
		expect(runUser(m.cpu, 0x280, true)).toBe(0);
		const { cpu } = m;
		expect(cpu.r(11)).toBe(1n);
		expect([cpu.r(8), cpu.r(9), cpu.r(10), cpu.r(1)]).toEqual([UND_I, 0x30n, at(0x282), 7n]);
	});

	it('enters through the high vectors at 0xffff0000 when SCTLR.V is set, as Linux/arm runs, not VBAR', () => {
		m = armMachine(USER);
		const { cpu } = m;
		mmuOn(cpu);
		// A copy of the vectors and handlers in RAM's last 64 KiB, seen at 0xffff0000 through a section
		// for 0xfff00000; its svc handler adds 2 where the one at VBAR adds 1.
		const copy = RAM + 0xf_0000n;
		cpu.writeMemory(copy, cpu.readMemory(RAM, 0x100));
		const add2 = Buffer.alloc(4);
		add2.writeUInt32LE(0xe2800002); // add r0, r0, #2
		cpu.writeMemory(copy + 0x44n, add2);
		const section = Buffer.alloc(4);
		section.writeUInt32LE(Number(RAM) | (3 << 10) | 2);
		cpu.writeMemory(RAM + 0x1_0000n + 0xfffn * 4n, section);
		cpu.setCp15(Cp15.SCTLR, cpu.cp15(Cp15.SCTLR) | SCTLR_V);
		expect(runUser(cpu, 0x200)).toBe(0);
		expect([cpu.r(8), cpu.r(9), cpu.r(10)]).toEqual([SVC_I, 0x10n, at(0x208)]);
		expect([cpu.r(0), cpu.r(1)]).toEqual([43n, 7n]);
	});
});

describe('AArch32 aborts: the fault status and address in DFSR/DFAR and IFSR/IFAR', () => {
	const junk = (cpu: Unicorn) => {
		// Unicorn leaves these as they were: the handler sees the host's values or this junk.
		for (const r of [Cp15.DFSR, Cp15.DFAR, Cp15.IFSR, Cp15.IFAR]) cpu.setCp15(r, 0xdead);
	};

	it('gives a load from an unmapped section a section translation fault (0x5) at its address, LR 8 past it', () => {
		m = armMachine(USER);
		mmuOn(m.cpu);
		junk(m.cpu);
		expect(runUser(m.cpu, 0x2a0, false, { 0: 0x5000_0010n })).toBe(0);
		const { cpu } = m;
		// The saved context's fault fields (the offsets the host reads) hold this very fault.
		expect(m.seen).toMatchObject([{ intno: 4, pc: at(0x2a0), fault: { status: 0x5, address: 0x5000_0010n } }]);
		expect([cpu.r(5), cpu.r(6)]).toEqual([0x5n, 0x5000_0010n]);
		expect([cpu.r(8), cpu.r(9), cpu.r(10)]).toEqual([ABT_AI, 0x10n, at(0x2a8)]);
		expect(cpu.r(1)).toBe(7n); // subs pc, lr, #4 went on after the load
	});

	it('marks a store\'s fault with WnR (0x805)', () => {
		m = armMachine(USER);
		mmuOn(m.cpu);
		junk(m.cpu);
		expect(runUser(m.cpu, 0x2c0, false, { 0: 0x5000_0020n })).toBe(0);
		expect([m.cpu.r(5), m.cpu.r(6), m.cpu.r(10)]).toEqual([0x805n, 0x5000_0020n, at(0x2c8)]);
	});

	it('gives a jump to an unmapped address a prefetch abort: IFSR 0x5, IFAR the address, LR 4 past it', () => {
		m = armMachine(USER);
		mmuOn(m.cpu);
		junk(m.cpu);
		expect(runUser(m.cpu, 0x2e0, false, { 0: 0x5000_0000n, 7: at(0x300) })).toBe(0);
		const { cpu } = m;
		expect(m.seen).toMatchObject([{ intno: 3, pc: 0x5000_0000n }]);
		expect([cpu.r(5), cpu.r(6)]).toEqual([0x5n, 0x5000_0000n]);
		expect([cpu.r(8), cpu.r(9), cpu.r(10), cpu.r(1)]).toEqual([ABT_AI, 0x10n, 0x5000_0004n, 7n]);
		expect(cpu.cp15(Cp15.DFSR)).toBe(0xdeadn); // a prefetch abort leaves the data side alone
	});
});

describe('AArch32 banked registers', () => {
	let cpu: Unicorn;
	afterEach(() => cpu?.close());

	it('gives each mode its own SP, LR and SPSR (FIQ its own r8 too), read by switching CPSR.M', () => {
		cpu = new Unicorn('arm');
		const modes = [Mode.SVC, Mode.IRQ, Mode.FIQ, Mode.ABT, Mode.UND, Mode.SYS];
		for (const mo of modes) {
			cpu.setReg(ArmReg.CPSR, BigInt(mo) | 0xc0n);
			cpu.setR(13, 0x1000 + mo);
			cpu.setR(14, 0x2000 + mo);
			cpu.setR(8, 0x3000 + mo);
			if (mo !== Mode.SYS) cpu.setReg(ArmReg.SPSR, 0x10 + (mo << 24));
		}
		cpu.setReg(ArmReg.CPSR, BigInt(Mode.SVC) | 0xc0n);
		for (const mo of modes) {
			expect(armBankedRegisters(cpu, mo)).toEqual({
				sp: BigInt(0x1000 + mo), lr: BigInt(0x2000 + mo), spsr: mo === Mode.SYS ? undefined : BigInt(0x10 + (mo << 24)),
			});
		}
		// USR shares SYS's; r8 is FIQ's own, the others share one.
		expect(armBankedRegisters(cpu, Mode.USR)).toMatchObject({ sp: BigInt(0x1000 + Mode.SYS), lr: BigInt(0x2000 + Mode.SYS) });
		expect(cpu.r(8)).toBe(BigInt(0x3000 + Mode.SYS));
		expect(cpu.reg(ArmReg.CPSR) & 0x1fn).toBe(BigInt(Mode.SVC)); // switched back
	});

	it('says so when Unicorn ignores a switch to a mode it does not enter (HYP)', () => {
		cpu = new Unicorn('arm');
		expect(() => armBankedRegisters(cpu, 0x1a)).toThrow(/refused mode 0x1a/);
		expect(cpu.reg(ArmReg.CPSR) & 0x1fn).toBe(BigInt(Mode.SVC));
	});
});

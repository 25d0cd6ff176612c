// The Unicorn wrapper on a 32-bit ARM engine: what differs from arm64's (test/board/cpu.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { Unicorn } from '../../emulator/cpu/unicorn.ts';
import { ArmReg, Cp15 } from '../../emulator/cpu/arm-registers.ts';
import { arm, image, thumb } from '../helpers/arm-code.ts';
import { RAM, mmuOn } from '../helpers/arm-vectors.ts';

let cpu: Unicorn;
afterEach(() => cpu?.close());

describe('a 32-bit ARM Unicorn', () => {
	it('keeps all of the CPU state for another engine, r0 included (the first word of Unicorn\'s state)', () => {
		cpu = new Unicorn('arm');
		for (let n = 0; n < 13; n++) cpu.setR(n, 0x1000_0000 + n);
		cpu.setCp15(Cp15.TPIDRURO, 0xc0de_0000n);
		const saved = cpu.saveContext();
		const state = saved.cpuState();
		saved.free();
		const other = new Unicorn('arm');
		try {
			const ctx = other.loadContext(state);
			other.restoreContext(ctx);
			ctx.free();
			for (let n = 0; n < 13; n++) expect(other.r(n), `r${n}`).toBe(BigInt(0x1000_0000 + n));
			expect(other.cp15(Cp15.TPIDRURO)).toBe(0xc0de_0000n);
		} finally {
			other.close();
		}
	});

	it('is a Cortex-A15 starting as a Non-secure kernel in SVC mode', () => {
		cpu = new Unicorn('arm');
		expect(cpu.cp15(Cp15.MIDR)).toBe(0x412f_c0f1n);
		expect(cpu.reg(ArmReg.CPSR)).toBe(0x4000_01d3n);
	});

	it('goes on in the CPU\'s instruction set: the PC reads without the Thumb bit, resumeAddress and jump() keep it', () => {
		cpu = new Unicorn('arm');
		cpu.mapRam(RAM, 0x1000);
		cpu.writeMemory(RAM, image([
			thumb(0x0, [
				0x3001, // adds r0, #1
				0xbf30, // wfi
			]),
		], 0x1000));
		cpu.pc = RAM | 1n;
		expect(cpu.pc).toBe(RAM);
		expect(cpu.resumeAddress).toBe(RAM | 1n);
		cpu.jump(RAM);
		expect(cpu.reg(ArmReg.CPSR) & 0x20n).toBe(0x20n); // still Thumb; a plain PC write would have left it
		expect(cpu.run(cpu.resumeAddress, 0)).toBe(0);
		expect([cpu.r(0), cpu.pc]).toEqual([1n, RAM + 4n]);
	});

	it('forgets the code it translated from pages the host rewrote, and puts the CPU back as it was', () => {
		cpu = new Unicorn('arm');
		cpu.mapRam(RAM, 0x10_0000);
		const program = (value: number) => image([
			arm(0x600, [
				0xe3a00000 | value, // mov r0, #value
				0xe320f003, // wfi
			]),
		], 0x1000).subarray(0x600, 0x608);
		cpu.writeMemory(RAM + 0x600n, program(1));
		mmuOn(cpu); // with the MMU on, in USR mode
		cpu.setReg(ArmReg.CPSR, 0x10n);
		expect(cpu.run(RAM + 0x600n, 0)).toBe(0);
		expect(cpu.r(0)).toBe(1n);
		cpu.writeMemory(RAM + 0x600n, program(2));
		expect(cpu.run(RAM + 0x600n, 0)).toBe(0);
		expect(cpu.r(0)).toBe(1n); // Unicorn ran what it had translated
		const sctlr = cpu.cp15(Cp15.SCTLR), cpsr = cpu.reg(ArmReg.CPSR);
		cpu.invalidatePhysical([[RAM, RAM + 0x1000n]]);
		expect([cpu.cp15(Cp15.SCTLR), cpu.reg(ArmReg.CPSR)]).toEqual([sctlr, cpsr]);
		expect(cpu.run(RAM + 0x600n, 0)).toBe(0);
		expect(cpu.r(0)).toBe(2n);
	});
});

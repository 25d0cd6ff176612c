// The instruction counter on AArch32 (cpu/instruction-counter.ts, insn-counter.c): A32 blocks hold
// size / 4 instructions, Thumb blocks a mix of 2- and 4-byte ones, which the counter takes from
// Unicorn's own translation; an exception part-way through a Thumb block is counted to it.
import { afterEach, describe, expect, it } from 'vitest';
import { InstructionCounter } from '../../emulator/cpu/instruction-counter.ts';
import { arm, thumb } from '../helpers/arm-code.ts';
import { RAM, armMachine, type Machine } from '../helpers/arm-vectors.ts';

const PROGRAMS = [
	// 2 + 100 * 3 + 1 = 303 instructions
	arm(0x400, [
		0xe3a00000, // mov r0, #0
		0xe3a01064, // mov r1, #100
		0xe2800003, // 1: add r0, r0, #3
		0xe2511001, // subs r1, r1, #1
		0x1afffffc, // bne 1b
		0xe320f003, // wfi
	]),
	// 2 + 100 * 4 + 1 = 403 instructions in 18 bytes' worth of 2- and 4-byte ones
	thumb(0x440, [
		0x2000, // movs r0, #0
		0xf240, 0x0164, // movw r1, #100
		0x3003, // 2: adds r0, #3
		0xf100, 0x0001, // add.w r0, r0, #1
		0x3901, // subs r1, #1
		0xd1fa, // bne 2b
		0xbf30, // wfi
	]),
	// an svc after two instructions of a Thumb block
	thumb(0x480, [
		0x2001, // movs r0, #1
		0xf100, 0x0001, // add.w r0, r0, #1
		0xdf00, // svc #0
		0x2102, // movs r1, #2
		0xbf30, // wfi
	]),
];

let m: Machine;
afterEach(() => m?.close());

function counted(start: bigint, onException?: (counter: InstructionCounter) => void): { m: Machine; counter: InstructionCounter } {
	let counter: InstructionCounter | undefined;
	m = armMachine(PROGRAMS, () => onException?.(counter!));
	counter = new InstructionCounter(m.cpu);
	m.cpu.pc = start;
	return { m, counter };
}

describe('the instruction counter on AArch32', () => {
	it('counts A32 code exactly', () => {
		const { counter } = counted(RAM + 0x400n);
		expect(counter.run(1_000_000, false)).toEqual({ err: 0, end: 'other' }); // ended by the wfi
		expect(counter.retired).toBe(303n);
		expect(m.cpu.r(0)).toBe(300n);
	});

	it('counts Thumb code of 2- and 4-byte instructions exactly', () => {
		const { counter } = counted(RAM + 0x440n + 1n);
		expect(counter.run(1_000_000, false)).toEqual({ err: 0, end: 'other' });
		expect(counter.retired).toBe(403n); // size / 4 would say 2 + 100 * 2 + 0
		expect(counter.mismatchedBlocks).toBe(0);
		expect(m.cpu.r(0)).toBe(400n);
	});

	it('stops at its limit in Thumb code and goes on in Thumb state, to the same count', () => {
		const { counter } = counted(RAM + 0x440n + 1n);
		const first = counter.run(50, false);
		expect(first.end).toBe('limit');
		expect(counter.retired).toBeGreaterThanOrEqual(50n);
		expect(counter.retired).toBeLessThan(54n); // at the first block boundary past 50
		expect(counter.run(1_000_000, false)).toEqual({ err: 0, end: 'other' });
		expect(counter.retired).toBe(403n);
		expect(m.cpu.r(0)).toBe(400n);
	});

	it('counts a Thumb block an svc left to the svc, the svc included', () => {
		const atSvc: bigint[] = [];
		const { counter } = counted(RAM + 0x480n + 1n, c => {
			c.cut(m.cpu.pc);
			atSvc.push(c.retired);
		});
		expect(counter.run(1_000_000, false)).toEqual({ err: 0, end: 'other' });
		expect(atSvc).toEqual([3n]);
		expect(counter.retired).toBe(3n + 1n + 6n + 2n); // then the vector's branch, the handler's 6 and the user's last 2
	});
});

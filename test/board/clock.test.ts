// The instruction counter behind the virtual clock: its native block hook on a bare engine, and a
// bare-metal guest (test/guest/clock.S) whose retired instructions are counted by hand.
import { afterEach, describe, expect, it } from 'vitest';
import { Board } from '../../emulator/board/board.ts';
import { NS_PER_INSTRUCTION, VIRTUAL_EPOCH_NS } from '../../emulator/board/clock.ts';
import { InstructionCounter } from '../../emulator/cpu/instruction-counter.ts';
import { Unicorn } from '../../emulator/cpu/unicorn.ts';
import { PSTATE_DAIF, PSTATE_EL1H, Reg } from '../../emulator/cpu/arm64-registers.ts';
import { testGuest } from '../helpers/build-guests.ts';

const BASE = 0x4000_0000n;
const insns = (...words: number[]) => Buffer.from(new Uint32Array(words).buffer);
// add x1, x1, #1 ; add x1, x1, #1 ; b .-8: a block of three, over and over
const LOOP = insns(0x91000421, 0x91000421, 0x17fffffe);
// add x1, x1, #1 ; add x2, x2, #1 ; add x3, x3, #1 ; b .-12
const THREE = insns(0x91000421, 0x91000442, 0x91000463, 0x17fffffd);
// msr daifset, #2 ; mov x2, #1 ; b .+4 ; msr daifclr, #2 ; mov x3, #1 ; b .
const UNMASK = insns(0xd50342df, 0xd2800022, 0x14000001, 0xd50342ff, 0xd2800023, 0x14000000);

let cpu: Unicorn | undefined;
afterEach(() => { cpu?.close(); cpu = undefined; });

function engine(code: Buffer): [Unicorn, InstructionCounter] {
	cpu = new Unicorn();
	cpu.mapRam(BASE, 0x1000);
	cpu.writeMemory(BASE, code);
	cpu.pc = BASE;
	cpu.setReg(Reg.PSTATE, PSTATE_DAIF | PSTATE_EL1H);
	return [cpu, new InstructionCounter(cpu)];
}

describe('the instruction counter', () => {
	it('counts whole blocks and ends a run at the first block boundary past its limit', () => {
		const [c, counter] = engine(LOOP);
		expect(counter.run(10, false)).toEqual({ err: 0, end: 'limit' });
		expect(counter.retired).toBe(12n); // four blocks of three: the fourth began at 9
		expect(c.pc).toBe(BASE);
		expect(c.x(1)).toBe(8n);
		counter.run(3, false);
		expect(counter.retired).toBe(15n);
		expect(c.x(1)).toBe(10n);
	});

	it('ends a run where IRQs are unmasked, when asked', () => {
		const [c, counter] = engine(UNMASK);
		expect(counter.run(1000, true)).toEqual({ err: 0, end: 'unmasked' });
		expect(c.pc).toBe(BASE + 16n); // right after msr daifclr, which ends its block
		expect(counter.retired).toBe(4n);
		expect(c.x(3)).toBe(0n);
	});

	// Unicorn leaves the PC where it last stored it: a code hook stores its instruction's address.
	it('resumes a run at the block where it stopped, though a code hook stored another PC', () => {
		const [c, counter] = engine(THREE);
		c.codeHooks(() => {})(BASE + 4n);
		for (let i = 0; i < 5; i++) expect(counter.run(10, false).end).toBe('limit');
		expect(c.pc).toBe(BASE);
		expect([c.x(1), c.x(2), c.x(3)]).toEqual([15n, 15n, 15n]);
	});

	it('stops at the next block boundary when a hook asks, with the PC there', () => {
		const [c, counter] = engine(LOOP);
		c.codeHooks(() => counter.stopAtBlock())(BASE + 4n);
		expect(counter.run(1000, false)).toEqual({ err: 0, end: 'asked' });
		expect(counter.retired).toBe(3n);
		expect(c.pc).toBe(BASE);
		expect(c.x(1)).toBe(2n);
	});

	it('stops after a count of instruction starts, inside a block, and counts the block up to there', () => {
		const [c, counter] = engine(LOOP);
		expect(counter.run(1000, false, 5)).toEqual({ err: 0, end: 'other' });
		expect(counter.retired).toBe(5n);
		expect(c.pc).toBe(BASE + 8n);
		expect(c.x(1)).toBe(4n);
		counter.run(1000, false, 4);
		expect(counter.retired).toBe(9n);
		expect(c.pc).toBe(BASE);
	});

	it('counts the part of a block before an exception cut it short', () => {
		const [c, counter] = engine(LOOP);
		c.onInterrupt(() => {});
		c.onBlock(a => { if (a === BASE && counter.retired === 6n) { counter.cut(BASE + 8n); c.stop(); } });
		counter.run(1000, false);
		expect(counter.retired).toBe(8n); // two blocks, then two of the third's three
	});
});

describe('a guest\'s retired instructions', () => {
	let board: Board;
	afterEach(() => board.close());

	it('are counted exactly across exceptions that cut blocks short, and are the virtual time', async () => {
		board = new Board({ kernel: testGuest('clock') });
		expect((await board.run()).reason).toBe('poweroff');
		expect(board.counter.retired).toBe(57n);
		expect(board.clock.uptimeNs).toBe(57n * NS_PER_INSTRUCTION);
		expect(board.cpu.x(8)).toBe(50n * NS_PER_INSTRUCTION / 16n); // CNTPCT after 50 instructions, in ticks of 16 ns
	});

	it('give a device access in the middle of a block the count at its instruction', async () => {
		board = new Board({ kernel: testGuest('clock') });
		await board.run();
		expect(board.cpu.x(13)).toBe((VIRTUAL_EPOCH_NS + 54n * NS_PER_INSTRUCTION) & 0xffff_ffffn);
	});

	it('go back with a snapshot', async () => {
		board = new Board({ kernel: testGuest('clock') });
		const saved = board.snapshot();
		await board.run();
		board.restore(saved);
		expect(board.counter.retired).toBe(0n);
		expect((await board.run()).reason).toBe('poweroff');
		expect(board.counter.retired).toBe(57n);
	});
});

// Interrupts as the board delivers them: the GIC and the EL1 physical timer driven by a bare-metal
// guest (test/guest/irq.S) that records each IRQ it takes.
import { beforeAll, describe, expect, it } from 'vitest';
import { Board, type BoardExit } from '../../emulator/board/board.ts';
import { testGuest } from '../helpers/build-guests.ts';

interface IrqRecord { vector: number; iar: bigint; count: bigint; elr: string; spsr: bigint }

let board: Board;
let exit: BoardExit;
let records: IrqRecord[];
const sym = (name: string) => board.kernel.symbols.address(name)!;

async function runGuest(): Promise<[Board, BoardExit]> {
	const b = new Board({ kernel: testGuest('irq'), timeoutSeconds: 20 });
	return [b, await b.run()];
}

beforeAll(async () => {
	[board, exit] = await runGuest();
	const n = Number(board.cpu.readMemory(sym('nirq'), 8).readBigUInt64LE(0));
	const raw = board.cpu.readMemory(sym('records'), 40 * n);
	const q = (i: number, j: number) => raw.readBigUInt64LE(i * 40 + j * 8);
	records = Array.from({ length: n }, (_, i) => {
		const s = board.kernel.symbols.lookup(q(i, 3));
		return { vector: Number(q(i, 0)), iar: q(i, 1), count: q(i, 2), elr: `${s?.name}+${s?.offset}`, spsr: q(i, 4) };
	});
});

describe('interrupts', () => {
	it('are taken four times, the last from EL0, and the guest powers off', () => {
		expect(exit.reason).toBe('poweroff');
		expect(records.map(r => [r.vector, r.iar])).toEqual([[0x280, 30n], [0x280, 30n], [0x280, 30n], [0x480, 30n]]);
		expect(records[3]).toMatchObject({ elr: 'user_loop+0', spsr: 0n });
	});

	// A tick of the counter is 16 ns, four instructions: the handler's first read may be a tick on.
	it('arrive exactly at the timer deadline on the virtual clock', () => {
		expect(records[0].count - (board.cpu.x(19) + 1000n)).toBeGreaterThanOrEqual(0n);
		expect(records[0].count - (board.cpu.x(19) + 1000n)).toBeLessThanOrEqual(1n);
	});

	it('wait while IRQs are masked, and come right after the instruction that unmasks them', () => {
		expect(records[1].count).toBeGreaterThanOrEqual(board.cpu.x(20));
		expect(records[1].elr).toBe('unmasked+0');
		expect(records[1].spsr & 0x80n).toBe(0n);
	});

	it('end a wfi with IRQs masked at the deadline, the clock jumping there', () => {
		expect(board.cpu.x(21) - records[1].count).toBeGreaterThanOrEqual(62_500n);
		expect(records[2].count - board.cpu.x(21)).toBeGreaterThanOrEqual(0n);
		expect(records[2].count - board.cpu.x(21)).toBeLessThanOrEqual(1n);
	});

	it('come at the same instructions on every run', async () => {
		const [again] = await runGuest();
		const n = Number(again.cpu.readMemory(sym('nirq'), 8).readBigUInt64LE(0));
		expect(again.cpu.readMemory(sym('records'), 40 * n)).toEqual(board.cpu.readMemory(sym('records'), 40 * n));
		again.close();
	});

	it('arrive on time when the guest sets a deadline nearer than the end of the slice it runs in', async () => {
		const b = new Board({ kernel: testGuest('timer-soon'), timeoutSeconds: 20 });
		expect((await b.run()).reason).toBe('poweroff');
		const taken = b.cpu.readMemory(b.kernel.symbols.address('taken')!, 8).readBigUInt64LE(0);
		// The handler's first read of CNTPCT: in the deadline's tick (16 instructions) or the next.
		expect(taken - b.cpu.x(19)).toBeGreaterThanOrEqual(0n);
		expect(taken - b.cpu.x(19)).toBeLessThanOrEqual(1n);
		b.close();
	});

	it('come on time from the RTC alarm armed for sooner than the end of the slice it runs in', async () => {
		const b = new Board({ kernel: testGuest('alarm-soon'), timeoutSeconds: 20 });
		expect((await b.run()).reason).toBe('poweroff');
		const taken = b.cpu.readMemory(b.kernel.symbols.address('taken')!, 8).readBigUInt64LE(0);
		// The handler's first reading of the RTC (ns): past the alarm by the few instructions of the entry.
		expect(taken - b.cpu.x(19)).toBeGreaterThanOrEqual(0n);
		expect(taken - b.cpu.x(19)).toBeLessThan(100n);
		b.close();
	});
});

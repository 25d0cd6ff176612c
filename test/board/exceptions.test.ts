// The board's exception entry, checked against the architecture with a bare-metal guest whose
// vectors record what they were handed (test/guest/exceptions.S).
import { beforeAll, describe, expect, it } from 'vitest';
import { Board, type BoardExit } from '../../emulator/board/board.ts';
import { Reg } from '../../emulator/cpu/arm64-registers.ts';
import { translate } from '../../emulator/cpu/address-translation.ts';
import { testGuest } from '../helpers/build-guests.ts';

interface Record { vector: number; esr: bigint; elr: string; far: bigint; spsr: bigint; sp: bigint }

let board: Board;
let exit: BoardExit;
let records: Record[];
const sym = (name: string) => board.kernel.symbols.address(name)!;

beforeAll(async () => {
	board = new Board({ kernel: testGuest('exceptions') });
	exit = await board.run();
	const n = Number(board.cpu.readMemory(sym('nrec'), 8).readBigUInt64LE(0));
	const raw = board.cpu.readMemory(sym('records'), 48 * n);
	const q = (i: number, j: number) => raw.readBigUInt64LE(i * 48 + j * 8);
	records = Array.from({ length: n }, (_, i) => {
		const elr = q(i, 2);
		// User code runs at an alias 1 GiB above its link address.
		const name = board.kernel.symbols.lookup(elr >= 0x8000_0000n ? elr - 0x4000_0000n : elr);
		return { vector: Number(q(i, 0)), esr: q(i, 1), elr: `${name?.name}+${name?.offset}`, far: q(i, 3), spsr: q(i, 4), sp: q(i, 5) };
	});
});

describe('exception entry', () => {
	it('ends with the guest powering off through PSCI', () => {
		expect(exit.reason).toBe('poweroff');
	});

	it('takes svc from EL1h to VBAR+0x200 with EC 0x15, IL and imm16, ELR past the svc', () => {
		expect(records[0]).toMatchObject({ vector: 0x200, esr: 0x5600_0011n, elr: 'el1_udf+0', spsr: 0x3c5n });
	});

	it('takes an undefined instruction with EC 0 and ELR at the instruction', () => {
		expect(records[1]).toMatchObject({ vector: 0x200, esr: 0x0200_0000n, elr: 'el1_udf+0' });
	});

	it('takes brk with EC 0x3c and its immediate', () => {
		expect(records[2]).toMatchObject({ vector: 0x200, esr: 0xf200_0800n, elr: 'el1_brk+0' });
	});

	it('answers hvc with PSCI instead of an exception', () => {
		expect(board.cpu.x(27)).toBe(0x1_0000n); // PSCI_VERSION 1.0
	});

	it('gives a translation fault its FAR and a current-EL data abort syndrome', () => {
		expect(records[3]).toMatchObject({ vector: 0x200, esr: 0x9600_0005n, elr: 'el1_dabt+0', far: 0x1_0000_2468n });
	});

	it('turns an access to an empty physical address into a synchronous external abort', () => {
		expect(records[4]).toMatchObject({ vector: 0x200, esr: 0x9600_0410n, elr: 'el1_extabt+0' });
	});

	it('takes svc from EL1t to VBAR+0x000 and banks SP', () => {
		expect(records[5]).toMatchObject({ vector: 0x000, esr: 0x5600_0044n, spsr: 0x3c4n, sp: sym('kstack_top') });
	});

	it('takes svc from EL0 to VBAR+0x400 on the EL1 stack', () => {
		expect(records[6]).toMatchObject({ vector: 0x400, esr: 0x5600_0022n, elr: 'el0_udf+0', spsr: 0n, sp: sym('kstack_top') });
	});

	it('takes an EL0 undefined instruction to VBAR+0x400', () => {
		expect(records[7]).toMatchObject({ vector: 0x400, esr: 0x0200_0000n, elr: 'el0_udf+0' });
	});

	it('gives an EL0 data abort the lower-EL class (0x24) and its FAR', () => {
		expect(records[8]).toMatchObject({ vector: 0x400, esr: 0x9200_0005n, elr: 'el0_dabt+0', far: 0x1_0000_4000n });
		expect(records).toHaveLength(10);
	});

	it('keeps the user stack pointer in SP_EL0', () => {
		expect(board.cpu.reg(Reg.SP_EL0)).toBe(sym('ustack_top') + 0x4000_0000n);
	});

	it('translates guest virtual addresses through the guest page tables', () => {
		expect(translate(board.cpu, sym('records') + 0x4000_0000n)).toBe(sym('records'));
		expect(translate(board.cpu, 0x1_0000_2468n)).toBeUndefined();
	});
});

describe('sleeping in wfi', () => {
	it('wakes at the RTC alarm, the virtual clock jumping ahead, the same way every run', async () => {
		const times = [];
		for (let i = 0; i < 2; i++) {
			const b = new Board({ kernel: testGuest('alarm') });
			expect((await b.run()).reason).toBe('poweroff');
			times.push([b.cpu.x(19), b.cpu.x(20)]);
			b.close();
		}
		const [before, after] = times[0];
		expect(after - before).toBeGreaterThanOrEqual(5_000_000n);
		expect(after - before).toBeLessThan(5_100_000n);
		expect(times[1]).toEqual(times[0]);
	});

	it('waits for input instead of stalling when more may come, until the host quits', async () => {
		const b = new Board({ kernel: testGuest('wfi'), interactive: true, timeoutSeconds: 10 });
		let settled = false;
		const running = b.run().then(exit => { settled = true; return exit; });
		await new Promise(r => setTimeout(r, 100));
		b.input(Buffer.from('x')); // wakes the CPU, which goes back to sleep
		await new Promise(r => setTimeout(r, 100));
		expect(settled).toBe(false);
		b.quit();
		expect((await running).reason).toBe('quit');
		b.close();
	});

	// The serving transcript helper prints its ready marker and waits for the next command in the
	// same slice: the clock jumped to the next timer (the watchdog's, up to 4 s) before the command
	// came, and every such command seemed to start seconds later, the CPU idle all that time.
	it('ends a wait begun in the slice that paused the board with the host\'s answer, the clock still', async () => {
		const b = new Board({ kernel: testGuest('pause'), interactive: true, pauseOn: '!', timeoutSeconds: 10 });
		expect(await b.resume()).toBe('paused');
		expect(b.clock.uptimeNs).toBeLessThan(1_000_000n);
		b.input(Buffer.from('x'));
		expect(await b.resume()).toMatchObject({ reason: 'poweroff' });
		expect(b.cpu.x(21)).toBe(0x78n);
		expect(b.cpu.x(20) - b.cpu.x(19)).toBeLessThan(1000n);
		b.close();
	});

	it('calls it a stall once the input has ended', async () => {
		const b = new Board({ kernel: testGuest('wfi'), interactive: true, timeoutSeconds: 10 });
		const running = b.run();
		await new Promise(r => setTimeout(r, 50));
		b.endInput();
		expect((await running).reason).toBe('stalled');
		b.close();
	});
});

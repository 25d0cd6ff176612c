// The instruction cache's memory of the last line the guest invalidated (the next line of a range
// adds nothing: its page's translations are gone already) is part of the board's state, kept where
// the native shim keeps it on each board: a snapshot, and a snapshot file (the boot cache), carry it.
import { afterEach, describe, expect, it } from 'vitest';
import { Board } from '../../emulator/board/board.ts';
import { encodeSnapshot } from '../../emulator/board/snapshot-file.ts';
import type { InstructionCache } from '../../emulator/board/instruction-cache.ts';
import type { Arch } from '../../emulator/paths.ts';

const icacheOf = (b: Board) => (b as unknown as { icache: InstructionCache }).icache;

describe.each<Arch>(['arm64', 'arm'])('the last line invalidated (%s)', arch => {
	const boards: Board[] = [];
	afterEach(() => boards.splice(0).forEach(b => b.close()));

	it('goes back with a snapshot, and travels in a snapshot file', () => {
		const board = new Board({ arch });
		boards.push(board);
		const icache = icacheOf(board);
		expect(icache.lastLine).toBeUndefined();
		icache.lastLine = 0x8000_1040n;
		const saved = board.snapshot();
		icache.lastLine = undefined;
		board.restore(saved);
		expect(icache.lastLine).toBe(0x8000_1040n);

		const file = encodeSnapshot(saved);
		const copy = new Board({ arch, state: file });
		boards.push(copy);
		expect(icacheOf(copy).lastLine).toBe(0x8000_1040n);
	});
});

// Time for the tracers' durations: the time of the instruction a code hook runs before. The board's
// instruction counter counts a block once it has run (cpu/instruction-counter.ts), so in the middle
// of a block the virtual clock reads the time at the block's start: the hooked instruction's place in
// the block adds the rest (NS_PER_INSTRUCTION each, as the clock counts them). On the host's
// clock, the host's time.
import type { Board } from '../board/board.ts';
import { NS_PER_INSTRUCTION } from '../board/clock.ts';

export class TraceClock {
	constructor(private readonly board: Board) {}

	/** Nanoseconds since power-on, at the instruction the CPU is about to run (from a code hook). */
	now(): bigint {
		const t = this.board.clock.uptimeNs;
		const block = this.board.counter.block;
		if (this.board.clock.kind !== 'virtual' || !block) return t;
		const into = (this.board.cpu.pc - block.pc) >> 2n;
		return t + (into >= 0n && into < BigInt(block.insns) ? into * NS_PER_INSTRUCTION : 0n);
	}
}

// Time for the tracers' durations. The board's virtual clock moves on between slices of up to
// 10,000 instructions, which is all the guest sees; a trace wants the time of one instruction.
// While a call graph or the initcalls are traced, a hook on every block of code counts the
// instructions run since the clock last moved: time = the clock + those instructions (one
// nanosecond each, as the clock counts them). On the host's clock, the host's time.
import type { Board } from '../board/board.ts';
import { memoryMap } from '../board/memory-map.ts';

export class TraceClock {
	/** The clock's reading when the count started, the instructions since, and the last block (start, instructions). */
	private base = -1n;
	private count = 0n;
	private blockStart = 0n;
	private blockLength = 0n;

	constructor(private readonly board: Board) {
		if (board.clock.kind !== 'virtual') return;
		board.cpu.onBlock((address, size) => {
			const t = board.clock.uptimeNs;
			if (t !== this.base) {
				this.base = t;
				this.count = 0n;
			}
			this.blockStart = BigInt.asUintN(64, address);
			this.blockLength = BigInt(size >> 2);
			this.count += this.blockLength;
		});
		// Code translated before the hook does not call it.
		const ram = memoryMap.ram.base;
		board.cpu.invalidatePhysical([[ram, ram + BigInt(board.memorySize)]]);
	}

	/** Nanoseconds since power-on, at the instruction the CPU is about to run (from a code hook). */
	now(): bigint {
		const t = this.board.clock.uptimeNs;
		if (this.board.clock.kind !== 'virtual' || t !== this.base) return t;
		const into = (this.board.cpu.pc - this.blockStart) >> 2n;
		return t + this.count - this.blockLength + (into >= 0n && into < this.blockLength ? into : 0n);
	}
}

// The board's sense of time. By default it is virtual: it advances with the instructions the guest
// retires (counted by the CPU's instruction counter) and jumps while the CPU sleeps, so two runs with
// the same inputs see the same times. `host` follows the wall clock.
export interface Clock {
	/** Nanoseconds since the Unix epoch, as the RTC reports them. */
	wallNs(): bigint;
	/** Nanoseconds since power-on: what the generic timer counts. */
	readonly uptimeNs: bigint;
	/** The CPU sleeps for `ns` nanoseconds: a virtual clock jumps; the host clock just goes on. */
	sleep(ns: bigint): void;
	readonly kind: 'virtual' | 'host';
	/** The clock's own state, for a board snapshot (the instructions are the counter's). */
	save(): bigint;
	restore(state: bigint): void;
}

/**
 * 250 MHz at one instruction per cycle: one retired instruction is 4 ns, as QEMU's `-icount
 * shift=2` counts. (It was 1 ns: a guest that keeps the CPU busy for a while of its time, a spinning
 * module, a shell loop, cost four times the instructions.)
 */
export const NS_PER_INSTRUCTION = 4n;
/** The fixed date the virtual clock starts from: 2025-01-01T00:00:00Z. */
export const VIRTUAL_EPOCH_NS = 1_735_689_600n * 1_000_000_000n;

export class VirtualClock implements Clock {
	readonly kind = 'virtual';
	/** Nanoseconds slept, a u64 in memory the native shim reads too (fast-exceptions.ts). */
	readonly sleptState = Buffer.alloc(8);
	private readonly slept = new BigUint64Array(this.sleptState.buffer, this.sleptState.byteOffset, 1);
	/** `retired()` gives the instructions retired since power-on. */
	constructor(private readonly retired: () => bigint) {}
	wallNs(): bigint { return VIRTUAL_EPOCH_NS + this.uptimeNs; }
	sleep(ns: bigint): void { if (ns > 0n) this.slept[0] += ns; }
	/** Nanoseconds since power-on. */
	get uptimeNs(): bigint { return this.retired() * NS_PER_INSTRUCTION + this.slept[0]; }
	save(): bigint { return this.slept[0]; }
	restore(state: bigint): void { this.slept[0] = state; }
	/** The instructions to retire before the uptime reaches `ns` (0 if it has). */
	instructionsUntil(ns: bigint): bigint {
		const ahead = ns - this.uptimeNs;
		return ahead > 0n ? (ahead + NS_PER_INSTRUCTION - 1n) / NS_PER_INSTRUCTION : 0n;
	}
}

export class HostClock implements Clock {
	readonly kind = 'host';
	private readonly start = process.hrtime.bigint();
	wallNs(): bigint { return BigInt(Date.now()) * 1_000_000n + (process.hrtime.bigint() % 1_000_000n); }
	get uptimeNs(): bigint { return process.hrtime.bigint() - this.start; }
	sleep(): void {}
	/** The wall clock cannot go back: a restored board sees the time go on. */
	save(): bigint { return 0n; }
	restore(): void {}
}

// A debugger's hold on the board (emulator/gdb/ attaches one; a board without one has none of
// this). It counts where the CPU is in its run, stops it before an instruction (at a breakpoint,
// at a given point of the run, where the host asks), and lets the board go on afterwards exactly
// as it would have gone on without the stop, so that a run can be replayed to any point.
//
// A point of the run is a position: how many instructions have started since power-on, whether
// they retired or raised an exception (the instruction counter counts those that retired; the
// board tells this control of the others). Each instruction starts at the next position, so
// stepping back one instruction is going to the position before.
//
// The board then runs with Unicorn counting instruction starts itself (a hook before each, in C,
// which also stores the PC there): it stops exactly at a position. Unicorn instruments code when
// it translates it, so a hook added later misses code translated before: adding one forgets the
// translations it concerns, and attaching forgets them all.
import { translate } from '../cpu/address-translation.ts';
import { instructionsBefore } from '../cpu/code-block.ts';
import type { HookHandle, Unicorn } from '../cpu/unicorn.ts';
import type { InstructionCounter, RunEnd } from '../cpu/instruction-counter.ts';
import type { BoardExit } from './exit.ts';

/** What a debugger gives the board. */
export interface BoardDebugger {
	/**
	 * Between two slices, before the board's own work for the next one: the debugger's moment for
	 * snapshots and for giving the guest its input (see Board.deliverInput).
	 */
	boundary(): void;
	/** Console input (or its end) for the guest: the debugger passes it on at a boundary. */
	input(data: Uint8Array | 'end'): void;
	/** Does the debugger hold input the guest is to have at the next boundary? (The board then does not wait for any.) */
	inputReady(): boolean;
	/** The board stopped for the debugger (see DebugControl.stop): resolves when it may go on. */
	halted(): Promise<void>;
	/** The guest wrote the pause marker: may the board return to its caller (Board.resume)? */
	mayPause(): boolean;
	/** The board stopped for good. */
	exited(exit: BoardExit): void;
}

/** Why the board last stopped for the debugger. */
export type DebugStop =
	| { kind: 'breakpoint'; address: bigint }
	/** The position asked for (stopAt) was reached. */
	| { kind: 'position' }
	/** A watch (see watch) asked for the stop. */
	| { kind: 'event' };

/** A slice the board began: where it ends (see InstructionCounter.run). */
export interface OpenSlice { limit: bigint; untilUnmasked: boolean }

/** Instruction starts a run without a position to stop at may count to: never reached. */
const UNLIMITED = 2 ** 52;

export class DebugControl {
	/** Instructions that started and did not retire (they raised an exception). */
	faults = 0n;
	/** Slices begun: the boundaries the debugger's input is given at. */
	slices = 0;
	/** Stop before the instruction that starts at this position. */
	stopAt?: bigint;
	/** Breakpoint hits are noted here instead of stopping (for reverse-continue's search). */
	collect?: (position: bigint, address: bigint) => void;
	/** Why the board stopped last (set when it stops). */
	stop?: DebugStop;
	private readonly breakpoints = new Map<bigint, HookHandle>();
	/**
	 * Where the board went on from after its last stop: a watch there was called before the stop,
	 * and a step from there runs its instruction whatever breakpoint is on it.
	 */
	private resumedAt = -1n;
	private stopped = false;

	constructor(private readonly cpu: Unicorn, private readonly counter: InstructionCounter,
		ram: [bigint, bigint], readonly debugger_: BoardDebugger) {
		cpu.invalidatePhysical([ram]);
	}

	/** The position, while the CPU is stopped. */
	get position(): bigint { return this.counter.retired + this.faults; }

	/** The position of the instruction at `address`, from a code hook: the current block's instructions before it retired. */
	private positionAt(address: bigint): bigint {
		const block = this.counter.block;
		return this.counter.retired + this.faults + (block ? BigInt(instructionsBefore(this.cpu, block, address) ?? 0) : 0n);
	}

	/** The instruction that raised an exception did not retire (the board calls this). */
	faulted(): void { this.faults++; }

	/** The board goes on from where it stopped. */
	resumed(): void {
		this.resumedAt = this.position;
		this.stop = undefined;
	}

	/** Stop before the instruction at `address`, from a code hook. */
	private stopBefore(address: bigint, stop: DebugStop): void {
		if (this.stopped) return; // another hook on the same instruction stopped already
		this.counter.cut(address);
		this.stop = stop;
		this.stopped = true;
		this.cpu.stop();
	}

	/** Breakpoints at these (virtual) addresses, and no others. */
	setBreakpoints(addresses: Iterable<bigint>): void {
		const wanted = new Set(addresses);
		const changed: bigint[] = [];
		for (const [address, hook] of this.breakpoints) {
			if (wanted.has(address)) continue;
			this.cpu.removeHook(hook);
			this.breakpoints.delete(address);
			changed.push(address);
		}
		for (const address of wanted) {
			if (this.breakpoints.has(address)) continue;
			this.breakpoints.set(address, this.cpu.onCode(a => this.breakpointHit(a), address, address));
			changed.push(address);
		}
		this.forget(changed);
	}

	/**
	 * A breakpoint stops the board each time its instruction is about to run, but for a step's own
	 * (GDB, going on from a breakpoint, steps over it itself).
	 */
	private breakpointHit(address: bigint): void {
		const position = this.positionAt(address);
		if (this.collect) this.collect(position, address);
		else if (this.stopAt === undefined || position !== this.resumedAt) this.stopBefore(address, { kind: 'breakpoint', address });
	}

	/**
	 * Call `fn` with the position before the instruction at `address` runs, except where the board
	 * goes on from after a stop (it was called there before the stop); if it returns true, stop there
	 * (a breakpoint's stop, if one is there too: GDB, stepping over it when it goes on, would not
	 * hear of it otherwise).
	 */
	watch(address: bigint, fn: (position: bigint) => boolean): void {
		this.cpu.onCode(a => {
			const position = this.positionAt(a);
			if (position === this.resumedAt || !fn(position)) return;
			this.stopBefore(a, this.breakpoints.has(a) && !this.collect ? { kind: 'breakpoint', address: a } : { kind: 'event' });
		}, address, address);
		this.forget([address]);
	}

	/** Forget the translations of the code at these addresses, as the CPU maps them now. */
	private forget(addresses: bigint[]): void {
		const pages = new Set<bigint>();
		for (const a of addresses) {
			const pa = translate(this.cpu, a);
			if (pa !== undefined) pages.add(pa & ~0xfffn);
		}
		this.cpu.invalidatePhysical([...pages].map(p => [p, p + 0x1000n]));
	}

	/** At a slice's start (after the board's own work): has the position to stop at come? */
	stopsHere(): boolean {
		if (this.stopAt === undefined || this.position < this.stopAt) return false;
		this.stop = { kind: 'position' };
		return true;
	}

	/**
	 * Run the open slice on, until it ends or the debugger's stop comes (`stopped`: the slice is
	 * then still open, for the board to go on with).
	 */
	run(slice: OpenSlice): { err: number; end: RunEnd; stopped: boolean } {
		const retired = this.counter.retired;
		// A run that goes on from inside a block starts a new block there: the board's own limit
		// must not end the slice at that boundary, where the run it goes on from had none.
		const limit = slice.limit > retired ? slice.limit : retired + 1n;
		const starts = this.stopAt === undefined ? UNLIMITED : Number(this.stopAt - this.position);
		this.stopped = false;
		const { err, end } = this.counter.run(Number(limit - retired), slice.untilUnmasked, starts);
		if (!this.stopped && err === 0 && end === 'other' && this.stopAt !== undefined && this.position >= this.stopAt) {
			this.stop = { kind: 'position' };
			this.stopped = true;
		}
		return { err, end, stopped: this.stopped };
	}
}

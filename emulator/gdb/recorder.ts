// Reverse execution by replay. On the virtual clock the board's run is a function of where it
// started and of what the host gave it along the way (console input, files), so the recorder
// keeps snapshots of the board (checkpoints) every so often and a log of that input, by the slice
// boundary at which the guest got it. Going back to a position is restoring the last checkpoint
// before it and running forward to it, with the logged input given again at the same boundaries:
// the same run, instruction for instruction.
//
// GDB's reverse-stepi is going back one position; reverse-continue searches the checkpoints'
// intervals from the newest back for the last breakpoint hit before where it started, then goes
// there. A change made with GDB (memory, registers) starts the history anew from that point: the
// run before it cannot be replayed into the state after it.
import type { Board, BoardSnapshot } from '../board/board.ts';
import type { DebugControl } from '../board/debug-control.ts';

interface Checkpoint {
	position: bigint;
	/** Slices begun: the index of the next boundary. */
	slice: number;
	faults: bigint;
	board: BoardSnapshot;
	files: Uint8Array;
	/** The console's input had ended. */
	ended: boolean;
}

type Given = Uint8Array | 'end' | { files: Uint8Array };

/** Instructions between two checkpoints of a live run. */
const INTERVAL = 20_000_000n;
/** Checkpoints kept at most (the first is always kept, the others thinned where they are densest). */
const MAX_CHECKPOINTS = 10;
/** A replay that gets this close to its target leaves a checkpoint there, if none is near: repeated reverse steps then replay little. */
const NEAR = 200_000n;

/** A reverse search in progress (see reverseContinue). */
interface Search {
	/** Hits at positions before this are looked for, in the current checkpoint's interval. */
	end: bigint;
	index: number;
	hits: bigint[];
}

/** How a replay's stop is told: a breakpoint's, or the history's start. */
export interface Arrival { breakpoint?: boolean; historyBegin?: boolean }

export class Recorder {
	private checkpoints: Checkpoint[] = [];
	/** What the guest was given, by slice. */
	private given = new Map<number, Given[]>();
	/** The last slice begun live (not replayed): its boundary and those before it are logged. */
	private frontier = -1;
	/** The furthest position the run has reached: only there may GDB change the guest. */
	private furthest = 0n;
	/** Console input that came while the board replays, for the first live boundary. */
	private held: (Uint8Array | 'end')[] = [];
	private lastFiles: Uint8Array;
	/** The slice whose end last paused the board for its caller. */
	private lastPause = -1;
	private search?: Search;
	/** A replay to a position: no stops but the position's, which is then told as `arrival` says. */
	private landing?: { target: bigint; arrival: Arrival };
	private ended = false;
	/** GDB has gone: no more checkpoints (a replay in progress still runs to its end). */
	retired = false;

	constructor(private readonly board: Board, private readonly control: DebugControl) {
		this.lastFiles = board.files.current;
	}

	/** The index of the newest checkpoint at or before `position` (`strictly`: before it), or -1. */
	private before(position: bigint, strictly = false): number {
		for (let i = this.checkpoints.length - 1; i >= 0; i--)
			if (strictly ? this.checkpoints[i].position < position : this.checkpoints[i].position <= position) return i;
		return -1;
	}

	private get live(): boolean { return this.control.slices > this.frontier; }

	/** Is the board replaying (a stop for the debugger there is the recorder's own business)? */
	get replaying(): boolean { return this.search !== undefined || this.landing !== undefined; }

	/** The position where the history starts. */
	get start(): bigint { return this.checkpoints[0]?.position ?? this.control.position; }

	private checkpoint(): void {
		const c = this.control;
		const at = this.before(c.position) + 1;
		this.checkpoints.splice(at, 0, {
			position: c.position, slice: c.slices, faults: c.faults, board: this.board.snapshot(), files: this.board.files.current,
			ended: this.ended,
		});
		if (this.checkpoints.length > MAX_CHECKPOINTS) {
			// Drop the one whose neighbours are closest together, never the first.
			let drop = 1, gap = -1n;
			for (let i = 1; i < this.checkpoints.length - 1; i++) {
				const g = this.checkpoints[i + 1].position - this.checkpoints[i - 1].position;
				if (gap < 0n || g < gap) [drop, gap] = [i, g];
			}
			this.checkpoints.splice(drop, 1);
		}
	}

	/** The board is between two slices (see BoardDebugger.boundary). */
	boundary(): void {
		const c = this.control, slice = c.slices;
		const last = this.checkpoints.at(-1);
		if (this.live) {
			if (!this.retired && (!last || c.position - last.position >= INTERVAL)) this.checkpoint();
			if (this.board.files.current !== this.lastFiles) this.log(slice, { files: this.board.files.current });
			for (const input of this.held) this.log(slice, input);
			this.held = [];
			this.frontier = slice;
		} else {
			const target = this.landing?.target;
			const before = this.checkpoints[this.before(c.position)];
			if (target !== undefined && target - c.position <= NEAR && before && c.position - before.position > NEAR) this.checkpoint();
		}
		for (const g of this.given.get(slice) ?? []) this.give(g);
		if (c.position > this.furthest) this.furthest = c.position;
	}

	private log(slice: number, g: Given): void {
		const list = this.given.get(slice);
		if (list) list.push(g);
		else this.given.set(slice, [g]);
		if (typeof g === 'object' && 'files' in g) this.lastFiles = g.files;
	}

	private give(g: Given): void {
		if (typeof g === 'object' && 'files' in g) {
			if (this.board.files.current !== g.files) this.board.files.load(g.files);
		} else {
			if (g === 'end') this.ended = true;
			this.board.deliverInput(g);
		}
	}

	/** Console input from the host: given to the guest at the next live boundary. */
	input(data: Uint8Array | 'end'): void { this.held.push(data); }

	/** Replaying, the guest gets its input at the next boundary: the board need not wait for it. */
	inputReady(): boolean { return !this.live || this.held.length > 0; }

	/** A pause at the end of the slice just run, unless the run paused there before. */
	mayPause(): boolean {
		const slice = this.control.slices - 1;
		if (slice <= this.lastPause) return false;
		this.lastPause = slice;
		return true;
	}

	/** Where GDB may change the guest: at the furthest point of the run, which then starts the history anew. */
	mayChange(): boolean { return this.control.position >= this.furthest && !this.replaying; }

	/** GDB changed the guest (see mayChange). */
	changed(): void {
		this.checkpoints = [];
		this.given.clear();
		this.frontier = this.control.slices - 1;
		this.checkpoint();
	}

	/** The board stopped for the debugger: note how far the run got. */
	stopped(): void {
		if (this.control.position > this.furthest) this.furthest = this.control.position;
	}

	private restore(c: Checkpoint): void {
		this.board.restore(c.board);
		this.board.files.load(c.files);
		this.control.faults = c.faults;
		this.control.slices = c.slice;
		this.ended = c.ended;
		if (c.ended) this.board.deliverInput('end');
	}

	/** Go back to `target`: the board then runs there, and stops. False: the history starts later. */
	goTo(target: bigint, arrival: Arrival = {}): boolean {
		const c = this.checkpoints[this.before(target)];
		if (!c) return false;
		this.restore(c);
		this.control.collect = () => {};
		this.control.stopAt = target;
		this.landing = { target, arrival };
		return true;
	}

	/**
	 * reverse-continue from where the board is: run each checkpoint's interval again, newest first,
	 * noting the breakpoints hit, until one has a hit; then go to the last hit. False: already at
	 * the history's start.
	 */
	reverseContinue(): boolean {
		const from = this.control.position;
		const index = this.before(from, true);
		if (index < 0) return false;
		this.search = { end: from, index, hits: [] };
		this.scan();
		return true;
	}

	private scan(): void {
		const s = this.search!, c = this.checkpoints[s.index];
		this.restore(c);
		s.hits = [];
		this.control.collect = position => { if (position >= c.position && position < s.end) s.hits.push(position); };
		this.control.stopAt = s.end;
	}

	/**
	 * The board stopped for the debugger. A search goes on ('again': the board is to run on); a
	 * replay that got where it was going says how its stop is told; otherwise undefined.
	 */
	halted(): 'again' | Arrival | undefined {
		this.stopped();
		const s = this.search;
		if (s) {
			const last = s.hits.at(-1);
			if (last === undefined && s.index > 0) {
				s.end = this.checkpoints[s.index].position;
				s.index--;
				this.scan();
				return 'again';
			}
			this.search = undefined;
			if (last !== undefined) this.goTo(last, { breakpoint: true });
			else this.goTo(this.start, { historyBegin: true });
			return 'again';
		}
		const landing = this.landing;
		if (!landing) return undefined;
		this.landing = undefined;
		this.control.collect = undefined;
		return landing.arrival;
	}
}

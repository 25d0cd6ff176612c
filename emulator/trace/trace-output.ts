// Where the tracers' lines go, one stream for all of them. A tracer may hold back what it cannot
// print yet (a system call whose result has not come, a function that may turn out to be a leaf);
// when another line is about to go out, it prints what it holds first, so the stream stays in the
// order things happened.

/**
 * Who is about to print: a process's system call (task: its task_struct), the function graph, or
 * the end of the trace: the board stopped, or the trace leaves a board that runs on (`detached`).
 */
export type Source = { kind: 'syscall'; task: bigint } | { kind: 'graph' } | { kind: 'end'; detached: boolean };

export interface Holder {
	/** Print (through write) what is held, before a line from `by`. */
	release(by: Source): void;
}

export class TraceOutput {
	private readonly holders: Holder[] = [];

	constructor(private readonly sink: (text: string) => void) {}

	hold(h: Holder): void { this.holders.push(h); }

	/** Something happened in `by` that may print later: what others hold goes out now. */
	announce(by: Source): void {
		for (const h of this.holders) h.release(by);
	}

	/** A line from `by`: whatever other tracers hold goes out first. */
	emit(line: string, by: Source): void {
		this.announce(by);
		this.write(line);
	}

	/** A line as it is, for a holder releasing what it held. */
	write(line: string): void { this.sink(`${line}\n`); }
}

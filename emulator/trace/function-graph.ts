// `--trace calls=...`: a call graph of kernel functions, as ftrace's function_graph tracer prints it
// (with funcgraph-retval): nesting, durations on the board's clock, return values with errnos
// named. An entry is held until the next event: if that is its own return, the call is a leaf
// (`f();`), else it opens a block (`f() {`).
import type { CallFrames } from './call-frames.ts';
import type { GuestTasks } from './guest-task.ts';
import type { KernelHooks } from './kernel-hooks.ts';
import { graphHeader, renderGraphLine, retval, taskSwitch, type GraphLine, type Proc } from './function-graph-format.ts';
import type { Source, TraceOutput } from './trace-output.ts';

export interface TracedFunction {
	/** The function's C name (its symbol may be a GCC copy of it: name.isra.0). */
	name: string;
	/** It returns nothing: no value to print. */
	void?: boolean;
	/** Traced if the kernel has it as a function of its own (the compiler may have folded it into its caller). */
	optional?: boolean;
}

interface Call { name: string; void?: boolean; task: bigint; start: bigint; depth: number }

const GRAPH: Source = { kind: 'graph' };

export class FunctionGraph {
	private held?: Call;
	/** The task of the last line printed, and its name then (a task that has exited cannot be read). */
	private last?: { task: bigint; proc: Proc };
	private started = false;

	constructor(frames: CallFrames, hooks: KernelHooks, private readonly tasks: GuestTasks,
		private readonly out: TraceOutput, private readonly now: () => bigint, functions: TracedFunction[]) {
		for (const fn of functions) {
			if (fn.optional && !hooks.symbols.function(fn.name)) continue;
			const sym = hooks.functionSymbol(fn.name);
			frames.watch<Call>(sym.address, this, {
				entered: (task, depth) => this.entered({ name: sym.name, void: fn.void, task, start: this.now(), depth }),
				returned: (task, call, result) => this.returned(call, result),
			});
		}
		out.hold({ release: by => { if (by.kind !== 'graph') this.releaseHeld(); } });
	}

	/** After a board restore: what was held belongs to a past that is gone. */
	forget(): void {
		this.held = undefined;
		this.last = undefined;
	}

	private entered(call: Call): Call {
		this.out.announce(GRAPH);
		this.releaseHeld();
		this.held = call;
		return call;
	}

	private returned(call: Call, result: bigint): void {
		this.out.announce(GRAPH);
		const time = this.now() - call.start;
		const value = call.void ? undefined : retval(result);
		if (this.held === call) {
			this.held = undefined;
			this.print(call.task, { time, depth: call.depth, text: `${call.name}();${value === undefined ? '' : ` /* = ${value} */`}` });
			return;
		}
		this.releaseHeld();
		this.print(call.task, { time, depth: call.depth, text: `} /* ${call.name}${value === undefined ? '' : ` = ${value}`} */` });
	}

	/** The held entry goes out as a block's start: `f() {`. */
	private releaseHeld(): void {
		const h = this.held;
		if (!h) return;
		this.held = undefined;
		this.print(h.task, { depth: h.depth, text: `${h.name}() {` });
	}

	private print(task: bigint, line: GraphLine): void {
		if (!this.started) {
			this.started = true;
			for (const l of graphHeader()) this.out.write(l);
		}
		if (this.last?.task !== task) {
			const proc = { comm: this.tasks.comm(task), pid: this.tasks.pid(task) };
			if (this.last) for (const l of taskSwitch(this.last.proc, proc)) this.out.write(l);
			this.last = { task, proc };
		}
		this.out.write(renderGraphLine(line));
	}
}

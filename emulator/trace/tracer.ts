// Tracing a board: what to trace, and the tracers attached to it. Nothing here runs unless a trace
// is asked for: a board without one has no hooks but its own.
import type { Board } from '../board/board.ts';
import { CallFrames } from './call-frames.ts';
import { FunctionGraph, type TracedFunction } from './function-graph.ts';
import { GuestTasks, taskLayout } from './guest-task.ts';
import { InitcallWatch, initcallLevels, type InitcallRecord } from './initcalls.ts';
import { KernelHooks } from './kernel-hooks.ts';
import { SyscallTracer } from './syscall-trace.ts';
import { TraceOutput } from './trace-output.ts';
import { TraceClock } from './trace-clock.ts';

export type { TracedFunction } from './function-graph.ts';
export type { InitcallRecord } from './initcalls.ts';

export interface TraceOptions {
	/** Every system call of every process, as strace -f prints them. */
	syscalls?: boolean;
	/** A call graph of these kernel functions, as ftrace's function_graph prints it. */
	calls?: TracedFunction[];
	/** Where the trace's text goes. */
	write?: (text: string) => void;
	/** Told of each of the boot's initcalls as it returns (for a chart). */
	initcalls?: (call: InitcallRecord) => void;
}

export class Tracer {
	private constructor(private readonly out: TraceOutput, private readonly frames: CallFrames,
		private readonly syscalls?: SyscallTracer, private readonly graph?: FunctionGraph) {}

	/** Trace `board` from where it is now on. */
	static attach(board: Board, opts: TraceOptions): Tracer {
		const { cpu, kernel } = board;
		const hooks = new KernelHooks(cpu, kernel.symbols);
		const tasks = new GuestTasks(cpu, taskLayout(kernel.path));
		const out = new TraceOutput(opts.write ?? (() => {}));
		const timed = opts.calls?.length || opts.initcalls;
		const clock = timed ? new TraceClock(board) : undefined;
		const now = () => clock?.now() ?? board.clock.uptimeNs;
		const frames = new CallFrames(cpu, hooks, tasks);
		const syscalls = opts.syscalls ? new SyscallTracer(cpu, hooks, tasks, out) : undefined;
		const graph = opts.calls?.length ? new FunctionGraph(frames, hooks, tasks, out, now, opts.calls) : undefined;
		if (opts.initcalls)
			new InitcallWatch(cpu, frames, hooks, t => tasks.pid(t), initcallLevels(kernel.path, kernel.symbols), now, opts.initcalls);
		hooks.ready();
		return new Tracer(out, frames, syscalls, graph);
	}

	/**
	 * Let go of what is in progress and write `line`: between two runs from a snapshot, the calls
	 * in progress at the end of one never return in the next (see restored).
	 */
	note(line: string): void {
		this.out.announce({ kind: 'end', detached: true });
		this.out.write(line);
	}

	/** The board went back to a snapshot: what was in progress belongs to a past that is gone. */
	restored(): void {
		this.frames.forget();
		this.syscalls?.forget();
		this.graph?.forget();
	}

	/** The trace ends: calls in progress never return if the board `stopped`, else the trace lets go of them. */
	end(stopped: boolean): void { this.out.announce({ kind: 'end', detached: !stopped }); }
}

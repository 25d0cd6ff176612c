// What the protocol's commands ask of the machine being debugged (commands.ts uses it; the board's
// side is board-target.ts), and how a stop is told to GDB.
import type { TargetDescription } from './target-description.ts';

export type ResumeKind = 'continue' | 'step' | 'reverse-continue' | 'reverse-step';

export type StopReason =
	| {
		kind: 'stopped';
		/** A POSIX signal number as GDB numbers them: 5 (SIGTRAP) for a breakpoint or a step, 2 (SIGINT) for Ctrl-C. */
		signal: number;
		/** The stop is a breakpoint's. */
		breakpoint?: boolean;
		/** The list of loaded modules changed (GDB then reads qXfer:libraries again). */
		library?: boolean;
		/** Reverse execution reached the start of the recorded history. */
		historyBegin?: boolean;
	}
	/** The board stopped for good: `status` as kobox's exit status. */
	| { kind: 'exited'; status: number };

export const SIGINT = 2, SIGTRAP = 5;

export interface DebugTarget {
	/** Its registers as GDB numbers them, and the target.xml that says so. */
	readonly description: TargetDescription;
	/** Can it run backwards (bs, bc)? */
	readonly reversible: boolean;
	/** A register by GDB's number (target-description.ts), little-endian; undefined if there is none. */
	readRegister(n: number): Buffer | undefined;
	writeRegister(n: number, value: Buffer): boolean;
	/** Guest virtual memory: as many bytes from `address` as can be read, up to `length` (none: undefined). */
	readMemory(address: bigint, length: number): Buffer | undefined;
	writeMemory(address: bigint, data: Buffer): boolean;
	/** A breakpoint at a kernel or module address: the guest never sees it. */
	insertBreakpoint(address: bigint): void;
	removeBreakpoint(address: bigint): void;
	/** Run until the next stop. */
	resume(kind: ResumeKind): Promise<StopReason>;
	/** Ctrl-C: stop the running guest soon (resume() then resolves). */
	interrupt(): void;
	/** Why the guest stopped last. */
	lastStop(): StopReason;
	/** The loaded modules, as GDB's library-list XML. */
	libraries(): string;
	/** GDB goes away: `kill` stops the board, otherwise it runs on by itself. */
	release(kill: boolean): void;
}

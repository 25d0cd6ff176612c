// The kobox library API: boot a board from your own scripts and test suites.
import { Board as BareBoard } from './board/board.ts';
import { Session, type BootOptions } from './guest/session.ts';

/** The bare board (new Board()), and Board.boot(): a board with busybox and the transcript helper. */
export class Board extends BareBoard {
	/**
	 * Boot a board with busybox and kobox's transcript helper, for tests: `run(command)` on the
	 * result gives each command's transcript record (see session.ts).
	 */
	static boot(opts: BootOptions = {}): Promise<Session> { return Session.boot(opts); }
}

export { DEFAULT_CMDLINE, type BoardOptions, type BoardExit, type ExitReason, type BoardSnapshot } from './board/board.ts';
export { memoryMap } from './board/memory-map.ts';
export { parseMemorySize } from './board/memory-size.ts';
export { unicornVersion } from './cpu/unicorn-ffi.ts';
export type { GuestFile } from './guest/rootfs.ts';
// Transcripts: Board.boot() gives a Session; session.run(command) gives a CommandRecord.
export { Session, SessionError, TRANSCRIPT_CMDLINE, type BootOptions, type SessionSnapshot } from './guest/session.ts';
export { formatTranscript, parseFormatted } from './transcript/transcript.ts';
export type { CommandRecord } from './guest/helper-output.ts';
export { normalise, BOOT_NOISE, type NormaliseOptions } from './transcript/normalise.ts';
export { compareTranscript, type CompareOptions, type Comparison } from './transcript/compare.ts';
export { transcriptDiff } from './transcript/diff.ts';
export { matchTranscript, transcriptMatchers, type TranscriptLike } from './transcript/matcher.ts';
export { readScenario, readGolden, scenarioPaths, type ScenarioFile } from './transcript/scenario-file.ts';
export { ScenarioRunner, type RunnerOptions } from './transcript/suite.ts';
export type { Scenario } from './transcript/scenario-run.ts';
// Tracing: BootOptions.trace (and RunOptions.trace) take these.
export type { TraceOptions, TracedFunction, InitcallRecord } from './trace/tracer.ts';
export { MODULE_LOAD } from './trace/presets.ts';

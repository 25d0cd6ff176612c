// The CLI's exit statuses and usage errors (README: "Exit status").
import type { BoardExit } from './board/board.ts';
import { fileProblem } from './paths.ts';

/** Exit status for each way a board can stop. */
export const EXIT_STATUS: Record<BoardExit['reason'], number> = {
	poweroff: 0, reset: 0, quit: 0, panic: 1, stalled: 2, 'cpu-error': 3, timeout: 124,
};
/** A command line kobox cannot act on: a bad option or argument, a missing or unusable file (sysexits' EX_USAGE). */
export const USAGE_ERROR = 64;
/** kobox itself failed: its setup, or an error inside kobox (sysexits' EX_SOFTWARE; bin/kobox.js uses it too). */
export const KOBOX_ERROR = 70;

/** A mistake in the command line, reported before anything boots. */
export class UsageError extends Error {}

/** PATH, if it is a readable regular file; otherwise a usage error that says what is wrong with it. */
export function existingFile(path: string, what: string): string {
	const problem = fileProblem(path);
	if (problem) throw new UsageError(`${what}: ${path}: ${problem}`);
	return path;
}

// Compare what the board did with a golden captured from the real kernel: both normalised, then
// diffed command by command.
import { normalise, type NormaliseOptions } from './normalise.ts';
import { formatTranscript, parseFormatted } from './transcript.ts';
import type { CommandRecord } from '../guest/helper-output.ts';
import { transcriptDiff } from './diff.ts';

export interface CompareOptions extends NormaliseOptions {
	/**
	 * Let each command's output on the board leave out lines of the golden's, in order (the golden
	 * must hold every line the board prints, in the same order). For listings such as `ls /proc`,
	 * where the real kernel has entries for subsystems the board does not have.
	 */
	orderedSubset?: boolean;
	/** Names for the two sides of the diff. */
	labels?: [string, string];
}

export interface Comparison {
	pass: boolean;
	/** Empty when they match; otherwise a unified diff, each block under its command. */
	diff: string;
	expected: string;
	actual: string;
}

/** A golden's text: `#` header lines dropped. */
export const goldenBody = (text: string) => text.replace(/^#.*\n/gm, '');

function isOrderedSubset(lines: string[], of: string[]): boolean {
	let at = 0;
	for (const l of lines) {
		const found = of.indexOf(l, at);
		if (found < 0) return false;
		at = found + 1;
	}
	return true;
}

/** Take the golden's output for each command whose board output is an ordered subset of it. */
function allowSubsets(expected: CommandRecord[], actual: CommandRecord[]): CommandRecord[] {
	return actual.map((r, i) => {
		const want = expected[i];
		if (!want || want.command !== r.command || r.unfinished || want.unfinished) return r;
		const lines = (s: string) => s.split('\n').slice(0, -1);
		return isOrderedSubset(lines(r.output), lines(want.output)) ? { ...r, output: want.output } : r;
	});
}

export function compareTranscript(golden: string, actual: CommandRecord[] | string, opts: CompareOptions = {}): Comparison {
	const expected = normalise(goldenBody(golden), opts);
	let got = normalise(typeof actual === 'string' ? goldenBody(actual) : formatTranscript(actual), opts);
	if (opts.orderedSubset) got = formatTranscript(allowSubsets(parseFormatted(expected), parseFormatted(got)));
	const diff = transcriptDiff(expected, got, opts.labels ?? ['golden (real kernel)', 'board']);
	return { pass: diff === '', diff, expected, actual: got };
}

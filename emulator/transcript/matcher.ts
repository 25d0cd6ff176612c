// toMatchTranscript, a matcher for vitest's (or jest's) expect.extend: the board's records against
// a golden transcript, normalised, with a readable diff on failure.
import { compareTranscript, goldenBody, type CompareOptions } from './compare.ts';
import { parseFormatted } from './transcript.ts';
import type { CommandRecord } from '../guest/helper-output.ts';

export type TranscriptLike = CommandRecord | CommandRecord[] | string;

interface MatcherResult { pass: boolean; message: () => string }

function isRecord(x: unknown): x is CommandRecord {
	return typeof x === 'object' && x !== null && typeof (x as CommandRecord).command === 'string'
		&& typeof (x as CommandRecord).status === 'number';
}

/**
 * One record is compared with the golden's block for the same command (the golden may hold a whole
 * scenario); several records, or a formatted transcript, with the whole golden.
 */
export function matchTranscript(received: unknown, golden: string, opts: CompareOptions = {}): MatcherResult {
	if (typeof golden !== 'string') return { pass: false, message: () => 'toMatchTranscript: the golden must be a string (a golden file\'s text)' };
	let expected = goldenBody(golden);
	let actual: CommandRecord[] | string;
	if (isRecord(received)) {
		actual = [received];
		const blocks = expected.split(/^(?=\$ )/m).filter(b => b.startsWith('$ '));
		if (blocks.length > 1) {
			const block = blocks.find(b => parseFormatted(b)[0]?.command === received.command);
			if (!block) return { pass: false, message: () => `toMatchTranscript: the golden has no command '${received.command}'` };
			expected = block.replace(/\n+$/, '\n');
		}
	} else if (Array.isArray(received) && received.every(isRecord)) actual = received;
	else if (typeof received === 'string') actual = received;
	else return { pass: false, message: () => 'toMatchTranscript: expected a command record, an array of them, or a transcript text' };
	const c = compareTranscript(expected, actual, opts);
	return {
		pass: c.pass,
		message: () => c.pass ? 'expected the transcript not to match the golden, but it does' : `the transcript does not match the golden:\n${c.diff}`,
	};
}

/** For expect.extend: `expect.extend(transcriptMatchers)`, or import 'kobox/vitest'. */
export const transcriptMatchers = {
	toMatchTranscript(received: unknown, golden: string, opts?: CompareOptions): MatcherResult {
		return matchTranscript(received, golden, opts);
	},
};

// The board against transcripts captured from Debian's real 6.1 kernel (test/golden/).
import { describe, expect, it } from 'vitest';
import { transcriptOnBoard } from '../../emulator/transcript/scenario-run.ts';
import { formatTranscript } from '../../emulator/transcript/transcript.ts';
import { normalise } from '../../emulator/transcript/normalise.ts';
import { transcriptDiff } from '../../emulator/transcript/diff.ts';
import { golden, goldenNames, goldenScenario } from '../helpers/goldens.ts';

describe('golden transcripts from the real kernel', () => {
	for (const name of goldenNames()) {
		it(name, async () => {
			const want = golden(name);
			expect(want, `no golden for ${name}: run npm run capture -- ${name}`).toBeDefined();
			const run = await transcriptOnBoard(goldenScenario(name));
			expect(run.complete, run.console.slice(-2000)).toBe(true);
			const diff = transcriptDiff(want!, normalise(formatTranscript(run.records)), ['real kernel', 'board']);
			expect(diff, `\n${diff}`).toBe('');
		});
	}
});

// The board against transcripts captured from Debian's real 6.1 kernel (test/golden/): booted once
// per kernel command line, each scenario run from a snapshot of the booted board.
import { afterAll, describe, expect, it } from 'vitest';
import { ScenarioRunner } from '../../emulator/transcript/suite.ts';
import { compareTranscript } from '../../emulator/transcript/compare.ts';
import { golden, goldenNames, goldenScenario } from '../helpers/goldens.ts';

const runner = new ScenarioRunner({ timeoutSeconds: 60 });
afterAll(() => runner.close());

describe('golden transcripts from the real kernel', () => {
	for (const name of goldenNames()) {
		it(name, async () => {
			const want = golden(name);
			expect(want, `no golden for ${name}: run npm run capture -- ${name}`).toBeDefined();
			const s = goldenScenario(name);
			const c = compareTranscript(want!, await runner.run(s), { orderedSubset: s.compare === 'ordered-subset' });
			expect(c.diff, `\n${c.diff}`).toBe('');
		}, 300_000); // the fuzz goldens load ~47 modules each: minutes on a loaded machine
	}

	it('ls /proc on the board is a real subset of the real kernel\'s, not a trivial one', async () => {
		const [r] = await runner.run(goldenScenario('ls-proc'));
		expect(r.output.split('\n').length).toBeGreaterThan(10);
		expect(compareTranscript(golden('ls-proc')!, [r]).pass).toBe(false); // the subset rule is what makes it pass
	});
});

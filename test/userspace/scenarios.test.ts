// Every userspace scenario, run on the board, must print what Debian's real 6.1 kernel printed for
// the same busybox, /init and files (captured with `npm run capture:userspace`).
import { describe, expect, it } from 'vitest';
import { runGuest } from '../../emulator/run.ts';
import { scenario, scenarioNames, expected, normalise, notAnOrderedSubset, SCENARIO_CMDLINE } from '../helpers/scenarios.ts';

describe('userspace scenarios against the real kernel', () => {
	for (const name of scenarioNames()) {
		it(name, async () => {
			const want = expected(name);
			expect(want, `no capture for ${name}: run npm run capture:userspace -- ${name}`).toBeDefined();
			const s = scenario(name);
			const r = await runGuest({ cmdline: SCENARIO_CMDLINE, command: s.command, add: s.files, timeoutSeconds: 60 });
			expect(r.exit.reason, r.exit.message).toBe('poweroff');
			const got = normalise(r.output ?? r.console);
			if (s.compare === 'exact') expect(got).toBe(want!.output);
			else {
				expect(notAnOrderedSubset(got, want!.output)).toEqual([]);
				expect(got.split('\n').length).toBeGreaterThan(10);
			}
			expect(String(r.status ?? 'none')).toBe(want!.status);
		});
	}
});

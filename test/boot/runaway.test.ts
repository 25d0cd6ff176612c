// Guests that run away with the machine end with Linux's report, and the board goes on.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { repoRoot } from '../../emulator/paths.ts';
import { runGuest } from '../../emulator/guest/run.ts';

describe('the OOM killer', () => {
	it('kills each victim of a fork bomb once, and the system recovers', async () => {
		// 32 MiB: the bomb runs out of memory after a few hundred forks.
		const r = await runGuest({ initScript: join(repoRoot, 'test/userspace/fork-bomb.sh'), memory: 32 << 20, timeoutSeconds: 120 });
		expect(r.exit.reason).toBe('poweroff');
		const victims = [...r.console.matchAll(/Out of memory: Killed process (\d+) \(/g)].map(m => m[1]);
		expect(victims.length).toBeGreaterThan(0);
		expect(new Set(victims).size).toBe(victims.length);
		expect(r.console).toContain(`kills: ${victims.length}\r\n`);
		expect(r.console).toMatch(/invoked oom-killer: gfp_mask=0x[0-9a-f]+\(\w+/);
		// init and the pipeline that counts (user processes: kernel threads are not counted): the bomb is gone
		expect(r.console).toContain('processes left: 4\r\n');
	});
});

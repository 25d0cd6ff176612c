// A session's commands are short runs of the board, one after another, each ending in a pause: the
// board lets Node's event loop turn every 20 ms of running across them all the same (timers, a
// debugger's socket), where such a run of commands used to hold the loop until the last one ended
// (731 ms for one golden scenario).
import { describe, expect, it } from 'vitest';
import { Session } from '../../emulator/guest/session.ts';

describe('a session', () => {
	it('lets the event loop turn while it runs one short command after another', async () => {
		const s = await Session.boot();
		try {
			let fired = false;
			setTimeout(() => { fired = true; }, 0);
			// Awaiting a command's record is no turn of the loop: only the board's own turns let the timer fire.
			for (const t0 = Date.now(); !fired && Date.now() - t0 < 2000;) expect((await s.run('true')).status).toBe(0);
			expect(fired).toBe(true);
		} finally {
			s.close();
		}
	});
});

// A session's commands follow one another on the virtual clock without idle time between them:
// the transcript helper prints its ready marker and waits for the next command, which the host
// hands over before the clock moves on. The board used to let the clock jump to the next timer
// (the soft-lockup watchdog's, up to 4 s away) whenever the marker and the wait fell in one
// slice: with a 279272-byte file, `cat /dev/kobox-files | wc -c` seemed to run 4 s, all idle.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../emulator/guest/session.ts';
import { filesArchive } from '../../emulator/guest/rootfs.ts';

/** /proc/uptime's two fields, in seconds: since boot, and idle. */
async function uptime(s: Session): Promise<[number, number]> {
	const [up, idle] = (await s.run('cat /proc/uptime')).output.trim().split(' ').map(Number);
	return [up, idle];
}

describe('a session', () => {
	it('runs commands back to back, the CPU never idle between them', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'kobox-idle-'));
		const s = await Session.boot();
		try {
			writeFileSync(join(dir, 'x.ko'), Buffer.alloc(279272, 0x5a));
			s.board.files.load(filesArchive([{ host: join(dir, 'x.ko'), guest: '/x.ko' }]));
			const [up0] = await uptime(s);
			expect((await s.run('cat /dev/kobox-files > /dev/null')).status).toBe(0);
			expect((await s.run('cat /dev/kobox-files | wc -c')).output).toBe('279512\n');
			for (let i = 0; i < 20; i++) expect((await s.run(`echo ${'x'.repeat(7 * i)}`)).status).toBe(0);
			const [up, idle] = await uptime(s);
			expect(idle).toBeLessThan(0.1);
			expect(up - up0).toBeLessThan(1);
		} finally {
			s.close();
			rmSync(dir, { recursive: true });
		}
	});
});

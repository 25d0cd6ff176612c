// The transcript helper (guest-tools/transcript.c) records a command at the cost of one process
// beyond it (`sh -c`) and a few system calls, whatever the length of the kernel log, and reports
// what sh and `dmesg -r` would: the status and name of a signal that killed the command, and the
// records logged since the command began (only those after a clear the command made).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from '../../emulator/guest/session.ts';

describe('the transcript helper', () => {
	let s: Session;
	beforeAll(async () => { s = await Session.boot(); });
	afterAll(() => s?.close());

	it('costs one process and under 0.3 M guest instructions per command', async () => {
		// `echo $$` prints the PID of the command's sh: consecutive commands' differ by one.
		const pids = [];
		for (let i = 0; i < 3; i++) pids.push(Number((await s.run('echo $$')).output));
		expect(pids[1] - pids[0]).toBe(1);
		expect(pids[2] - pids[1]).toBe(1);
		const r0 = s.board.counter.retired;
		await s.run('true');
		expect(Number(s.board.counter.retired - r0)).toBeLessThan(300_000);
	});

	it('costs no more with a long kernel log', async () => {
		const cost = async () => {
			const r0 = s.board.counter.retired;
			await s.run('true');
			return Number(s.board.counter.retired - r0);
		};
		const before = await cost();
		expect((await s.run('i=0; while [ $i -lt 400 ]; do echo "<6>filler $i" > /dev/kmsg; i=$((i+1)); done')).dmesg)
			.toHaveLength(400);
		expect(await cost()).toBeLessThan(before * 1.1);
	});

	it('reports the records a command logged, after a clear it made', async () => {
		expect((await s.run('echo "<3>one" > /dev/kmsg')).dmesg).toEqual([expect.stringMatching(/^<11>\[ *\d+\.\d{6}\] one$/)]);
		expect((await s.run('echo "<3>two" > /dev/kmsg; dmesg -c > /dev/null')).dmesg).toEqual([]);
		expect((await s.run('echo "<3>x" > /dev/kmsg; dmesg -c > /dev/null; echo "<5>after" > /dev/kmsg')).dmesg)
			.toEqual([expect.stringMatching(/^<13>\[ *\d+\.\d{6}\] after$/)]);
		expect((await s.run('true')).dmesg).toEqual([]);
	});

	it('reports a command a signal killed as sh does', async () => {
		expect(await s.run('kill -SEGV $$')).toMatchObject({ output: 'Segmentation fault\n', status: 139 });
		expect(await s.run('kill -PIPE $$')).toMatchObject({ output: '', status: 141 });
		expect(await s.run('echo out; kill -USR1 $$')).toMatchObject({ output: 'out\nUser defined signal 1\n', status: 138 });
	});

	it('names itself sh in the messages of sh -c, as a shell running the command would', async () => {
		expect(await s.run('echo x > /proc/nope/x')).toMatchObject({ output: "sh: can't create /proc/nope/x: nonexistent directory\n", status: 1 });
	});

	it("unpacks the host's files itself, as cpio -idmu would, with no process of its own", async () => {
		const dir = mkdtempSync(join(tmpdir(), 'kobox-files-'));
		try {
			const file = (name: string, text: string, mode: number) => {
				writeFileSync(join(dir, name), text);
				chmodSync(join(dir, name), mode);
				return join(dir, name);
			};
			const big = 'x'.repeat(100_000) + 'end\n';
			const before = Number((await s.run('echo $$')).output);
			await s.add([{ host: file('tool', '#!/bin/sh\necho tool ran\n', 0o750), guest: '/opt/deep/er/tool' },
				{ host: file('big', big, 0o600), guest: '/big' }]);
			expect(Number((await s.run('echo $$')).output)).toBe(before + 1);
			expect((await s.run('/opt/deep/er/tool; ls -ln /opt/deep/er/tool /big')).output).toBe([
				'tool ran',
				'-rw-------    1 0        0           100004 Jan  1  1970 /big',
				'-rwxr-x---    1 0        0               24 Jan  1  1970 /opt/deep/er/tool', ''].join('\n'));
			expect((await s.run('md5sum /big')).output.split(' ')[0]).toBe(createHash('md5').update(big).digest('hex'));
			// Added again, a file is replaced.
			await s.add([{ host: file('big', 'small\n', 0o644), guest: '/big' }]);
			expect((await s.run('cat /big')).output).toBe('small\n');
			// A file where a directory is: the helper says it could not unpack it.
			await expect(s.add([{ host: file('t', 't\n', 0o644), guest: '/big/t' }])).rejects.toThrow(/could not unpack \/big\/t/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

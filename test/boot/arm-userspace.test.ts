// The 32-bit ARM board end to end, with the real arm guest kernel and Debian's armhf busybox:
// Board.boot({ arch: 'arm' }), and kobox run, shell and insmod --arch arm. Skipped, with the reason,
// until scripts/setup-arm.sh has built the arm kernel and it gets to userspace (test/helpers/arm-board.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Board } from '../../emulator/index.ts';
import { modulesBuildDir, pinFile, pinnedKernel, repoRoot } from '../../emulator/paths.ts';
import { armBoardProblem } from '../helpers/arm-board.ts';

const problem = await armBoardProblem();
const release = pinnedKernel(pinFile, 'arm').release;

const kobox = (args: string[], input?: string) =>
	spawnSync(join(repoRoot, 'bin/kobox.js'), args, { encoding: 'utf8', timeout: 120_000, input });

describe('the 32-bit ARM board with Debian\'s armhf userspace', () => {
	beforeEach(ctx => {
		if (problem) ctx.skip(problem);
	});

	it('Board.boot({ arch: \'arm\' }) runs armhf busybox commands on the armmp kernel kobox impersonates', async () => {
		const session = await Board.boot({ arch: 'arm' });
		try {
			const [uname, sum] = await session.runAll(['uname -srm', 'echo $((6 * 7))']);
			expect([uname.output, uname.status]).toEqual([`Linux ${release} armv7l\n`, 0]);
			expect([sum.output, sum.status]).toEqual(['42\n', 0]);
		} finally {
			session.close();
		}
	});

	it('kobox run --arch arm: the command\'s output and exit status', () => {
		// Linux says it powers down even when quiet (an emergency-level line), as on arm64.
		const uname = kobox(['run', '--arch', 'arm', '--', 'uname', '-m']);
		expect(uname.stdout).toMatch(/^armv7l\r?\n\[ *\d+\.\d{6}\] reboot: Power down\r?\n$/);
		expect([uname.stderr, uname.status]).toEqual(['', 0]);
		const exit3 = kobox(['run', '--arch', 'arm', '--', 'sh', '-c', 'echo out; exit 3']);
		expect([exit3.stdout.split(/\r?\n/)[0], exit3.status]).toEqual(['out', 3]);
	});

	it('kobox shell --arch arm: busybox sh reading a script on stdin', () => {
		const r = kobox(['shell', '--arch', 'arm'], 'uname -m\nexit 0\n');
		expect(r.stdout).toContain('armv7l');
		expect(r.status).toBe(0);
	});

	it('kobox insmod --arch arm: a module built for armhf loads, with its parameters, as Debian\'s armmp kernel prints it', () => {
		const r = kobox(['insmod', '--arch', 'arm', join(modulesBuildDir('arm'), 'hello/hello.ko'), 'myint=5', 'mystr=kobox']);
		expect(r.stdout.split('\n').filter(Boolean)).toEqual([
			expect.stringMatching(/^\[ *\d+\.\d{6}\] hello: loading out-of-tree module taints kernel\.$/),
			expect.stringMatching(/^\[ *\d+\.\d{6}\] hello: module verification failed: signature and\/or required key missing - tainting kernel$/),
			expect.stringMatching(/^\[ *\d+\.\d{6}\] hello: hello kobox, myint=5$/),
		]);
		expect([r.stderr, r.status]).toEqual(['', 0]);
	});
});

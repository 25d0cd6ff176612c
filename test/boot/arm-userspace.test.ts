// The 32-bit ARM board end to end, with the real arm guest kernel and Debian's armhf busybox:
// Board.boot({ arch: 'arm' }), and kobox run, shell and insmod --arch arm. Skipped, with the reason,
// until scripts/setup-arm.sh has built the arm kernel and it gets to userspace (test/helpers/arm-board.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Board } from '../../emulator/index.ts';
import { onBoard } from '../../emulator/guest/busybox-applets.ts';
import { Initramfs } from '../../emulator/boot/initramfs.ts';
import { busyboxFor, modulesBuildDir, pinFile, pinnedKernel, repoRoot } from '../../emulator/paths.ts';
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

	it('maps the sigpage, [vvar], [vdso] and the [vectors] page as armmp does; time() reads the vDSO\'s data page', async () => {
		const session = await Board.boot({ arch: 'arm' });
		try {
			// busybox's date +%s is time(): CLOCK_REALTIME_COARSE, which glibc reads through the vDSO.
			const [now, maps] = await session.runAll(['date -s "2030-01-01 00:00:00" >/dev/null; date +%s', 'cat /proc/self/maps']);
			expect(now.output).toBe('1893456000\n');
			const lines = maps.output.trim().split('\n');
			const named = (name: string) => lines.findIndex(l => l.endsWith(` ${name}`));
			const range = (i: number) => lines[i].split(' ')[0].split('-').map(a => parseInt(a, 16));
			const [stack, sigpage, vvar, vdso, vectors] = ['[stack]', '[sigpage]', '[vvar]', '[vdso]', '[vectors]'].map(named);
			expect([sigpage, vvar, vdso, vectors]).toEqual([stack + 1, stack + 2, stack + 3, lines.length - 1]);
			expect(range(sigpage)[0]).toBeGreaterThanOrEqual(range(stack)[1]);	// above the stack, as sigpage_addr() puts it
			expect(range(vvar)[0]).toBe(range(sigpage)[1]);
			expect(range(vdso)[0]).toBe(range(vvar)[1]);
			expect(lines.slice(sigpage).map(l => l.split(/ +/).slice(1, 2).concat(l.split(/ +/).at(-1)!).join(' '))).toEqual([
				'r-xp [sigpage]', 'r--p [vvar]', 'r-xp [vdso]', 'r-xp [vectors]',
			]);
			expect(lines.at(-1)).toMatch(/^ffff0000-ffff1000 r-xp 00000000 00:00 0 +\[vectors\]$/);
		} finally {
			session.close();
		}
	});

	it('asks armhf busybox for its applets on the arm board, as the root filesystem\'s links need', async () => {
		const initrd = new Initramfs().file('/bin/busybox', readFileSync(busyboxFor('arm')), 0o755).charDevice('/dev/console', 5, 1).toBuffer();
		const console = await onBoard('arm')(initrd, 'console=ttyAMA0 quiet rdinit=/bin/busybox -- --list-full');
		const lines = console.split(/\r?\n/);
		for (const applet of ['bin/sh', 'sbin/insmod', 'sbin/rmmod', 'sbin/poweroff', 'bin/uname']) expect(lines).toContain(applet);
	});

	it('kobox run --arch arm: the command\'s output and exit status, booted or restored from the boot cache', () => {
		// Linux says it powers down even when quiet (an emergency-level line), as on arm64.
		const uname = kobox(['run', '--arch', 'arm', '--', 'uname', '-m']);
		expect(uname.stdout).toMatch(/^armv7l\r?\n\[ *\d+\.\d{6}\] reboot: Power down\r?\n$/);
		expect([uname.stderr, uname.status]).toEqual(['', 0]);
		// Again, from the boot cache (a board restored in another process): the same bytes.
		expect(kobox(['run', '--arch', 'arm', '--', 'uname', '-m'])).toMatchObject({ stdout: uname.stdout, status: 0 });
		const exit3 = kobox(['run', '--arch', 'arm', '--', 'sh', '-c', 'echo out; exit 3']);
		expect([exit3.stdout.split(/\r?\n/)[0], exit3.status]).toEqual(['out', 3]);
	});

	it('kobox shell --arch arm: busybox sh reading a script on stdin', () => {
		const r = kobox(['shell', '--arch', 'arm'], 'uname -m\nexit 0\n');
		// Its line editing waits in poll(), which 32-bit ARM's table has apart from ppoll.
		expect(r.stdout).toContain('/ # uname -m\r\narmv7l\r\n/ # exit 0');
		expect(r.stdout).not.toContain('Function not implemented');
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

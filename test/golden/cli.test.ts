// `kobox test` and `kobox capture` as a person runs them.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linuxImage, pinFile, pinnedKernel, repoRoot } from '../../emulator/paths.ts';
import { armBoardProblem } from '../helpers/arm-board.ts';

const kernel = pinnedKernel();

const kobox = (args: string[], cwd = repoRoot) =>
	spawnSync(join(repoRoot, 'bin/kobox.js'), args, { encoding: 'utf8', timeout: 120_000, cwd });

function folder(...names: string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'kobox-scenarios-'));
	for (const n of names) for (const ext of ['scenario', 'golden'])
		copyFileSync(join(repoRoot, 'test/golden', `${n}.${ext}`), join(dir, `${n}.${ext}`));
	return dir;
}

describe('kobox test', () => {
	it('passes a folder whose goldens the board matches', () => {
		const r = kobox(['test', folder('hello', 'pipes')]);
		expect(r.stderr).toBe('');
		expect(r.stdout).toMatch(/^PASS hello \(\d+\.\d s\)\nPASS pipes \(\d+\.\d s\)\n2 passed, 0 failed\n$/);
		expect(r.status).toBe(0);
	});

	it('runs on several boards at once (-j) with the report of one board, and in slices (--shard) that make the whole', () => {
		const dir = folder('hello', 'pipes', 'timers');
		const verdicts = (stdout: string) => stdout.replace(/ \(\d+\.\d s\)/g, '');
		const one = kobox(['test', '-j', '1', dir]);
		expect(verdicts(one.stdout)).toBe('PASS hello\nPASS pipes\nPASS timers\n3 passed, 0 failed\n');
		const two = kobox(['test', '-j', '2', dir]);
		expect(two.stderr).toBe('');
		expect(verdicts(two.stdout)).toBe(verdicts(one.stdout));
		const slices = ['1/2', '2/2'].map(s => verdicts(kobox(['test', '--shard', s, dir]).stdout));
		expect(slices).toEqual(['PASS hello\nPASS pipes\n2 passed, 0 failed\n', 'PASS timers\n1 passed, 0 failed\n']);
		expect(kobox(['test', '--shard', '3/2', dir]).status).toBe(64);
	});

	it('fails a deliberately wrong golden with a readable diff under the command, and exits 1', () => {
		const dir = folder('hello', 'pipes');
		const file = join(dir, 'hello.golden');
		writeFileSync(file, readFileSync(file, 'utf8').replace('  <6>[    T.TTTTTT] hello: goodbye kobox', '  <6>[    T.TTTTTT] hello: goodbye world'));
		const r = kobox(['test', dir]);
		expect(r.status).toBe(1);
		expect(r.stdout).toContain([
			'@@ $ rmmod hello @@',
			'  $ rmmod hello',
			'  exit: 0',
			'  dmesg:',
			'-   <6>[    T.TTTTTT] hello: goodbye world',
			'+   <6>[    T.TTTTTT] hello: goodbye kobox',
		].join('\n'));
		expect(r.stdout).toMatch(/^FAIL hello /m);
		expect(r.stdout).toMatch(/^PASS pipes /m);
		expect(r.stdout).toMatch(/1 passed, 1 failed\n$/);
	});

	it('fails a scenario without a golden, naming the command that captures it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kobox-scenarios-'));
		writeFileSync(join(dir, 'echo.scenario'), 'echo hi\n');
		const r = kobox(['test', dir], dir);
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('FAIL echo: no golden echo.golden (kobox capture echo.scenario)\n0 passed, 1 failed\n');
	});

	it('runs a 32-bit ARM scenario on the arm board, beside arm64 ones; one kernel for both is refused', async ctx => {
		const dir = folder('hello');
		writeFileSync(join(dir, 'armhf.scenario'), '# arch: arm\nuname -m\n');
		writeFileSync(join(dir, 'armhf.golden'), '$ uname -m\n  armv7l\nexit: 0\ntaint: 0\n');
		const mixed = kobox(['test', '--kernel', join(repoRoot, 'README.md'), dir]);
		expect([mixed.stderr, mixed.status]).toEqual(['kobox: --kernel: the scenarios are of two architectures (# arch:); test each architecture\'s with its own kernel\n', 64]);
		const problem = await armBoardProblem();
		if (problem) ctx.skip(problem);
		const r = kobox(['test', dir]);
		expect(r.stdout).toMatch(/^PASS armhf \(\d+\.\d s\)\nPASS hello \(\d+\.\d s\)\n2 passed, 0 failed\n$/);
		expect(r.status).toBe(0);
	});

	it('rejects bad arguments before booting', () => {
		const none = kobox(['test']);
		expect(none.status).toBe(64);
		expect(none.stderr).toContain("missing required argument 'paths'");
		const missing = kobox(['test', '/no/such/dir']);
		expect(missing.status).toBe(64);
		expect(missing.stderr).toBe('kobox: no such file or directory: /no/such/dir\n');
		const empty = kobox(['test', mkdtempSync(join(tmpdir(), 'kobox-empty-'))]);
		expect(empty.stderr).toMatch(/^kobox: no \.scenario files in /);
		const dir = mkdtempSync(join(tmpdir(), 'kobox-scenarios-'));
		writeFileSync(join(dir, 'x.scenario'), '# add: nosuch.ko\ntrue\n');
		const unknown = kobox(['test', dir]);
		expect(unknown.status).toBe(64);
		expect(unknown.stderr).toContain('# add: nosuch.ko: not found');
	});
});

describe('kobox capture', () => {
	it('rejects bad arguments before starting QEMU', () => {
		expect(kobox(['capture']).stderr).toContain("missing required argument 'paths'");
		const notScenario = kobox(['capture', join(repoRoot, 'README.md')]);
		expect(notScenario.status).toBe(64);
		expect(notScenario.stderr).toBe(`kobox: not a .scenario file or a directory: ${join(repoRoot, 'README.md')}\n`);
		const dir = folder('pipes');
		const noKernel = kobox(['capture', '--kernel', '/no/such/vmlinuz', dir]);
		expect(noKernel.status).toBe(64);
		expect(noKernel.stderr).toBe('kobox: --kernel: no such file: /no/such/vmlinuz\n');
		writeFileSync(join(dir, 'armhf.scenario'), '# arch: arm\nuname -m\n');
		const mixed = kobox(['capture', '--kernel', join(repoRoot, 'README.md'), dir]);
		expect(mixed.status).toBe(64);
		expect(mixed.stderr).toBe('kobox: --kernel: the scenarios are of two architectures (# arch:); capture each architecture\'s with its own kernel\n');
	});

	// This one needs QEMU and Debian's kernel image (setup for captures fetches both).
	const vmlinuz = linuxImage();
	const haveQemu = spawnSync('qemu-system-aarch64', ['--version']).status === 0 && existsSync(vmlinuz);
	it.runIf(haveQemu)('captures goldens from the real kernel with progress, which kobox test then passes', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kobox-capture-'));
		writeFileSync(join(dir, 'a.scenario'), 'echo hi\nfalse\n');
		writeFileSync(join(dir, 'b.scenario'), 'uname -r\n');
		// Linux waits forever after a panic; the capture stops at it and records the command as unfinished.
		writeFileSync(join(dir, 'c.scenario'), 'echo c > /proc/sysrq-trigger\necho never\n');
		const r = kobox(['capture', '--kernel', vmlinuz, '.'], dir);
		expect(r.stderr).toMatch(/^\[1\/3\] a \.\.\. \d+\.\d s, wrote a\.golden\n\[2\/3\] b \.\.\. \d+\.\d s, wrote b\.golden\n\[3\/3\] c .*c\.golden\n$/);
		expect(r.status).toBe(0);
		expect(readFileSync(join(dir, 'a.golden'), 'utf8')).toBe([
			`# Captured from Debian's linux-image-${kernel.release} ${kernel.version} (vmlinuz-${kernel.release}) under qemu-system-aarch64 -M virt by: kobox capture a.scenario`,
			'$ echo hi', '  hi', 'exit: 0', 'taint: 0', '', '$ false', 'exit: 1', 'taint: 0', '',
		].join('\n'));
		// ... with what the kernel printed on the console as it stopped
		const c = readFileSync(join(dir, 'c.golden'), 'utf8');
		expect(c).toMatch(/\n\$ echo c > \/proc\/sysrq-trigger\n\(the machine stopped during this command\)\nconsole:\n(  .*\n)+$/);
		expect(c).toContain('] sysrq: Trigger a crash\n');
		expect(c).toMatch(/\] ---\[ end Kernel panic - not syncing: sysrq triggered crash \]---\n$/);
		const t = kobox(['test', '--no-snapshot', join(dir, 'a.scenario'), join(dir, 'b.scenario')]);
		expect(t.stdout).toMatch(/2 passed, 0 failed\n$/);
	});

	// This one needs qemu-system-arm and Debian's armmp image (npm test's setup fetches it when QEMU is there).
	const armKernel = pinnedKernel(pinFile, 'arm');
	const haveArmQemu = spawnSync('qemu-system-arm', ['--version']).status === 0 && existsSync(linuxImage('arm'));
	it.runIf(haveArmQemu)('captures a 32-bit ARM golden from Debian\'s armmp kernel, with armhf busybox and modules, which kobox test passes on the arm board', async ctx => {
		const dir = mkdtempSync(join(tmpdir(), 'kobox-capture-arm-'));
		writeFileSync(join(dir, 'arm.scenario'), '# arch: arm\n# add: hello.ko\nuname -m\ninsmod /hello.ko\ncat /sys/module/hello/taint\n');
		const r = kobox(['capture', 'arm.scenario'], dir);
		expect(r.stderr).toMatch(/^\[1\/1\] arm \.\.\. \d+\.\d s, wrote arm\.golden\n$/);
		expect(r.status).toBe(0);
		const golden = readFileSync(join(dir, 'arm.golden'), 'utf8');
		expect(golden.split('\n')[0]).toBe(`# Captured from Debian's linux-image-${armKernel.release} ${armKernel.version} (vmlinuz-${armKernel.release}) under qemu-system-arm -M virt by: kobox capture arm.scenario`);
		expect(golden).toContain('$ uname -m\n  armv7l\nexit: 0\ntaint: 0\n');
		expect(golden).toContain('  <6>[    T.TTTTTT] hello: hello world, myint=1\n');
		expect(golden).toContain('$ cat /sys/module/hello/taint\n  OE\nexit: 0\ntaint: 12288\n');
		const problem = await armBoardProblem();
		if (problem) ctx.skip(problem);
		const t = kobox(['test', join(dir, 'arm.scenario')]);
		expect(t.stdout).toMatch(/^PASS arm \(\d+\.\d s\)\n1 passed, 0 failed\n$/);
		expect(t.status).toBe(0);
	});
});

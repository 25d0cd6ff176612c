// `kobox boot` and the CLI's own behaviour as a person meets it: exit statuses and messages.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultKernelPath, pinnedKernel, repoRoot } from '../../emulator/paths.ts';
import { guestKernelPath } from '../../emulator/board/board.ts';
import { writeOkKernel } from '../helpers/arm-kernel.ts';

const kobox = (...args: string[]) =>
	spawnSync(join(repoRoot, 'bin/kobox.js'), args, { encoding: 'utf8', timeout: 60_000 });

describe('kobox boot --arch arm', () => {
	it('boots a 32-bit ARM kernel given with --kernel on the 32-bit board, and refuses an arm64 one', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kobox-cli-arm-'));
		try {
			const kernel = writeOkKernel(dir);
			const r = kobox('boot', '--arch', 'arm', '--no-initramfs', '--kernel', kernel);
			expect([r.stdout, r.stderr, r.status]).toEqual(['ok\n', '', 0]);
			const wrong = kobox('boot', '--arch', 'arm', '--no-initramfs', '--kernel', defaultKernelPath);
			expect([wrong.stderr, wrong.status]).toEqual([`kobox: ${defaultKernelPath}: not a 32-bit ARM kernel\n`, 70]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it.skipIf(existsSync(guestKernelPath('arm')))('says the 32-bit ARM guest kernel is not built yet, where it would be', () => {
		const r = kobox('boot', '--arch', 'arm');
		expect(r.stderr).toBe(`kobox: the 32-bit ARM guest kernel is not built yet: no ${guestKernelPath('arm')}; run scripts/setup-arm.sh to build it, or give one with --kernel\n`);
		expect(r.status).toBe(70);
	});

	it.skipIf(!existsSync(guestKernelPath('arm')))('builds a module with the -armmp headers, and checks it against the 32-bit board', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kobox-cli-arm-build-'));
		try {
			cpSync(join(repoRoot, 'modules/hello'), dir, { recursive: true });
			const r = spawnSync(join(repoRoot, 'bin/kobox.js'), ['build', '--arch', 'arm', dir], { encoding: 'utf8', timeout: 240_000 });
			expect([r.stdout, r.status]).toEqual([`${join(dir, 'hello.ko')}\n`, 0]);
			const check = kobox('check', join(dir, 'hello.ko'));
			expect(check.stdout).toContain('vermagic: 6.1.0-56-armmp SMP mod_unload modversions ARMv7 p2v8 : the board\'s\n');
			expect(check.status).toBe(0);
			expect(kobox('build', '--arch', 'arm', '--builtin', dir)).toMatchObject({ status: 64, stderr: 'kobox: --builtin builds the arm64 kernel only; it cannot go with --arch arm\n' });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 240_000);

	it('refuses --builtin, which builds the arm64 kernel, and an architecture it does not know', () => {
		expect(kobox('boot', '--arch', 'arm', '--builtin', repoRoot)).toMatchObject({ status: 64, stderr: 'kobox: --builtin builds the arm64 kernel only; it cannot go with --arch arm\n' });
		const r = kobox('boot', '--arch', 'x86');
		expect(r.status).toBe(64);
		expect(r.stderr).toContain("option '--arch <arch>' argument 'x86' is invalid. Allowed choices are arm64, arm.");
	});
});

describe('kobox boot', () => {
	it('boots the default busybox root filesystem, streams the console and powers off: exit 0', () => {
		const r = kobox('boot');
		expect(r.stdout).toContain('Run /init as init process');
		expect(r.stdout).toMatch(/reboot: Power down\r\n$/);
		expect(r.stdout).not.toContain('demo: ');
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
	});

	it('with --no-initramfs panics as Linux does without a root filesystem, and the exit status says so', () => {
		const r = kobox('boot', '--no-initramfs');
		expect(r.status).toBe(1);
		expect(r.stdout).toContain('Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0)');
		expect(r.stderr).toBe('kobox: guest kernel panicked\n');
	});

	it('exits 1 on a panic, with the reason and the faulting instruction on stderr', () => {
		const r = kobox('boot', '--cmdline', 'console=ttyAMA0 lkdtm.cpoint_name=DIRECT lkdtm.cpoint_type=ACCESS_NULL');
		expect(r.status).toBe(1);
		expect(r.stdout).toContain('Kernel panic - not syncing');
		expect(r.stderr).toMatch(/^kobox: guest kernel panicked\nkobox: last kernel exception: data abort .* at lkdtm_ACCESS_NULL\+0x/);
		expect(r.stderr).toMatch(/kobox: +[0-9a-f]{16}: +[0-9a-f]{8} +ldr /);
	});

	it('exits 124 past --timeout', () => {
		const r = kobox('boot', '--timeout', '1', '--cmdline', 'console=ttyAMA0 lkdtm.cpoint_name=DIRECT lkdtm.cpoint_type=LOOP');
		expect(r.status).toBe(124);
		expect(r.stderr).toBe('kobox: guest still running after 1 s (--timeout)\n');
	});

	it('refuses bad arguments before booting, with the usage status 64', () => {
		const r = kobox('boot', '--memory', 'lots');
		expect(r.status).toBe(64);
		expect(r.stderr).toContain("'lots' is not a memory size");
		expect(r.stdout).toBe('');
		const clock = kobox('boot', '--time', 'sundial');
		expect(clock.stderr).toContain('Allowed choices are virtual, host');
		expect(clock.status).toBe(64);
		const kernel = kobox('boot', '--kernel', repoRoot);
		expect(kernel.stderr).toBe(`kobox: --kernel: ${repoRoot}: is a directory, not a file\n`);
		expect(kernel.status).toBe(64);
	});

	it('has --help', () => {
		const r = kobox('boot', '--help');
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('--cmdline <str>');
		expect(r.stdout).toContain('--no-initramfs');
	});
});

describe('the kobox command', () => {
	it('--version names kobox\'s version and the Debian kernel it impersonates', () => {
		const r = kobox('--version');
		const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
		const k = pinnedKernel();
		expect(r.stdout).toBe(`kobox ${version} (impersonates Debian's Linux ${k.release}, package version ${k.version})\n`);
		expect(r.status).toBe(0);
	});

	it('gives usage errors their own status, and documents the statuses in --help', () => {
		const unknown = kobox('bogus');
		expect(unknown.stderr).toContain("unknown command 'bogus'");
		expect(unknown.status).toBe(64);
		expect(kobox('run', '--bogus').status).toBe(64);
		const help = kobox('--help');
		expect(help.status).toBe(0);
		expect(help.stdout).toMatch(/Exit status .*:\n {2}0 +the guest powered the board off.*\n {2}1 +kernel panic/);
		expect(help.stdout).toMatch(/^ {2}64 +usage error/m);
	});
});

// `kobox run` as a person uses it.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../emulator/paths.ts';
import { testProgram } from '../helpers/build-guests.ts';

const kobox = (...args: string[]) =>
	spawnSync(join(repoRoot, 'bin/kobox.js'), args, { encoding: 'utf8', timeout: 120_000 });

describe('kobox run', () => {
	it('runs a command through busybox sh and exits with its status', () => {
		const r = kobox('run', '--cmdline', 'console=ttyAMA0 quiet', '--', 'sh', '-c', 'echo out; echo err >&2; exit 3');
		expect(r.stdout).toMatch(/^out\r\nerr\r\n/);
		expect(r.stdout).not.toContain('kobox;');
		expect(r.status).toBe(3);
	});

	it('puts --add files in the root filesystem, at /<basename> or where asked', () => {
		const r = kobox('run', '--cmdline', 'console=ttyAMA0 quiet', '--add', testProgram('nosys'),
			'--add', `${testProgram('nosys')}:/opt/tools/nosys2`, '--', 'sh', '-c', '/nosys && /opt/tools/nosys2');
		expect(r.stdout.match(/syscall 9999 returned -38/g)).toHaveLength(2);
		expect(r.status).toBe(0);
	});

	it('uses --init as /init, and exits with init\'s status when it exits', () => {
		const init = join(repoRoot, 'test/userspace/init-exits-4.sh');
		const r = kobox('run', '--cmdline', 'console=ttyAMA0 quiet', '--init', init);
		expect(r.stdout).toContain('my own init');
		expect(r.stdout).toContain('Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000400');
		expect(r.status).toBe(4);
	});

	it('stops quietly when its reader goes away, as a program SIGPIPE ended', () => {
		const r = spawnSync('bash', ['-c', `${join(repoRoot, 'bin/kobox.js')} run -- sh -c 'yes | head -n 5000' | head -n 1; echo "status \${PIPESTATUS[0]}" >&2`],
			{ encoding: 'utf8', timeout: 120_000 });
		expect(r.stdout).toBe('y\r\n');
		expect(r.stderr).toBe('status 141\n');
	});

	it('stops a program that never exits at --timeout, with the reason on stderr', () => {
		const r = kobox('run', '--timeout', '2', '--add', testProgram('spin'), '--', '/spin');
		expect(r.status).toBe(124);
		expect(r.stderr).toBe('kobox: guest still running after 2 s (--timeout)\n');
	});

	it('shows the command\'s output first: the boot is quiet, as Linux booted with quiet', () => {
		const r = kobox('run', '--', 'echo', 'first');
		expect(r.stdout).toMatch(/^first\r\n\[ *\d+\.\d{6}\] reboot: Power down\r\n$/);
		expect(r.status).toBe(0);
	});

	it('shows the boot log with --verbose (the command line without quiet)', () => {
		const r = kobox('run', '--verbose', '--', 'cat', '/proc/cmdline');
		expect(r.stdout).toMatch(/^\[ *0\.000000\] Booting Linux on physical CPU/);
		expect(r.stdout).toContain('Run /init as init process');
		expect(r.stdout).toMatch(/^console=ttyAMA0\r$/m);
		expect(r.status).toBe(0);
	});

	it('reports a missing --add file, a directory and bad arguments before booting, with the usage status', () => {
		const missing = kobox('run', '--add', '/no/such/file.ko', '--', 'true');
		expect(missing.status).toBe(64);
		expect(missing.stderr).toContain('--add: /no/such/file.ko: no such file');
		expect(missing.stdout).toBe('');
		const dir = kobox('run', '--add', repoRoot, '--', 'true');
		expect(dir.status).toBe(64);
		expect(dir.stderr).toContain(`--add: ${repoRoot}: is a directory, not a file`);
		const nothing = kobox('run');
		expect(nothing.status).toBe(64);
		expect(nothing.stderr).toContain('nothing to run');
	});

	it('says which of its own files an --add replaces, and the added file wins', () => {
		const r = kobox('run', '--add', `${testProgram('nosys')}:/bin/cat`, '--', '/bin/cat');
		expect(r.stderr).toBe(`kobox: --add ${testProgram('nosys')}:/bin/cat replaces kobox's /bin/cat (the link to busybox's cat applet)\n`);
		expect(r.stdout).toContain('syscall 9999 returned -38');
		const init = kobox('run', '--add', `${join(repoRoot, 'test/userspace/init-exits-4.sh')}:/init`, '--', 'true');
		expect(init.stderr).toMatch(/^kobox: --add .*:\/init replaces kobox's \/init \(the init that mounts proc, sysfs and devtmpfs, runs the command or the shell, and powers off\)\n/);
		expect(init.stdout).toContain('my own init');
	});

	it('names an unknown syscall once with syscall_debug, and answers -ENOSYS', () => {
		const r = kobox('run', '--cmdline', 'console=ttyAMA0 syscall_debug', '--add', testProgram('nosys'), '--', 'sh', '-c', '/nosys; /nosys');
		expect(r.stdout.match(/syscall 9999 returned -38/g)).toHaveLength(2);
		expect(r.stdout.match(/\] nosys\[\d+\]: unknown syscall 9999\r\n/g)).toHaveLength(1);
		expect(r.status).toBe(0);
	});

	it('preempts a CPU-bound loop at the tick, so the shell\'s sleep ends: the same bytes on every run', () => {
		// Before the board had a timer interrupt, this never printed "after".
		const busy = () => kobox('run', '--', 'sh', '-c', 'while :; do :; done & sleep 1; echo after');
		const first = busy();
		expect(first.stdout).toMatch(/(^|\r\n)after\r\n\[ +1\.\d+\] reboot: Power down\r\n$/);
		expect(first.status).toBe(0);
		expect(busy().stdout).toBe(first.stdout);
	}, 240_000);

	it('gives the same random bytes on every run of the virtual clock, and others on the host clock', () => {
		const random = (...time: string[]) => kobox('run', ...time, '--cmdline', 'console=ttyAMA0 quiet', '--',
			'sh', '-c', 'head -c 16 /dev/urandom | od -An -tx1').stdout;
		const first = random();
		expect(first).toMatch(/^( [0-9a-f]{2}){16}\r\n/);
		expect(random()).toBe(first);
		expect(random('--time', 'host')).not.toBe(first);
	});
});

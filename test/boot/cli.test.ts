// `kobox boot` as a person runs it: exit status and messages.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../emulator/paths.ts';

const kobox = (...args: string[]) =>
	spawnSync(join(repoRoot, 'bin/kobox.js'), args, { encoding: 'utf8', timeout: 60_000 });

describe('kobox boot', () => {
	it('streams the console; with no root filesystem the kernel panics, and the exit status says so', () => {
		const r = kobox('boot');
		expect(r.status).toBe(1);
		expect(r.stdout).toContain('demo: late_initcall_sync:');
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

	it('refuses bad arguments before booting', () => {
		const r = kobox('boot', '--memory', 'lots');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain("'lots' is not a memory size");
		expect(r.stdout).toBe('');
		expect(kobox('boot', '--time', 'sundial').stderr).toContain('Allowed choices are virtual, host');
	});

	it('has --help', () => {
		const r = kobox('boot', '--help');
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('--cmdline <str>');
	});
});

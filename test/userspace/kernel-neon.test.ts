// The arm64 kernel hashes signed modules on the CPU's SHA-256 instructions, in the FP/SIMD
// registers: a program's own values in them must come back from the system call unchanged.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { distModulesDir, repoRoot } from '../../emulator/paths.ts';
import { testProgram } from '../helpers/build-guests.ts';

const kobox = (...args: string[]) =>
	spawnSync(join(repoRoot, 'bin/kobox.js'), args, { encoding: 'utf8', timeout: 120_000 });

describe('the kernel\'s FP/SIMD use', () => {
	it('keeps a program\'s V0-V31 across finit_module of a signed module, which it hashes', () => {
		const r = kobox('run', '--cmdline', 'console=ttyAMA0 quiet', '--add', testProgram('finit'),
			'--add', join(distModulesDir(), 'lib/crc7.ko'), '--', 'sh', '-c', '/finit /crc7.ko 0 && lsmod');
		expect(r.stdout.replaceAll('\r\n', '\n')).toMatch(/^finit_module\(\/crc7\.ko, 0\) = 0\nModule +Size +Used by[^\n]*\ncrc7 /);
		expect(r.status).toBe(0);
	});
});

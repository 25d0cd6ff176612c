// Several kobox commands started at once in one checkout (two terminals, a parallel test runner)
// all succeed: setup and the builds take the cache's lock, and what one writes another never reads
// half-written. To make them race for real, they share a cache of their own whose guest kernel
// must be linked again (its images are removed): the first setup relinks it, regenerating the
// generated headers make always revisits, while the others wait for the lock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDir, cacheDir, repoRoot } from '../../emulator/paths.ts';

let cache: string;
const env = () => ({ ...process.env, KOBOX_CACHE: cache });

function start(command: string, args: string[]): Promise<{ args: string; status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: repoRoot, env: env() });
		let stdout = '', stderr = '';
		child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
		child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
		child.on('error', reject);
		child.on('close', status => resolve({ args: args.join(' '), status, stdout, stderr }));
	});
}

beforeAll(() => {
	cache = mkdtempSync(join(tmpdir(), 'kobox-concurrent-'));
	for (const d of ['busybox', 'unicorn', 'headers', 'linux-image', 'debs']) symlinkSync(join(cacheDir, d), join(cache, d));
	const [kernelBuild, inputs] = execFileSync('bash', ['-c', '. scripts/lib.sh; build_inputs_line; echo "$build/guest-kernel"; echo "$inputs"'],
		{ cwd: repoRoot, env: env(), encoding: 'utf8' }).split('\n');
	mkdirSync(kernelBuild, { recursive: true });
	cpSync(join(buildDir, 'guest-kernel'), kernelBuild, { recursive: true, preserveTimestamps: true });
	writeFileSync(join(kernelBuild, '.kobox-inputs'), `${inputs}\n`);
	for (const f of ['vmlinux', 'Image', '.built']) rmSync(join(kernelBuild, f), { force: true });
}, 120_000);

afterAll(() => { if (cache) rmSync(cache, { recursive: true, force: true }); });

describe('kobox commands started at once in one checkout', () => {
	it('all succeed, and only one of them builds', async () => {
		const kobox = join(repoRoot, 'bin/kobox.js');
		const runs = await Promise.all([
			start(kobox, ['run', '--', 'echo', 'one']),
			start(kobox, ['run', '--', 'echo', 'two']),
			start(kobox, ['boot']),
			start(kobox, ['insmod', join(buildDir, 'modules/hello/hello.ko')]),
			start('bash', [join(repoRoot, 'scripts/setup.sh')]),
		]);
		for (const r of runs) expect(r.status, `${r.args}\n${r.stderr}`).toBe(0);
		expect(runs[0].stdout).toMatch(/^one\r\n/);
		expect(runs[1].stdout).toMatch(/^two\r\n/);
		expect(runs[2].stdout).toContain('reboot: Power down');
		expect(runs[3].stdout).toContain('hello: hello world, myint=1');
		expect(runs.filter(r => r.stderr.includes('kobox setup: building the guest kernel'))).toHaveLength(1);
	}, 300_000);
});

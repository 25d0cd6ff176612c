// kobox as another project's dev dependency: `npm pack`, `npm install` of the tarball in a scratch
// project, then `npx kobox build` and `npx kobox insmod` of the project's own module, and the
// library from a script, all from the scratch project's directory. The installed kobox keeps its
// cache in the per-user ${XDG_CACHE_HOME}/kobox, never inside node_modules.
//
// So that npm test stays short, the per-user cache is seeded from this checkout's: the downloads
// (busybox, Unicorn, the pinned Debian kernel's headers and image) are linked, and the guest kernel
// this checkout built is copied to where the installed kobox builds its own, with the stamp that
// kobox's setup writes there. Its sources are the same files (the tarball is packed from this
// tree), so setup finds it up to date (left to itself, an installation's first command builds it,
// which takes as long as the guest kernel's build in a fresh checkout); everything else (setup's checks, kbuild of the module, the
// board) runs as it does for a user. npm installs the dependencies from its own cache when it can.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDir, cacheDir, repoRoot } from '../../emulator/paths.ts';

let work: string, project: string, userCache: string;
const env = () => ({ ...process.env, KOBOX_CACHE: '', XDG_CACHE_HOME: join(work, 'xdg'), npm_config_update_notifier: 'false' });
const npx = (...args: string[]) => spawnSync('npx', ['--no-install', 'kobox', ...args], { cwd: project, env: env(), encoding: 'utf8', timeout: 240_000 });

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'kobox-install-'));
	project = join(work, 'project');
	userCache = join(work, 'xdg/kobox');
	execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
	const tarball = readdirSync(work).find(f => f.endsWith('.tgz'))!;
	mkdirSync(project);
	writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'my-module', private: true, type: 'module' }));
	execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '-D', join(work, tarball)],
		{ cwd: project, stdio: ['ignore', 'ignore', 'inherit'], env: env() });
	mkdirSync(userCache, { recursive: true });
	for (const d of ['busybox', 'unicorn', 'headers', 'linux-image', 'debs']) symlinkSync(join(cacheDir, d), join(userCache, d));
	const installed = join(project, 'node_modules/kobox');
	const kernelBuild = execFileSync('bash', ['-c', '. "$1/scripts/lib.sh"; build_inputs_line; echo "$build/guest-kernel"; echo "$inputs"', '-', installed],
		{ env: env(), encoding: 'utf8' }).split('\n');
	// Copied files are newer than the installed sources, as a build made after the installation is.
	cpSync(join(buildDir, 'guest-kernel'), kernelBuild[0], { recursive: true });
	writeFileSync(join(kernelBuild[0], '.kobox-inputs'), `${kernelBuild[1]}\n`);
	cpSync(join(repoRoot, 'modules/hello'), join(project, 'hello'), { recursive: true });
}, 300_000);

afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

describe('kobox installed as a package', () => {
	it('builds the project\'s module with kbuild against the pinned headers and prints the .ko', () => {
		const r = npx('build', 'hello');
		expect(r.stderr).toContain('LD [M]');
		expect(r.stdout).toBe(`${join(project, 'hello/hello.ko')}\n`);
		expect(r.status).toBe(0);
		// The same bytes as this checkout's build of the same source: no path of either is inside,
		// so its load takes the same virtual time (the README's timestamps) wherever it was built.
		expect(readFileSync(join(project, 'hello/hello.ko')).equals(readFileSync(join(buildDir, 'modules/hello/hello.ko')))).toBe(true);
	}, 240_000);

	it('loads it with npx kobox insmod from the project\'s directory', () => {
		const r = npx('insmod', 'hello/hello.ko', 'myint=5');
		expect(r.stdout).toMatch(/^\[ *\d+\.\d{6}\] hello: hello world, myint=5$/m);
		expect(r.status).toBe(0);
	}, 240_000);

	it('gives the library to the project\'s own scripts', () => {
		writeFileSync(join(project, 'load.ts'), [
			"import { Board } from 'kobox';",
			"const board = await Board.boot({ add: ['hello/hello.ko'] });",
			"const r = await board.run('insmod /hello.ko myint=7');",
			'board.close();',
			'console.log(r.status, r.dmesg.at(-1));',
		].join('\n'));
		const r = spawnSync(process.execPath, ['--import', 'tsx', 'load.ts'], { cwd: project, env: env(), encoding: 'utf8', timeout: 120_000 });
		expect(r.stdout).toMatch(/^0 <6>\[ *\d+\.\d{6}\] hello: hello world, myint=7\n$/);
	}, 240_000);

	it('keeps its cache in the per-user cache, never inside node_modules', () => {
		expect(existsSync(join(userCache, 'busybox/bin/busybox'))).toBe(true);
		expect(readdirSync(userCache).some(d => d.startsWith('build-'))).toBe(true);
		expect(existsSync(join(project, 'node_modules/kobox/.cache'))).toBe(false);
		expect(npx('setup').stdout).toContain(`cache: ${userCache}\n`);
	});
});

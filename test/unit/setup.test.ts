// Setup's rules: where things are (the same in bash and TypeScript), the mirror taken from the
// system's apt configuration, the pinned kernel and what happens when the archive no longer has it,
// and the goldens that name the kernel they came from.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDir, cacheDir, pinnedKernel, repoRoot } from '../../emulator/paths.ts';
import { withoutKernelNames } from '../../scripts/retarget.ts';

const made: string[] = [];
const tmp = (prefix: string) => { made.push(mkdtempSync(join(tmpdir(), `kobox-${prefix}-`))); return made.at(-1)!; };
afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });
const bash = (script: string, env: NodeJS.ProcessEnv = {}) =>
	spawnSync('bash', ['-c', script], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });

/** cache, build, headers and the instruction counter, as scripts/lib.sh and emulator/paths.ts of the tree at ROOT see them. */
function places(root: string, env: NodeJS.ProcessEnv): { sh: string; ts: string } {
	const sh = bash(`. ${root}/scripts/lib.sh; echo "$cache"; echo "$build"; echo "$headers"; echo "$native_counter"`, env).stdout;
	const ts = execFileSync(process.execPath, ['--import', 'tsx', '-e',
		`const p = await import('${root}/emulator/paths.ts'); console.log([p.cacheDir, p.buildDir, p.headersDir(), p.insnCounterPath].join('\\n'))`],
	{ cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ...env } });
	return { sh, ts };
}

describe('where things are', () => {
	it('is the same for scripts/lib.sh and emulator/paths.ts, with and without KOBOX_CACHE', () => {
		const own = places(repoRoot, { KOBOX_CACHE: '' });
		expect(own.ts).toBe(own.sh);
		expect(own.sh.startsWith(`${repoRoot}/.cache\n${repoRoot}/.cache/build\n`)).toBe(true);
		const cache = tmp('cache');
		const shared = places(repoRoot, { KOBOX_CACHE: cache });
		expect(shared.ts).toBe(shared.sh);
		expect(shared.sh).toMatch(new RegExp(`^${cache}\n${cache}/build-[0-9a-f]{12}\n`));
	});

	it('is the same for both for armhf (KOBOX_ARCH=arm), apart from arm64\'s downloads and builds', () => {
		const sh = bash('. scripts/lib.sh; echo "$headers"; echo "$vmlinuz"; echo "$arch_build"', { KOBOX_ARCH: 'arm' }).stdout;
		const ts = execFileSync(process.execPath, ['--import', 'tsx', '-e',
			"const p = await import('./emulator/paths.ts'); console.log([p.headersDir('arm'), p.linuxImage('arm'), p.archBuildDir('arm')].join('\\n'))"],
		{ cwd: repoRoot, encoding: 'utf8' });
		expect(ts).toBe(sh);
		const { abi } = pinnedKernel();
		expect(sh).toBe([join(cacheDir, 'armhf/headers', abi, 'usr/src', `linux-headers-${abi}-armmp`),
			join(cacheDir, 'armhf/linux-image/boot', `vmlinuz-${abi}-armmp`), join(buildDir, 'armhf'), ''].join('\n'));
		expect(bash('. scripts/lib.sh', { KOBOX_ARCH: 'x86' }).stderr).toBe('kobox setup: KOBOX_ARCH=x86: expected arm64 or arm\n');
	});

	it('is the per-user cache for kobox installed in node_modules, never inside node_modules', () => {
		const root = join(tmp('project'), 'node_modules/kobox');
		for (const f of ['emulator/paths.ts', 'scripts/lib.sh', 'debian-kernel.pin', 'package.json']) cpSync(join(repoRoot, f), join(root, f));
		const xdg = tmp('xdg');
		const installed = places(root, { KOBOX_CACHE: '', XDG_CACHE_HOME: xdg });
		expect(installed.ts).toBe(installed.sh);
		expect(installed.sh).toMatch(new RegExp(`^${xdg}/kobox\n${xdg}/kobox/build-[0-9a-f]{12}\n`));
		const overridden = places(root, { KOBOX_CACHE: join(xdg, 'mine'), XDG_CACHE_HOME: xdg });
		expect(overridden.sh.split('\n')[0]).toBe(join(xdg, 'mine'));
	});
});

describe("kobox's native shim (the instruction counter, the exceptions it takes)", () => {
	it('is built with the host\'s gcc when it is missing or older than its sources, and only then', () => {
		const root = tmp('counter');
		const sources = ['emulator/cpu/insn-counter.c', 'emulator/cpu/exception-fast-path.c', 'emulator/cpu/arm-exception-fast-path.c', 'emulator/cpu/sys-insn-filter.c',
			'emulator/cpu/uart-fast-path.c',
			'emulator/cpu/insn-counter.h', 'emulator/cpu/generic-timer.h'];
		for (const f of ['scripts/lib.sh', 'debian-kernel.pin', ...sources]) cpSync(join(repoRoot, f), join(root, f));
		const build = () => bash(`. ${root}/scripts/lib.sh; build_native && native_built && echo "$native_counter"`, { KOBOX_CACHE: join(root, 'cache') });
		const first = build();
		expect(first.status, first.stderr).toBe(0);
		const so = first.stdout.trim();
		expect(readFileSync(so).subarray(0, 4).toString('latin1')).toBe('\x7fELF');
		const built = statSync(so).mtimeMs;
		expect(build().status).toBe(0);
		expect(statSync(so).mtimeMs).toBe(built);
		for (const f of sources) {
			const stale = new Date(statSync(join(root, f)).mtimeMs - 10_000);
			utimesSync(so, stale, stale);
			expect(build().status).toBe(0);
			expect(statSync(so).mtimeMs, f).toBeGreaterThan(stale.getTime());
		}
	});
});

/** An apt configuration of our own (APT_CONFIG), as if it were the system's. */
function systemApt(sourcesList: string, deb822: Record<string, string> = {}): NodeJS.ProcessEnv {
	const dir = tmp('apt');
	mkdirSync(join(dir, 'sources.list.d'));
	mkdirSync(join(dir, 'lists/partial'), { recursive: true });
	writeFileSync(join(dir, 'sources.list'), sourcesList);
	for (const [name, text] of Object.entries(deb822)) writeFileSync(join(dir, 'sources.list.d', name), text);
	writeFileSync(join(dir, 'apt.conf'), [
		`Dir::Etc::SourceList "${dir}/sources.list";`, `Dir::Etc::SourceParts "${dir}/sources.list.d";`,
		`Dir::State::Lists "${dir}/lists";`, '',
	].join('\n'));
	return { APT_CONFIG: join(dir, 'apt.conf') };
}

describe('kobox compiled ahead of time', () => {
	it('is what setup names to bin/kobox.js: current, and newer than every source it came from', () => {
		const r = spawnSync('bash', [join(repoRoot, 'scripts/setup.sh')],
			{ cwd: repoRoot, encoding: 'utf8', env: { ...process.env, KOBOX_JS_FD: '3' }, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
		expect(r.status).toBe(0);
		const cli = r.output[3]!.trim();
		expect(cli).toBe(join(buildDir, 'js/cli.js'));
		const built = statSync(join(buildDir, 'js/.built')).mtimeMs;
		const sources = readdirSync(join(repoRoot, 'emulator'), { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.ts'));
		for (const f of sources) expect(statSync(join(repoRoot, 'emulator', f)).mtimeMs, f).toBeLessThanOrEqual(built);
	});

	it('runs as the TypeScript does: the same answer, without tsx', () => {
		const compiled = spawnSync(process.execPath, [join(buildDir, 'js/cli.js'), 'run', '--', 'uname', '-r'], { cwd: repoRoot, encoding: 'utf8' });
		const source = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'emulator/cli.ts'), 'run', '--', 'uname', '-r'], { cwd: repoRoot, encoding: 'utf8' });
		expect(compiled.stdout).toContain(pinnedKernel().release);
		expect([compiled.status, compiled.stdout, compiled.stderr]).toEqual([source.status, source.stdout, source.stderr]);
	});

	it("starts from V8's code cache, which the first run saved and the next ones take as it is", () => {
		// A copy of its own (the compiled code names its tree and packages by absolute path), so that
		// no other test's run writes the cache meanwhile.
		const dir = tmp('js');
		cpSync(join(buildDir, 'js'), dir, { recursive: true, filter: f => !f.endsWith('.v8') });
		const run = () => spawnSync(process.execPath, [join(dir, 'cli.js'), 'run', '--', 'true'], { cwd: repoRoot, encoding: 'utf8' });
		expect(run().status).toBe(0);
		const saved = statSync(join(dir, 'cli-code.cjs.v8'));
		expect(saved.size).toBeGreaterThan(100_000);
		// A cache V8 refused would be saved again.
		expect(run().status).toBe(0);
		expect(statSync(join(dir, 'cli-code.cjs.v8')).mtimeMs).toBe(saved.mtimeMs);
	});
});

describe('the private apt configuration', () => {
	const mirror = 'http://mirror.example.invalid/debian';
	const security = 'http://mirror.example.invalid/debian-security';

	it('takes the Debian archive the system uses, from sources.list and deb822 files alike', () => {
		const env = systemApt(
			`deb ${mirror} bookworm main contrib\ndeb http://packages.example.invalid/tools bookworm stable\n`,
			{
				'security.sources': `Types: deb\nURIs: ${security}\nSuites: bookworm-security\nComponents: main\n`,
				'off.sources': 'Types: deb\nURIs: http://off.example.invalid/debian\nSuites: bookworm\nComponents: main\nEnabled: no\n',
				'ignored.list.disabled': 'deb http://ignored.example.invalid/debian bookworm main\n',
			});
		const key = '[signed-by=/usr/share/keyrings/debian-archive-keyring.gpg]';
		const r = bash('scripts/apt-private.sh sources bookworm', env);
		expect(r.stdout).toBe([
			`deb ${key} ${mirror}/ bookworm main`, `deb ${key} ${mirror}/ bookworm-updates main`,
			`deb ${key} ${security}/ bookworm-security main`, '',
		].join('\n'));
		expect(bash('scripts/apt-private.sh sources trixie', env).stdout).toBe(`deb ${key} ${mirror}/ trixie main\n`);
	});

	it('stops with a clear message when the system names no Debian archive', () => {
		const r = bash('scripts/apt-private.sh sources bookworm', systemApt('deb http://packages.example.invalid/tools bookworm stable\n'));
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/^kobox setup: the system's apt configuration \(\/etc\/apt\/sources\.list, \/etc\/apt\/sources\.list\.d\/\) names no Debian archive\.\n/);
	});
});

describe('the pinned Debian kernel', () => {
	it('is named in debian-kernel.pin, which setup fetches exactly', () => {
		const k = pinnedKernel();
		expect(k.abi).toMatch(/^\d+\.\d+\.\d+-\d+$/);
		expect(readFileSync(join(cacheDir, 'linux-image/.kobox-version'), 'utf8')).toBe(`${k.abi} ${k.version}\n`);
		expect(readFileSync(join(cacheDir, 'headers', k.abi, 'usr/src', `linux-headers-${k.release}`, '.kobox-ready'), 'utf8')).toBe(`${k.version}\n`);
	});

	it('when gone from the archive, setup says so, lists what the archive has and names the retarget command', () => {
		// A copy of the scripts pinned to a kernel Debian never published, with this checkout's package lists.
		const tree = tmp('pin');
		cpSync(join(repoRoot, 'scripts'), join(tree, 'scripts'), { recursive: true });
		writeFileSync(join(tree, 'debian-kernel.pin'), 'DEBIAN_KERNEL_ABI=6.1.0-999\nDEBIAN_KERNEL_VERSION=6.1.999-1\n');
		const cache = join(tree, 'cache');
		mkdirSync(join(cache, 'apt'), { recursive: true });
		cpSync(join(cacheDir, 'apt/bookworm-arm64'), join(cache, 'apt/bookworm-arm64'), { recursive: true, preserveTimestamps: true });
		const r = bash(`bash ${tree}/scripts/debian-kernel.sh image`, { KOBOX_CACHE: cache });
		expect(r.status).toBe(1);
		const k = pinnedKernel();
		expect(r.stderr).toContain([
			"kobox setup: the system's Debian archive has no linux-image-6.1.0-999-arm64 6.1.999-1, the kernel kobox is pinned to",
			'(debian-kernel.pin: ABI 6.1.0-999, version 6.1.999-1). The archive has these arm64 kernels:',
		].join('\n'));
		expect(r.stderr).toContain(`\n  ${k.abi} (${k.version})\n`);
		expect(r.stderr).toMatch(/Move kobox to one of them with: npm run retarget -- <ABI>\n$/);
	}, 120_000);

	it('names the kernel every golden and the boot log came from', () => {
		const k = pinnedKernel();
		const kernel = `Debian's linux-image-${k.release} ${k.version} (vmlinuz-${k.release})`;
		const goldens = ['test/golden', 'test/golden/fuzz', 'examples'].flatMap(d => readdirSync(join(repoRoot, d)).filter(f => f.endsWith('.golden')).map(f => join(d, f)));
		expect(goldens.length).toBeGreaterThan(50);
		for (const g of goldens)
			expect(readFileSync(join(repoRoot, g), 'utf8').split('\n')[0], g).toMatch(new RegExp(`^# Captured from ${kernel.replace(/[.()]/g, '\\$&')} under qemu-system-aarch64 -M virt by: `));
		expect(readFileSync(join(repoRoot, 'test/golden/real-kernel-boot.log'), 'utf8')).toMatch(new RegExp(`^# The full boot log of ${kernel.replace(/[.()]/g, '\\$&')} `));
	});
});

describe('retargeting', () => {
	it('tells the kernel\'s names apart from real changes', () => {
		const from = { abi: '6.1.0-56', version: '6.1.192-2', release: '6.1.0-56-arm64' };
		const to = { abi: '6.1.0-57', version: '6.1.192-3', release: '6.1.0-57-arm64' };
		const golden = (k: typeof from, key: string, size: number, date: string) => [
			`# Captured from Debian's linux-image-${k.release} ${k.version} (vmlinuz-${k.release}) under qemu-system-aarch64 -M virt by: x`,
			'$ uname -r', `  ${k.release}`, 'exit: 0', 'taint: 0', '',
			'$ cat /proc/version', `  Linux version ${k.release} (x) #1 SMP Debian ${k.version} (${date})`, '',
			'$ insmod /x.ko', `  <5>[    T.TTTTTT] Loaded X.509 cert 'Build time autogenerated kernel key: ${key}'`,
			`  <4>[    1.234567] mkdir /lib/modules/${k.abi}-arm64`, `  x ${size} 0 - Live`, '',
		].join('\n');
		const before = withoutKernelNames(golden(from, '195e41', 16384, '2026-11-16'), from);
		expect(withoutKernelNames(golden(to, 'a0b1c2', 16384, '2026-12-01'), to)).toBe(before);
		expect(withoutKernelNames(golden(to, 'a0b1c2', 20480, '2026-12-01'), to)).not.toBe(before);
	});

	it('refuses an argument that is not an ABI', () => {
		const r = bash('bash scripts/retarget.sh 57');
		expect(r.status).toBe(64);
		expect(r.stderr).toBe('usage: npm run retarget -- ABI [VERSION]   (for example: npm run retarget -- 6.1.0-57)\n');
	});
});

describe('the tree', () => {
	it('names no package archive\'s host: the mirror comes from the system\'s apt configuration', () => {
		const hosts = ['deb', 'ftp', 'security', 'snapshot', 'httpredir', 'archive', 'cdn', 'ftp\\.[a-z]{2}'].map(h => `${h}\\.debian\\.org`).join('|');
		const r = spawnSync('git', ['grep', '-nIE', hosts], { cwd: repoRoot, encoding: 'utf8' });
		expect(r.stdout).toBe('');
	});
});

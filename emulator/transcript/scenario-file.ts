// Scenario files: NAME.scenario holds one busybox command a line; `# add: FILE...` lists files
// copied to /<basename> (looked up next to the scenario, then among kobox's own builds: modules,
// `derived/FILE` broken copies, `programs/NAME` test programs; `dist/PATH` is an unmodified module
// of Debian's kernel package, e.g. dist/lib/crc7.ko); `# cmdline: ...` adds kernel parameters;
// `# builtin: DIR` boots a kernel with DIR's C files built in (relative to the scenario; the board
// only); `# compare: ordered-subset` lets each command's output on the board be an ordered subset of the
// golden's (for listings of things the board does not have). NAME.golden is the captured transcript.
// `# arch: arm` makes a scenario 32-bit ARM's (Debian's armhf and its -armmp kernel; the default is
// arm64): its files come from the armhf builds and Debian's armmp package (scripts/setup-arm.sh), and
// `arm64/FILE` or `arm/FILE` takes one from the other architecture's. The board does not run 32-bit
// ARM yet: such a scenario's golden can be captured, not compared.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ARCHES, buildDir, distModulesDir, modulesBuildDir, type Arch } from '../paths.ts';
import type { GuestFile } from '../guest/rootfs.ts';
import type { Scenario } from './scenario-run.ts';

/** What names a scenario, read without looking for its files. */
export interface ScenarioHead {
	name: string;
	/** The .scenario file. */
	path: string;
	/** Where its golden is (it may not exist yet). */
	golden: string;
	arch: Arch;
}

export interface ScenarioFile extends Omit<Scenario, 'arch'>, ScenarioHead {}

/** test/programs, built for arm64 only. */
const testPrograms = join(buildDir, 'test-programs');

const isFile = (f: string) => existsSync(f) && statSync(f).isFile();

/** An unmodified module of Debian's kernel package (`dist/lib/crc7.ko`). */
function distModule(path: string, arch: Arch): string {
	const file = join(distModulesDir(arch), path);
	if (!existsSync(file)) throw new Error(`# add: dist/${path}: not in Debian's kernel package (${distModulesDir(arch)})`);
	return file;
}

/** Where NAME may be among kobox's builds for ARCH, in the order they are tried. */
function buildCandidates(name: string, arch: Arch): string[] {
	const built = modulesBuildDir(arch);
	const candidates = [join(built, name)];
	if (arch === 'arm64') candidates.push(join(testPrograms, name.replace(/^programs\//, '')));
	if (!name.includes('/') && existsSync(built))
		for (const d of readdirSync(built).sort()) if (d !== 'derived') candidates.push(join(built, d, name));
	return candidates;
}

/** Where a `# add:` name is found: next to the scenario, then in kobox's own builds for ARCH. */
export function resolveAdd(name: string, scenarioDir: string, arch: Arch = 'arm64'): string {
	const other = /^(arm64|arm)\/(.+)$/.exec(name);
	const [file, from] = other ? [other[2], other[1] as Arch] : [name, arch];
	if (file.startsWith('dist/')) return distModule(file.slice('dist/'.length), from);
	const found = [...other ? [] : [resolve(scenarioDir, name)], ...buildCandidates(file, from)].find(isFile);
	if (!found) {
		const builds = from === 'arm' ? "kobox's armhf builds (scripts/setup-arm.sh)" : "kobox's builds (scripts/build-modules.sh)";
		throw new Error(`# add: ${name}: not found ${other ? 'among' : 'next to the scenario nor among'} ${builds}`);
	}
	return found;
}

function builtinDir(dir: string | undefined, scenarioDir: string): string | undefined {
	if (!dir) return undefined;
	const abs = resolve(scenarioDir, dir);
	if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new Error(`# builtin: ${dir}: no such directory next to the scenario`);
	return abs;
}

function scenarioLines(path: string): { file: string; lines: string[]; directive: (key: string) => string | undefined } {
	const file = resolve(path);
	if (!file.endsWith('.scenario')) throw new Error(`not a .scenario file: ${path}`);
	if (!existsSync(file)) throw new Error(`no such scenario: ${path}`);
	const lines = readFileSync(file, 'utf8').split('\n');
	return { file, lines, directive: key => lines.find(l => l.startsWith(`# ${key}: `))?.slice(key.length + 4).trim() };
}

function headOf(file: string, arch: string | undefined): ScenarioHead {
	if (arch !== undefined && !(ARCHES as readonly string[]).includes(arch))
		throw new Error(`${file}: # arch: ${arch}: expected ${ARCHES.join(' or ')}`);
	return { name: basename(file, '.scenario'), path: file, golden: file.replace(/\.scenario$/, '.golden'), arch: (arch ?? 'arm64') as Arch };
}

/** A scenario's name, golden and architecture, without looking for its files. */
export function readScenarioHead(path: string): ScenarioHead {
	const { file, directive } = scenarioLines(path);
	return headOf(file, directive('arch'));
}

export function readScenario(path: string): ScenarioFile {
	const { file, lines, directive } = scenarioLines(path);
	const head = headOf(file, directive('arch'));
	const add: GuestFile[] = (directive('add')?.split(/\s+/).filter(Boolean) ?? [])
		.map(f => ({ host: resolveAdd(f, dirname(file), head.arch), guest: `/${basename(f)}` }));
	return {
		...head,
		commands: lines.filter(l => l.trim() && !l.startsWith('#')),
		add, cmdline: directive('cmdline') || undefined,
		builtin: builtinDir(directive('builtin'), dirname(file)),
		compare: directive('compare')?.startsWith('ordered-subset') ? 'ordered-subset' : 'exact',
	};
}

/** The scenarios a list of paths names: .scenario files, and every .scenario in a directory. */
export function scenarioPaths(paths: string[]): string[] {
	const out: string[] = [];
	for (const p of paths) {
		if (!existsSync(p)) throw new Error(`no such file or directory: ${p}`);
		if (statSync(p).isDirectory()) {
			const found = readdirSync(p).filter(f => f.endsWith('.scenario')).sort().map(f => join(p, f));
			if (!found.length) throw new Error(`no .scenario files in ${p}`);
			out.push(...found);
		} else if (p.endsWith('.scenario')) out.push(p);
		else throw new Error(`not a .scenario file or a directory: ${p}`);
	}
	return out;
}

/** A golden's text without its `#` header lines. */
export function readGolden(path: string): string | undefined {
	return existsSync(path) ? readFileSync(path, 'utf8').replace(/^#.*\n/gm, '') : undefined;
}

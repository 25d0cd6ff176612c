// Scenario files: NAME.scenario holds one busybox command a line; `# add: FILE...` lists files
// copied to /<basename> (looked up next to the scenario, then among kobox's own builds: modules,
// `derived/FILE` broken copies, `programs/NAME` test programs; `dist/PATH` is an unmodified module
// of Debian's kernel package, e.g. dist/lib/crc7.ko); `# cmdline: ...` adds kernel parameters;
// `# builtin: DIR` boots a kernel with DIR's C files built in (relative to the scenario; the board
// only); `# compare: ordered-subset` lets each command's output on the board be an ordered subset of the
// golden's (for listings of things the board does not have). NAME.golden is the captured transcript.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { buildDir, builtModulesDir, distModulesDir } from '../paths.ts';
import type { GuestFile } from '../boot/rootfs.ts';
import type { Scenario } from './scenario-run.ts';

export interface ScenarioFile extends Scenario {
	name: string;
	/** The .scenario file. */
	path: string;
	/** Where its golden is (it may not exist yet). */
	golden: string;
}

const testPrograms = join(buildDir, 'test-programs');

/** An unmodified module of Debian's kernel package (`dist/lib/crc7.ko`). */
function distModule(path: string): string {
	const file = join(distModulesDir(), path);
	if (!existsSync(file)) throw new Error(`# add: dist/${path}: not in Debian's kernel package (${distModulesDir()})`);
	return file;
}

/** Where a `# add:` name is found: next to the scenario, then in kobox's own builds. */
export function resolveAdd(name: string, scenarioDir: string): string {
	if (name.startsWith('dist/')) return distModule(name.slice('dist/'.length));
	const candidates = [resolve(scenarioDir, name), join(builtModulesDir, name), join(testPrograms, name.replace(/^programs\//, ''))];
	if (!name.includes('/') && existsSync(builtModulesDir))
		for (const d of readdirSync(builtModulesDir).sort()) if (d !== 'derived') candidates.push(join(builtModulesDir, d, name));
	const found = candidates.find(f => existsSync(f) && statSync(f).isFile());
	if (!found) throw new Error(`# add: ${name}: not found next to the scenario nor among kobox's builds (scripts/build-modules.sh)`);
	return found;
}

function builtinDir(dir: string | undefined, scenarioDir: string): string | undefined {
	if (!dir) return undefined;
	const abs = resolve(scenarioDir, dir);
	if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new Error(`# builtin: ${dir}: no such directory next to the scenario`);
	return abs;
}

export function readScenario(path: string): ScenarioFile {
	const file = resolve(path);
	if (!file.endsWith('.scenario')) throw new Error(`not a .scenario file: ${path}`);
	if (!existsSync(file)) throw new Error(`no such scenario: ${path}`);
	const lines = readFileSync(file, 'utf8').split('\n');
	const directive = (key: string) => lines.find(l => l.startsWith(`# ${key}: `))?.slice(key.length + 4).trim();
	const add: GuestFile[] = (directive('add')?.split(/\s+/).filter(Boolean) ?? [])
		.map(f => ({ host: resolveAdd(f, dirname(file)), guest: `/${basename(f)}` }));
	return {
		name: basename(file, '.scenario'), path: file, golden: file.replace(/\.scenario$/, '.golden'),
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

// Golden transcripts: each test/golden/NAME.scenario (one command a line; `# add: FILE...` names
// built modules, `derived/FILE` the broken copies, `dist/PATH` an unmodified module of Debian's
// kernel package, e.g. dist/lib/crc7.ko) was run on Debian's real kernel under QEMU, and
// NAME.golden holds the normalised transcript (`npm run capture -- NAME` regenerates it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cacheDir, distModulesDir, repoRoot } from '../../emulator/paths.ts';
import type { Scenario } from '../../emulator/transcript/scenario-run.ts';

export const goldenDir = join(repoRoot, 'test/golden');
const builtModules = join(cacheDir, 'build/modules');

export const goldenNames = () => readdirSync(goldenDir).filter(f => f.endsWith('.scenario')).map(f => f.slice(0, -9)).sort();

function moduleFile(name: string): string {
	if (name.startsWith('dist/')) return join(distModulesDir(), name.slice(5));
	if (name.includes('/')) return join(builtModules, name);
	const dir = readdirSync(builtModules).find(d => existsSync(join(builtModules, d, name)));
	if (!dir) throw new Error(`no built module ${name} in ${builtModules}`);
	return join(builtModules, dir, name);
}

export function goldenScenario(name: string): Scenario {
	const lines = readFileSync(join(goldenDir, `${name}.scenario`), 'utf8').split('\n');
	const add = (lines.find(l => l.startsWith('# add: '))?.slice(7).trim().split(/\s+/) ?? [])
		.map(f => ({ host: moduleFile(f), guest: `/${basename(f)}` }));
	const cmdline = lines.find(l => l.startsWith('# cmdline: '))?.slice(11).trim();
	return { commands: lines.filter(l => l.trim() && !l.startsWith('#')), add, cmdline };
}

const HEADER = /^#.*\n/gm;

export function golden(name: string): string | undefined {
	const file = join(goldenDir, `${name}.golden`);
	return existsSync(file) ? readFileSync(file, 'utf8').replace(HEADER, '') : undefined;
}

// Userspace scenarios: a shell script run by kobox's built-in /init, on the board and (to capture
// what is expected) on Debian's real kernel under QEMU. A first line `# add: prog ...` puts
// test programs from test/programs/ at /<prog>.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../emulator/paths.ts';
import type { GuestFile } from '../../emulator/boot/rootfs.ts';
import { testProgram } from './build-guests.ts';

export const scenarioDir = join(repoRoot, 'test/userspace/scenarios');
export const expectedDir = join(repoRoot, 'test/userspace/expected');
/** Both machines boot with exactly this command line. */
export const SCENARIO_CMDLINE = 'console=ttyAMA0 quiet';

export interface Scenario {
	name: string; script: string; files: GuestFile[]; command: string[];
	/** 'exact' (the default), or 'ordered-subset': every line the board prints appears, in order, on Linux. */
	compare: 'exact' | 'ordered-subset';
}

export function scenarioNames(): string[] {
	return readdirSync(scenarioDir).filter(f => f.endsWith('.sh')).map(f => f.slice(0, -3)).sort();
}

export function scenario(name: string): Scenario {
	const script = join(scenarioDir, `${name}.sh`);
	const text = readFileSync(script, 'utf8');
	const add = /^# add: (.*)$/m.exec(text)?.[1].trim().split(/\s+/) ?? [];
	const compare = /^# compare: ordered-subset/m.test(text) ? 'ordered-subset' : 'exact';
	return {
		name, script, compare,
		files: [{ host: script, guest: '/scenario.sh' }, ...add.map(p => ({ host: testProgram(p), guest: `/${p}` }))],
		command: ['sh', '/scenario.sh'],
	};
}

export interface Expected { output: string; status: string }

export function expected(name: string): Expected | undefined {
	const out = join(expectedDir, `${name}.out`);
	if (!existsSync(out)) return undefined;
	return { output: readFileSync(out, 'utf8'), status: readFileSync(join(expectedDir, `${name}.status`), 'utf8').trim() };
}

export { normalise } from '../../emulator/transcript/normalise.ts';

/** Lines of `actual` that are missing from `expected` or out of its order (empty: a subsequence). */
export function notAnOrderedSubset(actual: string, expected: string): string[] {
	const want = expected.split('\n');
	let at = 0;
	const bad: string[] = [];
	for (const line of actual.split('\n')) {
		const found = want.indexOf(line, at);
		if (found < 0) bad.push(line);
		else at = found + 1;
	}
	return bad;
}

// emulator/'s imports flow one way: the CLI and the library, then transcript/ (scenarios, goldens)
// and guest/ (busybox, the transcript helper, Session: what knows the guest's userspace), then the
// tools that watch a board (trace/, gdb/), then board/ (devices, the run loop, snapshots), then
// boot/ and cpu/ (and reference/, QEMU), and the few plain utilities under everything. No file
// imports one of a layer above its own, and no files import each other in a circle.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../emulator/paths.ts';

const emulator = join(repoRoot, 'emulator');

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? sources(join(dir, e.name))
		: e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []);
}

/** Each file's relative imports (static, type-only and dynamic alike), as paths under emulator/. */
const graph = new Map(sources(emulator).map(file => {
	const text = readFileSync(file, 'utf8');
	const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map(m => m[1]);
	return [relative(emulator, file), specs.map(s => relative(emulator, resolve(dirname(file), s)))] as const;
}));

const UTILITIES = ['paths.ts', 'atomic-write.ts', 'builtin.ts'];
/** Higher layers may import lower ones. */
function layer(file: string): number {
	if (UTILITIES.includes(file)) return 0;
	const top = file.includes('/') ? file.slice(0, file.indexOf('/')) : '';
	const layers: Record<string, number> = { cpu: 1, boot: 1, reference: 1, board: 2, trace: 3, gdb: 3, guest: 4, transcript: 5 };
	return layers[top] ?? 6; // the CLI's files and the library's entry points, directly in emulator/
}

describe("emulator/'s imports", () => {
	it('point at files that exist', () => {
		for (const [file, imports] of graph)
			for (const target of imports) expect(graph.has(target), `${file} imports ${target}`).toBe(true);
	});

	it('go from a layer to the same or a lower one', () => {
		const upward = [...graph].flatMap(([file, imports]) => imports.filter(t => layer(t) > layer(file)).map(t => `${file} -> ${t}`));
		expect(upward).toEqual([]);
	});

	it('make no circle', () => {
		const state = new Map<string, 'open' | 'done'>();
		const cycles: string[] = [];
		const visit = (file: string, path: string[]) => {
			if (state.get(file) === 'done') return;
			if (state.get(file) === 'open') {
				cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
				return;
			}
			state.set(file, 'open');
			for (const t of graph.get(file) ?? []) visit(t, [...path, file]);
			state.set(file, 'done');
		};
		for (const file of graph.keys()) visit(file, []);
		expect(cycles).toEqual([]);
	});
});

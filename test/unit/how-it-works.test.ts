// docs/how-it-works.md points into guest-kernel/ as `file:line` (`name`): each line must still hold
// that name, so the walk stays true as the kernel changes.
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../emulator/paths.ts';

const doc = readFileSync(join(repoRoot, 'docs/how-it-works.md'), 'utf8').replace(/\s+/g, ' ');
const references = [...doc.matchAll(/`([\w./-]+):(\d+)` \(`([^`]+)`/g)].map(m => ({ file: m[1], line: Number(m[2]), name: m[3] }));

it('has file:line references into guest-kernel/, each naming what is on that line', () => {
	expect(references.length).toBeGreaterThan(20);
	for (const { file, line, name } of references) {
		const text = readFileSync(join(repoRoot, 'guest-kernel', file), 'utf8').split('\n')[line - 1] ?? '';
		expect(text, `${file}:${line} should hold ${name}`).toContain(name);
	}
});

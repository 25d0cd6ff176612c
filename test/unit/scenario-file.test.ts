import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readScenario, scenarioPaths } from '../../emulator/transcript/scenario-file.ts';
import { filesArchive } from '../../emulator/guest/rootfs.ts';

function dir(files: Record<string, string>): string {
	const d = mkdtempSync(join(tmpdir(), 'kobox-scn-'));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(join(d, name, '..'), { recursive: true });
		writeFileSync(join(d, name), text);
	}
	return d;
}

describe('scenario files', () => {
	it('read commands and directives; files are found next to the scenario first', () => {
		const d = dir({
			'a.scenario': '# add: mine.bin sub/other.bin\n# cmdline: foo=1 bar\n# compare: ordered-subset (why)\necho one\n\n# a comment\nls /\n',
			'mine.bin': 'x', 'sub/other.bin': 'y',
		});
		const s = readScenario(join(d, 'a.scenario'));
		expect(s).toMatchObject({
			name: 'a', golden: join(d, 'a.golden'), commands: ['echo one', 'ls /'], cmdline: 'foo=1 bar', compare: 'ordered-subset',
			add: [{ host: join(d, 'mine.bin'), guest: '/mine.bin' }, { host: join(d, 'sub/other.bin'), guest: '/other.bin' }],
		});
		expect(readScenario(join(dir({ 'b.scenario': 'true\n' }), 'b.scenario'))).toMatchObject({ add: [], cmdline: undefined, compare: 'exact' });
	});

	it('name what is missing', () => {
		const d = dir({ 'a.scenario': '# add: nowhere.ko\ntrue\n', 'notes.txt': '' });
		expect(() => readScenario(join(d, 'a.scenario'))).toThrow('# add: nowhere.ko: not found');
		expect(() => readScenario(join(d, 'notes.txt'))).toThrow('not a .scenario file');
		expect(() => scenarioPaths([join(d, 'nope')])).toThrow('no such file or directory');
		expect(scenarioPaths([d])).toEqual([join(d, 'a.scenario')]);
	});

	it('go to the guest as a cpio archive with the initramfs writer\'s fixed metadata', () => {
		const d = dir({ 'f.txt': 'hello' });
		const a = filesArchive([{ host: join(d, 'f.txt'), guest: '/opt/f.txt' }]).toString('latin1');
		expect(a.startsWith('070701')).toBe(true);
		expect(a).toContain('opt\0');
		expect(a).toContain('opt/f.txt\0');
		expect(a).toContain('hello');
		expect(a).toContain('TRAILER!!!');
		expect(filesArchive([{ host: join(d, 'f.txt'), guest: '/opt/f.txt' }]).toString('latin1')).toBe(a);
	});
});

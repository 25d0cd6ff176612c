// `kobox boot --chart`: the boot's initcalls drawn as bootgraph.pl draws them, a valid SVG with one
// bar per initcall, checked against the kernel's own initcall_debug report and its symbols.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ElfFile } from '../../emulator/boot/elf.ts';
import { guestKernelPath } from '../../emulator/board/board.ts';
import { repoRoot, type Arch } from '../../emulator/paths.ts';
import { armBoardProblem } from '../helpers/arm-board.ts';
import { elements, parseXml, type XmlElement } from '../helpers/xml.ts';

const kobox = (...args: string[]) =>
	spawnSync(join(repoRoot, 'bin/kobox.js'), args, { encoding: 'utf8', timeout: 120_000 });

const dir = mkdtempSync(join(tmpdir(), 'kobox-chart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each initcall's level, from the names the kernel gives its table entries: __initcall_<fn><id>. */
function levelsFromSymbols(arch: Arch): Map<string, string> {
	const ids: Record<string, string> = { con: 'console', early: 'early', rootfs: 'fs', 0: 'pure', 1: 'core', 2: 'postcore', 3: 'arch', 4: 'subsys', 5: 'fs', 6: 'device', 7: 'late' };
	const levels = new Map<string, string>();
	for (const s of new ElfFile(readFileSync(guestKernelPath(arch))).symbols()) {
		const m = /^__initcall_(.+?)(con|early|rootfs|[0-7])s?$/.exec(s.name);
		if (m) levels.set(m[1], ids[m[2]]);
	}
	return levels;
}

describe.each(['arm64', 'arm'] as Arch[])('kobox boot --arch %s --chart', arch => {
	let svg: XmlElement;
	let bootLog: string;
	let problem: string | undefined;

	beforeAll(async () => {
		problem = arch === 'arm' ? await armBoardProblem() : undefined;
		if (problem) return;
		const chart = join(dir, `boot-${arch}.svg`);
		const r = kobox('boot', '--arch', arch, '--cmdline', 'console=ttyAMA0 initcall_debug loglevel=8', '--chart', chart);
		expect(r.status, r.stderr).toBe(0);
		bootLog = r.stdout;
		svg = parseXml(readFileSync(chart, 'utf8'));
	});
	beforeEach(ctx => { if (problem) ctx.skip(problem); });

	it('writes a standalone SVG document', () => {
		expect(svg.name).toBe('svg');
		expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
		expect(Number(svg.attributes.width)).toBeGreaterThan(0);
		expect(svg.attributes.viewBox).toMatch(/^0 0 \d+ \d+$/);
	});

	it('draws one bar per initcall the kernel reports, in the order it ran them, each named on hover', () => {
		const reported = [...bootLog.matchAll(/initcall (\w+)\+0x[0-9a-f]+\/0x[0-9a-f]+ returned (-?\d+) after \d+ usecs/g)].map(m => `${m[1]} ${m[2]}`);
		expect(reported.length).toBeGreaterThan(50);
		const bars = elements(svg, 'rect').filter(r => r.attributes.class === 'initcall');
		const drawn = bars.map(b => {
			const titles = b.children.filter(c => c.name === 'title');
			expect(titles).toHaveLength(1);
			const m = /^(\w+) \((\w+)\): \d+ usecs, returned (-?\d+)$/.exec(titles[0].text);
			expect(m, titles[0].text).not.toBeNull();
			expect(Number(b.attributes.width)).toBeGreaterThan(0);
			return { name: m![1], ret: m![3], x: Number(b.attributes.x) };
		});
		// Bars go by level, and by time within one: in start order, the kernel's order.
		expect([...drawn].sort((a, b) => a.x - b.x).map(d => `${d.name} ${d.ret}`)).toEqual(reported);
	});

	it('puts each initcall in the lane of its level', () => {
		const levels = levelsFromSymbols(arch);
		const lanes = elements(svg, 'g').filter(g => g.attributes.class === 'level');
		expect(lanes.map(g => g.attributes['data-level'])).toEqual(['console', 'early', 'core', 'postcore', 'arch', 'subsys', 'fs', 'device', 'late']);
		let count = 0;
		for (const lane of lanes) {
			for (const bar of elements(lane, 'rect')) {
				const name = /^\w+/.exec(elements(bar, 'title')[0].text)![0];
				expect(`${name} ${levels.get(name)}`).toBe(`${name} ${lane.attributes['data-level']}`);
				count++;
			}
		}
		expect(count).toBe(levels.size);
	});
});

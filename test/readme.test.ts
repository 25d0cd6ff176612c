// Every command the README shows works as written. Each line of a ```sh block is run from the
// checkout with bash (a trailing `# comment` is the README's); each `$ command` of a ```console
// block is run the same way and must print exactly the lines under it (stdout and stderr
// together). Paths under /tmp/ go to a directory of this test's own. Commands that cannot run
// inside `npm test` (the suite itself, captures and the retarget that rewrite committed goldens,
// the installed package) name the test that checks them instead; a command the README adds
// that is in neither list fails here.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../emulator/paths.ts';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'kobox-readme-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Where each command that is not run here is checked. */
const CHECKED_ELSEWHERE: [RegExp, string][] = [
	[/^npm test$/, '.ci/run (this suite is that command)'],
	[/^npm run capture( |$)|^npm run capture:boot-log$|^npm run kobox -- capture /, 'test/golden/cli.test.ts (kobox capture from the real kernel)'],
	[/^npm run retarget /, 'test/unit/setup.test.ts (retargeting); its end-to-end run needs downloads and every capture'],
	[/^npm install -D |^npx kobox /, 'test/install/package.test.ts (kobox installed in a scratch project)'],
	[/^npm run kobox -- test examples\/ test\/golden\/$/, 'test/golden/goldens.test.ts and test/golden/cli.test.ts (kobox test)'],
];

/** Commands whose success is not exit 0, as the README says next to them. */
const STATUS: [RegExp, number][] = [
	[/boot --no-initramfs/, 1],
	[/lkdtm\.cpoint_type=EXCEPTION/, 1],
];

/** What a command needs installed first, as the README says next to it: the script that installs it. */
const NEEDS: [RegExp, string][] = [[/^gdb-multiarch /, 'scripts/gdb.sh']];

/** Input for the interactive commands. */
const INPUT: [RegExp, string][] = [[/^npm start$|^npm run kobox -- shell$/, 'echo typed\nexit\n']];

const inTmp = (text: string) => text.replaceAll('/tmp/', `${work}/`);
const run = (command: string, input?: string) =>
	spawnSync('bash', ['-c', inTmp(command)], { cwd: repoRoot, encoding: 'utf8', input: input ?? '', timeout: 180_000 });

function blocks(kind: string): string[] {
	return [...readme.matchAll(new RegExp('```' + kind + '\\n([\\s\\S]*?)```', 'g'))].map(m => m[1]);
}

const commands = blocks('sh').flatMap(b => b.split('\n'))
	.map(l => l.replace(/\s+# .*$/, '').trim()).filter(l => l && !l.startsWith('#'));

interface Example { command: string; output: string }
const examples: Example[] = blocks('console').flatMap(b => b.split(/^\$ /m).filter(Boolean).map(part => {
	const [command, ...lines] = part.split('\n');
	return { command, output: lines.join('\n') };
}));

describe('the README', () => {
	it('shows commands, and console examples with their output', () => {
		expect(commands.length).toBeGreaterThan(20);
		expect(examples.length).toBeGreaterThan(1);
	});

	for (const command of commands) {
		const elsewhere = CHECKED_ELSEWHERE.find(([re]) => re.test(command));
		if (elsewhere) {
			it(`${command}: checked by ${elsewhere[1]}`, () => {
				expect(existsSync(join(repoRoot, elsewhere[1].split(' ')[0]))).toBe(true);
			});
			continue;
		}
		it(`${command}`, () => {
			const r = run(command, INPUT.find(([re]) => re.test(command))?.[1]);
			expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(STATUS.find(([re]) => re.test(command))?.[1] ?? 0);
		}, 180_000);
	}

	for (const { command, output } of examples) {
		it(`$ ${command}: prints what the README shows`, () => {
			const needs = NEEDS.find(([re]) => re.test(command))?.[1];
			if (needs) expect(run(needs).status).toBe(0);
			const r = run(`(${command}) 2>&1`);
			// The guest's terminal ends lines with \r\n; a terminal shows them as the README does.
			expect(r.stdout.replaceAll('\r\n', '\n')).toBe(inTmp(output));
		}, 180_000);
	}
});

// Seeded fuzzing of the module loader (issue 10): the FUZZED_MODULES mutations of hello.ko that
// scripts/derive-modules.ts makes (which fields it changes, and which it leaves alone, is said
// there). Those whose outcome Debian's kernel shows the same way on every boot are goldens in
// test/golden/fuzz/: captured from it, and run and compared by goldens.test.ts from the one booted
// snapshot (loads-N: refused or loaded one after another, then the unmodified module; oops-NNN:
// one each, as an oops leaves the module half loaded). This file checks that every mutant is in
// one of them or listed below, and runs the listed ones on the board: no host error, never a
// silent end, and a good module loads afterwards.
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session, type SessionSnapshot } from '../../emulator/guest/session.ts';
import { formatTranscript } from '../../emulator/transcript/transcript.ts';
import { resolveAdd } from '../../emulator/transcript/scenario-file.ts';
import { FUZZED_MODULES } from '../../scripts/derive-modules.ts';
import { goldenDir } from '../helpers/goldens.ts';

/** Their module's exit branches to itself forever, on Debian's kernel too (it would report a soft lockup). */
const RUNAWAY = ['fuzz_030', 'fuzz_190'];

/** Not captured: what Debian's kernel does depends on more than the module. */
const UNCAPTURED: Record<string, string> = {
	// A relocation of code moved to the page after its section leaves an instruction unrelocated
	// and writes into whatever Linux's layout has there (PLTs, the init symbol table): the module
	// then prints with a format or pointer made of its own addresses, or oopses in another place.
	fuzz_046: '.rela.exit.text[0].r_offset past the section',
	fuzz_074: '.rela.init.text[4].r_offset past the section',
	fuzz_103: '.rela.init.text[0].r_offset past the section',
	// __param's relocations not applied: Linux's kernfs fails to copy the NULL name
	// (kstrdup_const), and its error path oopses in strlen via kernfs_remove_by_name_ns; the
	// board's kernfs_new_node oopses in strlen first (same oops, another caller in the lr line).
	fuzz_051: '.rela__param.sh_info=0',
};

const fuzzDir = join(goldenDir, 'fuzz');
const module = (name: string) => ({ host: resolveAdd(`derived/${name}.ko`, fuzzDir), guest: `/${name}.ko` });

describe('fuzzed modules', () => {
	it('every mutant is in a golden of test/golden/fuzz/ or accounted for here', () => {
		const inGoldens = readdirSync(fuzzDir).filter(f => f.endsWith('.scenario'))
			.flatMap(f => [...readFileSync(join(fuzzDir, f), 'utf8').matchAll(/^insmod \/(fuzz_\d+)\.ko/gm)].map(m => m[1]));
		const all = [...inGoldens, ...RUNAWAY, ...Object.keys(UNCAPTURED)].sort();
		expect(all).toEqual(Array.from({ length: FUZZED_MODULES }, (_, i) => `fuzz_${String(i).padStart(3, '0')}`));
	});

	// One boot with every file these need, restored before each.
	let booted: Promise<{ session: Session; snapshot: SessionSnapshot }> | undefined;
	const fresh = async (timeoutSeconds: number) => {
		booted ??= Session.boot({ add: [...[...Object.keys(UNCAPTURED), ...RUNAWAY].map(module), { host: resolveAdd('params.ko', fuzzDir), guest: '/params.ko' }] })
			.then(session => ({ session, snapshot: session.snapshot() }));
		const { session, snapshot } = await booted;
		session.restore(snapshot);
		session.board.setTimeout(timeoutSeconds);
		return session;
	};
	afterAll(async () => (await booted)?.session.close());

	describe('not captured: each ends with an oops or an exit status, then a good module loads', () => {
		for (const name of Object.keys(UNCAPTURED)) {
			it(`${name}: ${UNCAPTURED[name]}`, async () => {
				const session = await fresh(60);
				const records = await session.runAll([`insmod /${name}.ko && rmmod hello`, 'insmod /params.ko && rmmod params']);
				const text = formatTranscript(records);
				expect(records.map(r => r.unfinished ?? false), text).toEqual([false, false]);
				if (records[0].status === 139) expect(records[0].dmesg.join('\n'), text).toMatch(/\] Internal error: Oops: [0-9a-f]{16} \[#1\] SMP$/m);
				expect(records[1].status, text).toBe(0);
			});
		}
	});

	describe('runaway: kobox stops the guest with its timeout message', () => {
		for (const name of RUNAWAY) {
			it(name, async () => {
				const session = await fresh(2);
				await expect(session.run(`insmod /${name}.ko && rmmod hello`))
					.rejects.toThrow(`no transcript for: insmod /${name}.ko && rmmod hello: guest still running after 2 s (--timeout)`);
			});
		}
	});
});

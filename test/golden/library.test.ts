// The library API as a user's own vitest suite uses it (README: "Testing your modules").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Board, type Session } from '../../emulator/index.ts';
import '../../emulator/vitest.ts';
import { builtModulesDir, repoRoot } from '../../emulator/paths.ts';

const golden = readFileSync(join(repoRoot, 'test/golden/hello.golden'), 'utf8');
let board: Session;

beforeAll(async () => { board = await Board.boot({ add: [join(builtModulesDir, 'hello/hello.ko')] }); });
afterAll(() => board.close());

describe('Board.boot and toMatchTranscript', () => {
	it('runs a command and matches the golden block of the same command', async () => {
		const r = await board.run('insmod /hello.ko myint=5 mystr=kobox');
		expect(r.status).toBe(0);
		expect(r.dmesg.map(l => l.slice(0, 3))).toEqual(['<4>', '<5>', '<6>']);
		expect(r.taint).toBe('12288');
		expect(r).toMatchTranscript(golden);
	});

	it('fails with a readable diff under the command when the board differs from the golden', async () => {
		// The golden's block for this command says 9 (there it ran after a write); here it says 5.
		const r = await board.run('cat /sys/module/hello/parameters/myint');
		let message = '';
		try { expect(r).toMatchTranscript(golden); } catch (e) { message = (e as Error).message; }
		expect(message).toContain('@@ $ cat /sys/module/hello/parameters/myint @@');
		expect(message).toMatch(/^- {3}9$/m);
		expect(message).toMatch(/^\+ {3}5$/m);
		expect(r).not.toMatchTranscript(golden);
	});

	it('says so when the golden has no such command', async () => {
		const r = await board.run('true');
		expect(() => expect(r).toMatchTranscript(golden)).toThrow(/the golden has no command 'true'/);
	});
});

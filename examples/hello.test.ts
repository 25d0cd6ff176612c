// The README's example of a user's own vitest suite, run by npm test as it is written there.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Board, type Session } from 'kobox';
import 'kobox/vitest';

const golden = readFileSync('examples/hello.golden', 'utf8');   // kobox capture examples/hello.scenario
let board: Session;

beforeAll(async () => { board = await Board.boot({ add: ['.cache/build/modules/hello/hello.ko'] }); });
afterAll(() => board.close());

it('loads with a parameter as it does on Debian\'s kernel', async () => {
	const r = await board.run('insmod /hello.ko myint=5');
	expect(r.status).toBe(0);
	expect(r.dmesg.at(-1)).toMatch(/^<6>.*myint=5$/);
	expect(r).toMatchTranscript(golden);
});

it('runs from a snapshot as from a fresh boot', async () => {
	const loaded = board.snapshot();            // taken while the helper waits for a command
	expect(await board.run('rmmod hello')).toMatchTranscript(golden);
	board.restore(loaded);                      // hello is loaded again, the clock is back
	expect(await board.runAll(['lsmod', 'rmmod hello'])).toMatchTranscript(golden.replace(/^\$ insmod[^$]*/m, ''));
});

// Snapshots: a scenario run from a restored snapshot must give exactly what a fresh boot gives,
// byte for byte (timestamps included, before any normalisation), however many scenarios ran before.
// (Without dropping the code Unicorn translated from restored pages, the restored guest runs stale
// code: it powered itself off while unpacking files when tried.)
import { describe, expect, it } from 'vitest';
import { Session } from '../../emulator/guest/session.ts';
import { formatTranscript } from '../../emulator/transcript/transcript.ts';
import { goldenScenario } from '../helpers/goldens.ts';

async function runFresh(name: string): Promise<string> {
	const s = goldenScenario(name);
	const session = await Session.boot({ cmdline: s.cmdline, add: s.add });
	try {
		return formatTranscript(await session.runAll(s.commands));
	} finally {
		session.close();
	}
}

async function expectRestoredRunsIdentical(names: string[]): Promise<Map<string, string>> {
	const fresh = new Map<string, string>();
	for (const n of names) fresh.set(n, await runFresh(n));
	const session = await Session.boot();
	try {
		const snap = session.snapshot();
		// Each scenario twice, after others have changed RAM, the clock and the devices.
		for (const n of [...names, ...names]) {
			session.restore(snap);
			const s = goldenScenario(n);
			if (s.add?.length) await session.add(s.add);
			expect(formatTranscript(await session.runAll(s.commands)), n).toBe(fresh.get(n));
		}
	} finally {
		session.close();
	}
	return fresh;
}

describe('board snapshots', () => {
	it('give byte-identical transcripts to a fresh boot, with files added after the restore', async () => {
		await expectRestoredRunsIdentical(['hello', 'crash', 'redirections']);
	});

	// versions loads and unloads modules; a page of their code, freed and cleared (back to the
	// snapshot's zeros) kept its translations, and warn, loaded after it, ran them.
	it('drop the code translated from pages the run filled and cleared again', async () => {
		await expectRestoredRunsIdentical(['versions', 'warn']);
	}, 300_000);

	// The interrupt controller, the timer, the UART's interrupt state and the slicing state are in
	// the snapshot: ticks, timers and preemption land on the same instructions after a restore.
	it('give byte-identical transcripts with timers, ticks and preemption', async () => {
		await expectRestoredRunsIdentical(['timers', 'interrupts', 'preempt']);
	}, 400_000);

	// The soft-lockup watchdog's hrtimer and its stopper on the virtual clock: the report comes at
	// the same instant, with the same registers, on every run. It comes 6 of the watchdog's 4 s
	// periods after the stopper last ran, and says how long that was in Linux's "seconds" (2^30 ns).
	it('give byte-identical transcripts with a soft lockup, reported when Linux would', async () => {
		const fresh = await expectRestoredRunsIdentical(['lockup']);
		const reports = fresh.get('lockup')!.split('\n').filter(l => l.includes('soft lockup'));
		expect(reports).toHaveLength(1);
		const m = /\[ *(\d+)\.(\d{6})\] watchdog: BUG: soft lockup - CPU#0 stuck for (\d+)s! \[insmod:\d+\]$/.exec(reports[0]);
		expect(m).not.toBeNull();
		const at = BigInt(m![1]) * 1_000_000_000n + BigInt(m![2]) * 1000n, touched = at - 24_000_000_000n;
		expect(touched).toBeGreaterThan(0n);
		expect(Number(m![3])).toBe(Number((at >> 30n) - (touched >> 30n)));
	}, 300_000);

	it('go back to a board that powered off', async () => {
		const session = await Session.boot();
		try {
			const snap = session.snapshot();
			const before = await session.run('cat /proc/uptime');
			expect((await session.run('poweroff -f')).unfinished).toBe(true);
			await expect(session.run('true')).rejects.toThrow(/stopped/);
			session.restore(snap);
			expect(await session.run('cat /proc/uptime')).toEqual(before);
		} finally {
			session.close();
		}
	});

	it('give up on a command that never ends, and the snapshot still brings the board back', async () => {
		const session = await Session.boot({ timeoutSeconds: 2 });
		try {
			const snap = session.snapshot();
			await expect(session.run('while :; do :; done')).rejects.toThrow(/no transcript for: while.*still running after 2 s/);
			await expect(session.run('x'.repeat(5000))).rejects.toThrow(/at most 4000 bytes/);
			session.restore(snap);
			expect((await session.run('echo back')).output).toBe('back\n');
		} finally {
			session.close();
		}
	});
});

// The layers above the board on 32-bit ARM: Board.boot / Session.boot, runGuest, the scenario
// runner and transcriptOnBoard take `arch: 'arm'` to a 32-bit ARM board with armhf's busybox and
// transcript helper. Shown with a stand-in kernel that prints "ok" and powers off (no real arm kernel
// needed): the arm board boots it, the arm64 board refuses it. Applets are given (RunOptions.applets),
// since the stand-in cannot run busybox to list them.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Board } from '../../emulator/index.ts';
import { Session, SessionError } from '../../emulator/guest/session.ts';
import { busyboxOf, runGuest } from '../../emulator/guest/run.ts';
import { ScenarioRunner } from '../../emulator/transcript/suite.ts';
import { transcriptOnBoard } from '../../emulator/transcript/scenario-run.ts';
import { busyboxFor, busyboxPath } from '../../emulator/paths.ts';
import { writeOkKernel } from '../helpers/arm-kernel.ts';

const dir = mkdtempSync(join(tmpdir(), 'kobox-arm-layers-'));
const kernel = writeOkKernel(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const applets = ['bin/sh', 'bin/true', 'sbin/poweroff', 'bin/mount', 'bin/setsid', 'bin/cttyhack'];
const NOT_ARM64 = `${kernel}: not an AArch64 kernel`;

/** The SessionError a boot gave, for its fields. */
async function sessionError(boot: Promise<Session>): Promise<SessionError> {
	const e = await boot.then(s => { s.close(); return undefined; }, (e: unknown) => e);
	expect(e).toBeInstanceOf(SessionError);
	return e as SessionError;
}

describe('32-bit ARM above the board', () => {
	it('Session.boot and Board.boot take arch: the arm board boots the 32-bit kernel, with no cache fill for a boot that stopped', async () => {
		for (const boot of [Session.boot, Board.boot]) {
			const e = await sessionError(boot({ arch: 'arm', kernel, applets, bootCache: false }));
			expect(e.message).toBe('the board did not get to the transcript helper: guest powered the board off');
			expect(e.console).toBe('ok\n');
		}
		await expect(Session.boot({ kernel, bootCache: false })).rejects.toThrow(NOT_ARM64);
	});

	it('the run path (kobox run) boots the arm board, with the command taken later, as on arm64', async () => {
		const r = await runGuest({ arch: 'arm', kernel, applets, command: ['true'] });
		expect([r.exit.reason, r.console, r.status]).toEqual(['poweroff', 'ok\n', undefined]);
		await expect(runGuest({ kernel, command: ['true'] })).rejects.toThrow(NOT_ARM64);
	});

	it('a scenario\'s architecture picks the board, in the runner (kobox test) and in transcriptOnBoard (kobox insmod)', async () => {
		const runner = new ScenarioRunner({ kernel, applets, bootCache: false });
		try {
			const e = await runner.run({ commands: ['true'], arch: 'arm' }).catch((e: unknown) => e);
			expect(e).toBeInstanceOf(SessionError);
			expect((e as SessionError).exit?.reason).toBe('poweroff');
			await expect(runner.run({ commands: ['true'] })).rejects.toThrow(NOT_ARM64);
		} finally {
			runner.close();
		}
		const run = await transcriptOnBoard({ commands: ['true'], arch: 'arm' }, 60, { kernel, applets, bootCache: false });
		expect([run.complete, run.exit?.reason, run.console, run.records]).toEqual([false, 'poweroff', 'ok\n', []]);
	});

	it('takes armhf\'s busybox for an arm board, arm64\'s otherwise, and a busybox given over either', () => {
		expect(busyboxOf({ arch: 'arm' })).toBe(busyboxFor('arm'));
		expect(busyboxOf({})).toBe(busyboxPath);
		expect(busyboxOf({ arch: 'arm', busybox: busyboxPath })).toBe(busyboxPath);
		expect(() => busyboxOf({ busybox: join(dir, 'nowhere') })).toThrow(`busybox not found at ${join(dir, 'nowhere')}`);
	});

	it('refuses a builtin directory on the arm board: it builds arm64\'s kernel', async () => {
		await expect(Session.boot({ arch: 'arm', builtin: dir, applets })).rejects.toThrow('a builtin directory builds the arm64 kernel only');
	});
});

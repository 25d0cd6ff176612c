// Whether the 32-bit ARM board runs Debian's armhf userspace here: what scripts/setup-arm.sh builds
// and fetches, and a 32-bit ARM guest kernel that gets as far as kobox's transcript helper. The tests
// that boot the real arm guest kernel skip with this reason otherwise (the arm kernel is young; a
// kernel that is built but stops before userspace says where it stopped).
import { existsSync } from 'node:fs';
import { guestKernelPath } from '../../emulator/board/board.ts';
import { busyboxFor } from '../../emulator/paths.ts';
import { helperPathFor } from '../../emulator/guest/transcript-helper.ts';
import { Session, SessionError } from '../../emulator/guest/session.ts';
import { stripMarkers } from '../../emulator/guest/run.ts';

let problem: Promise<string | undefined> | undefined;

async function findProblem(): Promise<string | undefined> {
	const needed: [string, string][] = [
		[guestKernelPath('arm'), 'the 32-bit ARM guest kernel'], [busyboxFor('arm'), "armhf's busybox"], [helperPathFor('arm'), 'the armhf transcript helper'],
	];
	for (const [file, what] of needed)
		if (!existsSync(file)) return `${what} is not there (${file}); scripts/setup-arm.sh makes it`;
	try {
		// A boot that works fills the boot cache: the tests after it restore it.
		(await Session.boot({ arch: 'arm' })).close();
		return undefined;
	} catch (e) {
		const console = e instanceof SessionError ? stripMarkers(e.console ?? '').trim().split('\n').slice(-3).join(' | ') : '';
		return `the 32-bit ARM guest kernel does not reach userspace yet: ${(e as Error).message}${console ? `; its console ends: ${console}` : ''}`;
	}
}

/** Why the real 32-bit ARM board cannot be tested here; undefined when it can (asked once per process). */
export const armBoardProblem = () => problem ??= findProblem();

// Build what the tests boot: the guest kernel from clean, and the small bare-metal fixtures.
import { execFileSync } from 'node:child_process';
import { buildTestGuests } from './helpers/build-guests.ts';
import { repoRoot } from '../emulator/paths.ts';

export default function setup(): void {
	const make = (...args: string[]) => execFileSync('make', ['-s', '-C', `${repoRoot}/guest-kernel`, ...args], { stdio: 'inherit' });
	make('clean');
	make();
	buildTestGuests();
	// The modules in modules/, built the normal way with kbuild, and the broken copies derived from them.
	execFileSync(`${repoRoot}/scripts/build-modules.sh`, { stdio: 'inherit' });
	execFileSync(process.execPath, ['--import', 'tsx', `${repoRoot}/scripts/derive-modules.ts`], { stdio: 'inherit' });
}

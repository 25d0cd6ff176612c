// Build what the tests boot (scripts/build-tests.sh: setup, the demo kernel, the modules and the
// fixtures), under the cache's lock, so that kobox commands run meanwhile in this checkout are safe.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../emulator/paths.ts';

export default function setup(): void {
	execFileSync(join(repoRoot, 'scripts/build-tests.sh'), { stdio: 'inherit' });
}

// Assemble and link the bare-metal test guests in test/guest/ into the cache.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, repoRoot } from '../../emulator/paths.ts';

export const testGuestDir = join(cacheDir, 'build/test-guests');

export function testGuest(name: string): string {
	return join(testGuestDir, `${name}.elf`);
}

export function buildTestGuests(): void {
	mkdirSync(testGuestDir, { recursive: true });
	for (const file of readdirSync(join(repoRoot, 'test/guest')).filter(f => f.endsWith('.S'))) {
		const name = file.slice(0, -2), obj = join(testGuestDir, `${name}.o`);
		execFileSync('aarch64-linux-gnu-as', [join(repoRoot, 'test/guest', file), '-o', obj]);
		execFileSync('aarch64-linux-gnu-ld', ['-Ttext=0x40200000', '-e', '_start', obj, '-o', testGuest(name)]);
	}
}

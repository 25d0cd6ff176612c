// Build the test fixtures into the cache: bare-metal guests from test/guest/*.S (their shared pieces
// in test/guest/*.inc) and freestanding Linux programs from test/programs/*.c.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDir, repoRoot } from '../../emulator/paths.ts';

export const testGuestDir = join(buildDir, 'test-guests');
export const testProgramDir = join(buildDir, 'test-programs');

export const testGuest = (name: string) => join(testGuestDir, `${name}.elf`);
export const testProgram = (name: string) => join(testProgramDir, name);

const sources = (dir: string, ext: string) =>
	readdirSync(join(repoRoot, dir)).filter(f => f.endsWith(ext)).map(f => f.slice(0, -ext.length));

export function buildTestGuests(): void {
	mkdirSync(testGuestDir, { recursive: true });
	for (const name of sources('test/guest', '.S')) {
		const obj = join(testGuestDir, `${name}.o`);
		// -I: the fixtures .include what they share (gic.inc).
		execFileSync('aarch64-linux-gnu-as', ['-I', join(repoRoot, 'test/guest'), join(repoRoot, 'test/guest', `${name}.S`), '-o', obj]);
		execFileSync('aarch64-linux-gnu-ld', ['-Ttext=0x40200000', '-e', '_start', obj, '-o', testGuest(name)]);
	}
	mkdirSync(testProgramDir, { recursive: true });
	for (const name of sources('test/programs', '.c')) {
		execFileSync('aarch64-linux-gnu-gcc', ['-static', '-nostdlib', '-ffreestanding', '-fno-stack-protector', '-O2',
			'-Wl,--build-id=none', join(repoRoot, 'test/programs', `${name}.c`), '-o', testProgram(name)]);
	}
}

// Run as a script by scripts/build-tests.sh, under the cache's lock.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) buildTestGuests();

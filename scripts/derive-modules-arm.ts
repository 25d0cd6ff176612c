// The broken copies of armhf modules that the 32-bit ARM load-failure scenarios use (arm64's are
// derive-modules.ts's): each one small, named change to hello.ko built against the -armmp headers.
// usage: node --import tsx scripts/derive-modules-arm.ts   (scripts/setup-arm.sh runs it; writes
// <build>/armhf/modules/derived/)
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../emulator/atomic-write.ts';
import { modulesBuildDir } from '../emulator/paths.ts';

const built = modulesBuildDir('arm');
export const derivedDir = join(built, 'derived');
const hello = () => readFileSync(join(built, 'hello/hello.ko'));

/** Replace the module's one `vermagic=` entry by another no longer than it, padding with NULs. */
function rewriteVermagic(data: Buffer, change: (vermagic: string) => string): Buffer {
	const key = Buffer.from('\0vermagic=', 'latin1');
	const at = data.indexOf(key) + 1;
	if (at === 0 || data.indexOf(key, at) >= 0) throw new Error('expected exactly one vermagic entry');
	const end = data.indexOf(0, at);
	const from = data.toString('latin1', at, end), to = change(from);
	if (to === from || to.length > from.length) throw new Error(`cannot rewrite '${from}' as '${to}'`);
	data.fill(0, at, end);
	data.write(to, at, 'latin1');
	return data;
}

export const derivations: Record<string, () => Buffer> = {
	'truncated.ko': () => { const d = hello(); return d.subarray(0, d.length >> 1); },
	// Built for the kernel before this one: 6.1.0-56-armmp -> 6.1.0-55-armmp.
	'vermagic_release.ko': () => rewriteVermagic(hello(), v => v.replace(/^(vermagic=\d+\.\d+\.\d+-)(\d+)/,
		(_, base: string, n: string) => `${base}${String(Number(n) - 1).padStart(n.length, '0')}`)),
	// Built for another ARM architecture level: the "ARMv7 " of the vermagic left out.
	'vermagic_arch.ko': () => rewriteVermagic(hello(), v => v.replace('ARMv7 ', '')),
};

if (import.meta.url === `file://${process.argv[1]}`) {
	mkdirSync(derivedDir, { recursive: true });
	for (const [name, derive] of Object.entries(derivations)) writeFileAtomic(join(derivedDir, name), derive());
}

// The boot cache. On the virtual clock, a board booted to the transcript helper's first request is
// the same every time for the same kernel, busybox, command line and memory size, so the first boot
// keeps a snapshot of it under the cache (<cache>/boot/) and later sessions restore that instead of
// booting. The key holds everything the booted state depends on, kobox's own code included: any
// change to one of them makes another key, and so a fresh boot.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from './atomic-write.ts';
import { cacheDir, libunicornPath } from './paths.ts';

export interface BootInputs {
	kernel: string;
	busybox: string;
	cmdline: string;
	memory: number;
	/** What the initramfs holds besides busybox (the transcript helper). */
	extra: string;
}

/** A file's identity without reading it: a rebuilt kernel or another libunicorn is another key. */
function fileStamp(path: string): string {
	const s = statSync(path);
	return `${path}:${s.size}:${s.mtimeMs}:${s.ino}`;
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
		e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []).sort();
}

/**
 * kobox's own code as it runs: the TypeScript sources (emulator/) in a checkout, or the compiled
 * JavaScript (one directory: its entry points and chunks/).
 */
function codeStamp(): string {
	const here = dirname(fileURLToPath(import.meta.url));
	const root = basename(here) === 'chunks' ? dirname(here) : here;
	return filesUnder(root).map(fileStamp).join('\n');
}

let code: string | undefined;

/** The file holding the snapshot of a board booted from these inputs. */
export function bootCacheFile(inputs: BootInputs): string {
	code ??= codeStamp();
	const key = createHash('sha256').update(JSON.stringify({
		code, unicorn: fileStamp(libunicornPath()), kernel: fileStamp(inputs.kernel), busybox: fileStamp(inputs.busybox),
		cmdline: inputs.cmdline, memory: inputs.memory, extra: inputs.extra,
	})).digest('hex').slice(0, 32);
	return join(cacheDir, 'boot', `${key}.snapshot`);
}

/** Snapshots kept at most: the least recently used go first. */
const KEEP = 12;

export function readBootCache(file: string): Buffer | undefined {
	if (!existsSync(file)) return undefined;
	const data = readFileSync(file);
	const now = new Date();
	utimesSync(file, now, now);
	return data;
}

export function writeBootCache(file: string, data: Buffer): void {
	const dir = dirname(file);
	mkdirSync(dir, { recursive: true });
	writeFileAtomic(file, data);
	const kept = readdirSync(dir).filter(f => f.endsWith('.snapshot')).map(f => join(dir, f))
		.map(path => ({ path, used: statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
		.sort((a, b) => b.used - a.used);
	for (const old of kept.slice(KEEP)) rmSync(old.path, { force: true });
}

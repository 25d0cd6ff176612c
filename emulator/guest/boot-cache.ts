// The boot cache. On the virtual clock, a board booted to its first pause (the transcript helper's
// first request, or kobox's /init waiting for its command) is the same every time for the same
// kernel, busybox, initramfs, command line and memory size, so the first boot keeps a snapshot of it
// under the cache (<cache>/boot/) and later boots restore that instead. The key holds everything the
// booted state depends on, kobox's own code included: any change to one of them makes another key,
// and so a fresh boot.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import { Board, DEFAULT_CMDLINE, kernelPathOf, type BoardExit, type BoardOptions } from '../board/board.ts';
import { memoryMap } from '../board/memory-map.ts';
import { encodeSnapshot } from '../board/snapshot-file.ts';
import { cacheDir, codeDir, insnCounterPath, libunicornPath, type Arch } from '../paths.ts';

export interface BootInputs {
	arch: Arch;
	kernel: string;
	busybox: string;
	cmdline: string;
	memory: number;
	/** What the initramfs holds besides busybox: its /init, kobox's helpers. */
	extra: string;
}

/** A file's identity without reading it: a rebuilt kernel, counter or another libunicorn is another key. */
function fileStamp(path: string): string {
	const s = statSync(path);
	return `${path}:${s.size}:${s.mtimeMs}:${s.ino}`;
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
		e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []).sort();
}

/**
 * kobox's own code as it runs (see codeDir): its files' stamps. Not V8's code cache beside it
 * (scripts/cli-loader.mjs), which the first run writes: the code is the same.
 */
const codeStamp = () => filesUnder(codeDir).filter(f => !/\.v8(\.\d+)?$/.test(f)).map(fileStamp).join('\n');

let code: string | undefined;

/** The file holding the snapshot of a board booted from these inputs. */
export function bootCacheFile(inputs: BootInputs): string {
	code ??= codeStamp();
	const key = createHash('sha256').update(JSON.stringify({
		code, unicorn: fileStamp(libunicornPath()), counter: fileStamp(insnCounterPath), arch: inputs.arch,
		kernel: fileStamp(inputs.kernel), busybox: fileStamp(inputs.busybox),
		cmdline: inputs.cmdline, memory: inputs.memory, extra: inputs.extra,
	})).digest('hex').slice(0, 32);
	return join(cacheDir, 'boot', `${key}.snapshot`);
}

/** Snapshots kept at most: the least recently used go first. */
const KEEP = 12;

function readBootCache(file: string): Buffer | undefined {
	if (!existsSync(file)) return undefined;
	const data = readFileSync(file);
	const now = new Date();
	utimesSync(file, now, now);
	return data;
}

function writeBootCache(file: string, data: Buffer): void {
	const dir = dirname(file);
	mkdirSync(dir, { recursive: true });
	writeFileAtomic(file, data);
	const kept = readdirSync(dir).filter(f => f.endsWith('.snapshot')).map(f => join(dir, f))
		.map(path => ({ path, used: statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
		.sort((a, b) => b.used - a.used);
	for (const old of kept.slice(KEEP)) rmSync(old.path, { force: true });
}

/** The initramfs of a boot: built only when the board boots. */
export interface BootRootfs {
	busybox: string;
	/** Everything the initramfs holds besides busybox, for the key. */
	contents: string;
	build: () => Promise<Buffer>;
}

export interface BootedBoard {
	board: Board;
	/** Restored from the boot cache rather than booted. */
	restored: boolean;
	/** The board stopped before it paused (a boot that went wrong): why. */
	stopped?: BoardExit;
}

/**
 * A board with `options` (`pauseOn` set) that has booted `rootfs` up to its first pause: restored
 * from the boot cache when it holds one (and `useCache`; never on the host's clock), else booted,
 * and saved there if it paused.
 */
export async function bootToPause(options: BoardOptions, rootfs: BootRootfs, useCache = true): Promise<BootedBoard> {
	const file = useCache && options.time !== 'host' ? bootCacheFile({
		arch: options.arch ?? 'arm64', kernel: kernelPathOf(options), busybox: rootfs.busybox, cmdline: options.cmdline ?? DEFAULT_CMDLINE,
		memory: options.memory ?? memoryMap.ram.size, extra: rootfs.contents,
	}) : undefined;
	const saved = file && readBootCache(file);
	if (saved) {
		try {
			return { board: new Board({ ...options, state: saved }), restored: true };
		} catch {
			// a damaged file: boot, and save over it
		}
	}
	const board = new Board({ ...options, initrd: await rootfs.build() });
	try {
		const r = await board.resume();
		if (r !== 'paused') return { board, restored: false, stopped: r };
		if (file) writeBootCache(file, encodeSnapshot(board.snapshot()));
	} catch (e) {
		board.close();
		throw e;
	}
	return { board, restored: false };
}

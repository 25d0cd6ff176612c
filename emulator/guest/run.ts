// Boot the board with busybox as userspace and run something: kobox's built-in /init running a
// command, or the user's own /init. Shared by `kobox run`, `kobox shell` and test suites.
import { readFileSync } from 'node:fs';
import { Board, type BoardExit, type BoardOptions } from '../board/board.ts';
import { bootInit, buildRootfs, commandInit, commandScript, filesArchive, ownFile, shellInit, waitingInit, COMMAND_PATH, COMMAND_START, EXIT_MARKER, FILES_READY, type GuestFile, type MadeFile } from './rootfs.ts';
import { bootToPause } from './boot-cache.ts';
import { busyboxApplets, onBoard } from './busybox-applets.ts';
import { transcriptHelper, transcriptHelperDigest } from './transcript-helper.ts';
import { busyboxFor, requireFile, setupCommand, type Arch } from '../paths.ts';
import { Tracer, type TraceOptions } from '../trace/tracer.ts';
import { GdbServer, type GdbOptions } from '../gdb/server.ts';

export interface RunOptions extends Omit<BoardOptions, 'initrd' | 'onConsole'> {
	/** Host files to put in the root filesystem. */
	add?: GuestFile[];
	/** Files made in memory, for kobox's own helpers. */
	files?: MadeFile[];
	/** Run this command through busybox sh under kobox's /init ... */
	command?: string[];
	/** ... or use this script as /init, as given ... */
	initScript?: string;
	/** ... or an interactive shell on the console; with none of these, /init mounts and powers off. */
	shell?: boolean;
	/** false: boot, even if the boot cache holds this board booted (see boot-cache.ts). */
	bootCache?: boolean;
	/** Told of each `add` file that takes the place of one of kobox's own (it wins, as in Linux's initramfs). */
	onReplace?: (r: Replaced) => void;
	/** Console bytes as they come, without kobox's markers. */
	onOutput?: (data: Buffer) => void;
	busybox?: string;
	/** Applet paths as `busybox --list-full` prints them, for a busybox the board cannot ask (armhf's). */
	applets?: string[];
	/**
	 * Trace the guest (see trace/tracer.ts): from power-on, or, for a command whose boot the boot
	 * cache may hold, from where kobox's /init waits for it (booted or restored alike).
	 */
	trace?: TraceOptions;
	/** Serve GDB's remote protocol for the board (see gdb/server.ts), from where the command's run starts. */
	gdb?: Omit<GdbOptions, 'modules'>;
}

export interface Replaced { file: GuestFile; what: string }

export interface RunResult {
	exit: BoardExit;
	/** The command's exit status, or init's, when the guest got far enough to tell. */
	status?: number;
	/** Everything on the console, without kobox's markers. */
	console: string;
	/** The console with kobox's markers, for tools that parse them. */
	rawConsole: string;
	/** What the command printed (between kobox's markers), for a command run. */
	output?: string;
}

const archOf = (opts: Pick<RunOptions, 'arch'>): Arch => opts.arch ?? 'arm64';

/** The busybox binary a run uses (Debian's for the board's architecture, unless given), or why there is none. */
export function busyboxOf(opts: Pick<RunOptions, 'busybox' | 'arch'>): string {
	if (opts.busybox) return requireFile(opts.busybox, 'busybox');
	const arch = archOf(opts);
	return requireFile(busyboxFor(arch), arch === 'arm' ? "armhf's busybox" : 'busybox', `run ${setupCommand(arch)} to fetch it`);
}

/** The applets of the run's busybox: as given, or asked of it on a board of the run's architecture. */
export const appletsOf = (opts: Pick<RunOptions, 'busybox' | 'arch' | 'kernel' | 'applets'>): Promise<string[]> =>
	opts.applets ? Promise.resolve(opts.applets) : busyboxApplets(busyboxOf(opts), onBoard(archOf(opts), opts.kernel));


const initOf = (opts: RunOptions) => opts.initScript !== undefined ? readFileSync(opts.initScript, 'utf8')
	: opts.shell ? shellInit()
		: opts.command?.length ? commandInit(opts.command) : bootInit();

export async function buildInitrd(opts: RunOptions, init = initOf(opts)): Promise<Buffer> {
	const busybox = busyboxOf(opts);
	const applets = await appletsOf(opts);
	for (const file of opts.add ?? []) {
		const what = ownFile(file.guest, applets);
		if (what) opts.onReplace?.({ file, what });
	}
	return buildRootfs({ busybox, applets, init, add: opts.add, files: opts.files });
}

const MARK = '\x1b]kobox;';
const MARKERS = /\x1b\]kobox;[^\x07]*\x07/g;

export const stripMarkers = (text: string) => text.replace(MARKERS, '');

/** Strips kobox's markers from the console stream, even when split across chunks. */
export class MarkerFilter {
	private pending = '';
	text = '';

	constructor(private readonly sink?: (data: Buffer) => void) {}

	push(data: Buffer): void {
		let s = this.pending + data.toString('latin1');
		this.pending = '';
		// Hold back what may be the start of a marker until its end arrives.
		const esc = s.lastIndexOf('\x1b');
		if (esc >= 0 && !s.includes('\x07', esc)) {
			const tail = s.slice(esc);
			if (tail.startsWith(MARK) || MARK.startsWith(tail)) {
				this.pending = tail;
				s = s.slice(0, esc);
			}
		}
		this.text += s;
		const visible = stripMarkers(s);
		if (visible) this.sink?.(Buffer.from(visible, 'latin1'));
	}

	/** Whatever is still held back, once the stream has ended. */
	end(): void {
		const rest = this.pending;
		this.pending = '';
		this.text += rest;
		if (rest) this.sink?.(Buffer.from(rest, 'latin1'));
	}

	/**
	 * The exit status the built-in /init reported, and what the command printed. A command that
	 * powered the board off itself has no status, and its output runs to the end of the console.
	 */
	result(): { status?: number; output?: string } {
		const start = this.text.indexOf(COMMAND_START);
		if (start < 0) return {};
		const end = EXIT_MARKER.exec(this.text);
		return {
			status: end ? Number(end[1]) : undefined,
			output: stripMarkers(this.text.slice(start + COMMAND_START.length, end ? end.index : undefined)),
		};
	}
}

/** Linux's message when init exits: its wait status tells how the init ended. */
const INIT_EXIT = /Kernel panic - not syncing: Attempted to kill init! exitcode=0x([0-9a-f]{8})/;

export function initExitStatus(console: string): number | undefined {
	const m = INIT_EXIT.exec(console);
	if (!m) return undefined;
	const code = parseInt(m[1], 16);
	return (code & 0x7f) ? 128 + (code & 0x7f) : (code >> 8) & 0xff;
}

/**
 * A command for kobox's own /init, on the virtual clock, with no added file in place of one of
 * kobox's own: the board boots to the point where /init waits for the command (the boot cache
 * holds that board), and the command and the files come through the kobox-files window.
 */
async function takesCommandLater(opts: RunOptions): Promise<boolean> {
	if (!opts.command?.length || opts.initScript !== undefined || opts.shell || opts.time === 'host') return false;
	const applets = await appletsOf(opts);
	return !(opts.add ?? []).some(f => ownFile(f.guest, applets));
}

/** A board on its way to running opts' command, whose console goes through `filter`. */
async function startBoard(opts: RunOptions, filter: MarkerFilter): Promise<Board> {
	const onConsole = (d: Buffer) => filter.push(d);
	if (!await takesCommandLater(opts)) return new Board({ ...opts, initrd: await buildInitrd(opts), onConsole });
	const init = waitingInit();
	const { board, restored, stopped } = await bootToPause({ ...opts, onConsole, pauseOn: FILES_READY }, {
		busybox: busyboxOf(opts), contents: `${init}\n${transcriptHelperDigest(archOf(opts))}`,
		build: () => buildInitrd({ ...opts, add: undefined, files: [transcriptHelper(archOf(opts))] }, init),
	}, opts.bootCache !== false);
	if (restored) filter.push(Buffer.from(board.console, 'latin1'));
	if (!stopped) board.files.load(filesArchive(opts.add ?? [], [...opts.files ?? [], { guest: COMMAND_PATH, data: commandScript(opts.command!) }]));
	return board;
}

/** The .ko files among the files given to the guest: GDB gets their symbols when the guest loads them. */
export const moduleFiles = (files: (string | GuestFile)[] = []) =>
	files.map(f => typeof f === 'string' ? f : f.host).filter(f => f.endsWith('.ko'));

export async function runGuest(opts: RunOptions, onStart?: (board: Board) => void): Promise<RunResult> {
	const filter = new MarkerFilter(opts.onOutput);
	const board = await startBoard(opts, filter);
	const tracer = opts.trace && Tracer.attach(board, opts.trace);
	let gdb: GdbServer | undefined;
	try {
		if (opts.gdb) gdb = await GdbServer.listen(board, { ...opts.gdb, modules: moduleFiles(opts.add) });
		onStart?.(board);
		const exit = await board.run();
		tracer?.end(true);
		filter.end();
		const { status, output } = filter.result();
		const console = stripMarkers(filter.text);
		return { exit, status: status ?? (exit.reason === 'panic' ? initExitStatus(console) : undefined), console, rawConsole: filter.text, output };
	} finally {
		gdb?.close();
		board.close();
	}
}

// A booted board with the transcript helper serving on its console: send it one command at a time
// and get back what the command did. Files reach the running guest through the kobox-files window,
// so a session can go back to a snapshot and take other files, without booting again.
import { basename, resolve } from 'node:path';
import type { Board, BoardExit, BoardSnapshot } from '../board/board.ts';
import { bootToPause } from './boot-cache.ts';
import { filesArchive, type GuestFile } from './rootfs.ts';
import { buildInitrd, busyboxOf, moduleFiles, stripMarkers } from './run.ts';
import { GdbServer, type GdbOptions } from '../gdb/server.ts';
import { buildBuiltin } from '../builtin.ts';
import { FILES_MARKER, HELPER_PATH, READY_MARKER, transcriptHelper, transcriptHelperDigest } from './transcript-helper.ts';
import { transcriptOf, type CommandRecord } from './helper-output.ts';
import { existsSync, statSync } from 'node:fs';
import { Tracer, type TraceOptions } from '../trace/tracer.ts';
import type { Arch } from '../paths.ts';

/** The kernel command line of every transcript run: QEMU's captures boot with the same. */
export const TRANSCRIPT_CMDLINE = 'console=ttyAMA0 quiet';

const MAX_COMMAND = 4000;

export interface BootOptions {
	/** Host files for the guest: a path goes to /<basename>; `{ host, guest }` where asked. */
	add?: (string | GuestFile)[];
	/** Kernel parameters after `console=ttyAMA0 quiet` (as a scenario's `# cmdline:`). */
	cmdline?: string;
	/** Another guest kernel ELF. */
	kernel?: string;
	/** Build the C files of this directory into the kernel first, as kbuild's obj-y does (see builtin.ts). */
	builtin?: string;
	/** RAM size in bytes. */
	memory?: number;
	/** The board's CPU: arm64 (the default), or 32-bit ARM with Debian's armhf busybox and the arm guest kernel. */
	arch?: Arch;
	busybox?: string;
	/** Applet paths as `busybox --list-full` prints them, for a busybox the board cannot ask. */
	applets?: string[];
	/** Seconds of host time the boot, and then each command, may take (default 60). */
	timeoutSeconds?: number;
	/** The virtual clock (deterministic; the default) or the host's. */
	time?: 'virtual' | 'host';
	/** false: boot, even if the boot cache holds this board booted (see boot-cache.ts). */
	bootCache?: boolean;
	/** Trace the guest from the helper's first request on (see trace/tracer.ts). */
	trace?: TraceOptions;
	/** Serve GDB's remote protocol for the board (see gdb/server.ts), from the helper's first request on. */
	gdb?: Omit<GdbOptions, 'modules'>;
}

export class SessionError extends Error {
	constructor(message: string, readonly exit?: BoardExit, readonly console?: string) {
		super(exit ? `${message}: ${exit.message}` : message);
	}
}

/** The state of a session's board, to come back to with restore(). */
export interface SessionSnapshot { readonly board: BoardSnapshot }

function toGuestFile(f: string | GuestFile): GuestFile {
	const host = typeof f === 'string' ? resolve(f) : f.host;
	if (!existsSync(host) || !statSync(host).isFile()) throw new SessionError(`no such file: ${host}`);
	if (typeof f === 'string') return { host, guest: `/${basename(host)}` };
	if (!f.guest.startsWith('/')) throw new SessionError(`the guest path must be absolute: ${f.guest}`);
	return f;
}

export class Session {
	/** How much of the console the session has read. */
	private mark = 0;
	/** How the board stopped, once it has. */
	private stopped?: BoardExit;

	private gdb?: GdbServer;

	/** `fromBootCache`: the board was restored from the boot cache, not booted. */
	private constructor(readonly board: Board, readonly fromBootCache = false, private readonly tracer?: Tracer) {}

	/**
	 * Boot a board with busybox and the serving helper, and give it `add`'s files. The booted board
	 * comes from the boot cache when it has one for the same inputs; a boot fills it.
	 */
	static async boot(opts: BootOptions = {}): Promise<Session> {
		if (opts.builtin && opts.kernel) throw new SessionError('give either a kernel or a builtin directory, not both');
		const arch = opts.arch ?? 'arm64';
		if (opts.builtin && arch !== 'arm64') throw new SessionError('a builtin directory builds the arm64 kernel only');
		const kernel = opts.builtin ? (await buildBuiltin(opts.builtin)).kernel : opts.kernel;
		const { board, restored, stopped } = await bootToPause({
			arch, kernel, memory: opts.memory, time: opts.time, interactive: true, pauseOn: READY_MARKER,
			cmdline: [TRANSCRIPT_CMDLINE, opts.cmdline].filter(Boolean).join(' '), timeoutSeconds: opts.timeoutSeconds ?? 60,
		}, {
			busybox: busyboxOf(opts), contents: transcriptHelperDigest(arch),
			build: () => buildInitrd({
				arch, kernel, command: [HELPER_PATH, '--serve'], busybox: opts.busybox, applets: opts.applets, files: [transcriptHelper(arch)],
			}),
		}, opts.bootCache !== false);
		if (stopped) {
			board.close();
			throw new SessionError('the board did not get to the transcript helper', stopped, board.console);
		}
		const session = new Session(board, restored, opts.trace && Tracer.attach(board, opts.trace));
		session.mark = board.console.length;
		try {
			if (opts.gdb) session.gdb = await GdbServer.listen(board, { ...opts.gdb, modules: moduleFiles(opts.add) });
			if (opts.add?.length) await session.add(opts.add);
		} catch (e) {
			session.close();
			throw e;
		}
		return session;
	}

	/** How the board stopped, once it has. */
	get exit(): BoardExit | undefined { return this.stopped; }

	/** Everything on the console so far, kobox's markers included (see stripMarkers). */
	get console(): string { return this.board.console; }

	/** Put files in the running guest's root filesystem (a cpio archive the transcript helper unpacks). */
	async add(files: (string | GuestFile)[]): Promise<void> {
		const list = files.map(toGuestFile);
		if (!list.length) return;
		this.board.files.load(filesArchive(list));
		const text = await this.request('files');
		const m = FILES_MARKER.exec(text);
		if (!m || m[1] !== '0')
			throw new SessionError(`the guest could not unpack ${list.map(f => f.guest).join(' ')}`, undefined, stripMarkers(text));
	}

	/**
	 * Run one shell command (one line) in the guest, as the transcript helper does: its output, exit
	 * status, the kernel log records it caused and the taint afterwards. A command during which the
	 * machine stops (poweroff, reset, panic) gives an `unfinished` record; the session cannot go on
	 * (restore a snapshot). One that runs past the timeout throws a SessionError.
	 */
	async run(command: string): Promise<CommandRecord> {
		if (/[\r\n]/.test(command)) throw new SessionError('a command is one line');
		// The guest's terminal holds a line of at most 4095 bytes.
		if (Buffer.byteLength(command) > MAX_COMMAND) throw new SessionError(`a command is at most ${MAX_COMMAND} bytes`);
		const text = await this.request(`run ${command}`, true);
		const r = this.stopped?.reason;
		if (r === 'timeout' || r === 'stalled' || r === 'cpu-error' || r === 'quit')
			throw new SessionError(`no transcript for: ${command}`, this.stopped, stripMarkers(text.slice(-2000)));
		const [record] = transcriptOf(text, [command]);
		if (!record) throw new SessionError(`no transcript for: ${command}`, this.stopped, stripMarkers(this.console.slice(-2000)));
		return record;
	}

	/** Run commands in order, up to the first that stops the machine. */
	async runAll(commands: string[]): Promise<CommandRecord[]> {
		const records: CommandRecord[] = [];
		for (const c of commands) {
			const r = await this.run(c);
			records.push(r);
			if (r.unfinished) break;
		}
		return records;
	}

	/** Send one request line, run until the helper is ready again (or the board stops); the console it caused. */
	private async request(line: string, stopIsAnswer = false): Promise<string> {
		if (this.stopped) throw new SessionError('the board has stopped', this.stopped);
		this.board.input(Buffer.from(`${line}\n`, 'utf8'));
		const r = await this.board.resume();
		const text = this.board.console.slice(this.mark);
		this.mark += text.length;
		if (r !== 'paused') {
			this.stopped = r;
			if (!stopIsAnswer) throw new SessionError(`the board stopped during '${line}'`, r, stripMarkers(text));
		}
		return text;
	}

	/** Snapshot the board while the helper waits for a request. */
	snapshot(): SessionSnapshot {
		if (this.stopped) throw new SessionError('cannot snapshot a board that has stopped', this.stopped);
		return { board: this.board.snapshot() };
	}

	/** Go back to a snapshot of this session's board. */
	restore(s: SessionSnapshot): void {
		this.board.restore(s.board);
		this.tracer?.restored();
		this.stopped = undefined;
		this.mark = this.board.console.length;
	}

	/** A line in the trace (if there is one), after what is in progress there, which the trace lets go of. */
	traceNote(line: string): void { this.tracer?.note(line); }

	close(): void {
		this.tracer?.end(this.stopped !== undefined);
		this.gdb?.close();
		this.board.close();
	}
}

// `kobox insmod`: load one module on a freshly booted board with busybox insmod, through the
// transcript helper, and report what the load did: the kernel log records it caused, insmod's own
// message and its exit status.
import { basename } from 'node:path';
import { existsSync } from 'node:fs';
import type { BoardExit } from './board/board.ts';
import type { Arch } from './paths.ts';
import { transcriptOnBoard, type TranscriptBoard } from './transcript/scenario-run.ts';

export interface InsmodOptions extends TranscriptBoard {
	/** The board's CPU: arm64 (the default), or 32-bit ARM (a module built for armhf). */
	arch?: Arch;
	/** Extra kernel parameters, after `console=ttyAMA0 quiet`. */
	cmdline?: string;
	timeoutSeconds?: number;
}

export interface InsmodResult {
	/** The command run in the guest. */
	command: string;
	/** Kernel log records the load caused, as `dmesg -r` prints them: `<6>[    0.011100] text`. */
	log: string[];
	/** What insmod printed (empty on success). */
	message: string;
	/** insmod's exit status; undefined when the guest never finished the command. */
	status?: number;
	/** The board's stop, and its console (for a load that took the kernel down). */
	exit?: BoardExit;
	console: string;
}

/** Single-quoted for sh: the guest runs the command line through `sh -c`. */
const shellQuote = (arg: string) => /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;

export function insmodCommand(guestPath: string, params: string[]): string {
	for (const p of params) if (/[\n\r]/.test(p)) throw new Error(`a parameter cannot contain a line break: ${JSON.stringify(p)}`);
	return ['insmod', guestPath, ...params].map(shellQuote).join(' ');
}

export async function insmodOnBoard(file: string, params: string[], opts: InsmodOptions = {}): Promise<InsmodResult> {
	if (!existsSync(file)) throw new Error(`no such file: ${file}`);
	const guest = `/${basename(file)}`;
	const command = insmodCommand(guest, params);
	const { cmdline, timeoutSeconds, arch, ...board } = opts;
	const run = await transcriptOnBoard({ commands: [command], add: [{ host: file, guest }], cmdline, arch }, timeoutSeconds, board);
	const record = run.records[0];
	const finished = record && !record.unfinished;
	return {
		command, log: record?.dmesg ?? [], message: record?.output ?? '',
		status: finished ? record.status : undefined, exit: run.exit, console: run.console,
	};
}

/** A record as the console shows it: without its `<level>` prefix. */
export const withoutLevel = (record: string) => record.replace(/^<\d+>/, '');

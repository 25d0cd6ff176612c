// Run a scenario's commands through the transcript helper, on the board or on Debian's real
// kernel under QEMU, from the very same initramfs.
import { buildInitrd, stripMarkers, type RunOptions } from '../guest/run.ts';
import { Session, SessionError, type BootOptions } from '../guest/session.ts';
import { bootOnQemu } from '../reference/qemu.ts';
import { busyboxApplets } from '../guest/busybox-applets.ts';
import { busyboxFor, type Arch } from '../paths.ts';
import type { BoardExit } from '../board/board.ts';
import type { GuestFile } from '../guest/rootfs.ts';
import { HELPER_PATH, SCENARIO_PATH, transcriptHelper } from '../guest/transcript-helper.ts';
import { transcriptOf, transcriptComplete, type CommandRecord } from '../guest/helper-output.ts';

export interface Scenario {
	/** One shell command per entry, run in order. */
	commands: string[];
	add?: GuestFile[];
	/** Extra kernel parameters, after `console=ttyAMA0 quiet`. */
	cmdline?: string;
	/** A directory of C files built into the board's kernel (`# builtin: DIR`); Debian's kernel cannot have them. */
	builtin?: string;
	/** 'ordered-subset': the board's output of each command may leave out lines of the golden's. */
	compare?: 'exact' | 'ordered-subset';
	/** arm64 (the default), or 32-bit ARM: Debian's armhf userspace and -armmp kernel. */
	arch?: Arch;
}

export interface TranscriptRun {
	records: CommandRecord[];
	/** The whole console (kobox's markers removed): the boot log, for reference. */
	console: string;
	complete: boolean;
	exit?: BoardExit;
}

export const scenarioCmdline = (s: Scenario) => ['console=ttyAMA0 quiet', s.cmdline].filter(Boolean).join(' ');

function runOptions(s: Scenario): RunOptions {
	return {
		command: [HELPER_PATH, SCENARIO_PATH],
		add: s.add,
		files: [
			transcriptHelper(s.arch),
			{ guest: SCENARIO_PATH, data: s.commands.join('\n') + '\n' },
		],
	};
}

/** The board's own settings for a transcript run (the command line comes from the scenario). */
export type TranscriptBoard = Pick<BootOptions, 'kernel' | 'memory' | 'time' | 'bootCache' | 'trace' | 'gdb' | 'applets'>;

/** On the board: a session (booted, or restored from the boot cache) runs the commands one by one. */
export async function transcriptOnBoard(s: Scenario, timeoutSeconds = 60, board: TranscriptBoard = {}): Promise<TranscriptRun> {
	let session: Session;
	try {
		session = await Session.boot({ ...board, arch: s.arch, builtin: s.builtin, cmdline: s.cmdline, add: s.add, timeoutSeconds });
	} catch (e) {
		if (e instanceof SessionError && e.exit) return { records: [], console: stripMarkers(e.console ?? ''), complete: false, exit: e.exit };
		throw e;
	}
	const records: CommandRecord[] = [];
	try {
		for (const command of s.commands) {
			const r = await session.run(command);
			records.push(r);
			if (r.unfinished) break;
		}
	} catch (e) {
		if (!(e instanceof SessionError) || !session.exit) throw e; // the board stopped: its exit says why
	} finally {
		session.close();
	}
	const complete = records.length === s.commands.length && !records.at(-1)?.unfinished;
	return { records, console: stripMarkers(session.console), complete, exit: session.exit };
}

/**
 * On Debian's real kernel `vmlinuz` under QEMU. A 32-bit ARM scenario gets armhf's busybox and helper;
 * its busybox's applets are asked of that busybox on the same kernel.
 */
export async function transcriptOnQemu(s: Scenario, vmlinuz: string, timeoutSeconds = 120): Promise<TranscriptRun> {
	if (s.builtin) throw new Error(`# builtin: ${s.builtin}: Debian's kernel cannot have code built into it; capture the module side instead`);
	const arch = s.arch ?? 'arm64';
	const opts = runOptions(s);
	if (arch !== 'arm64') {
		opts.busybox = busyboxFor(arch);
		opts.applets = await busyboxApplets(opts.busybox, (initrd, cmdline) => bootOnQemu(vmlinuz, initrd, cmdline, timeoutSeconds, arch));
	}
	const raw = await bootOnQemu(vmlinuz, await buildInitrd(opts), scenarioCmdline(s), timeoutSeconds, arch);
	return { records: transcriptOf(raw, s.commands), console: stripMarkers(raw), complete: transcriptComplete(raw) };
}

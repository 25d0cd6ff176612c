// What the transcript helper printed (see transcript-helper.ts), read back from the console: a
// record of what each command did.
export interface CommandRecord {
	command: string;
	output: string;
	/** The exit status; -1 when the command never finished (see `unfinished`). */
	status: number;
	/** Kernel log records the command caused, as `dmesg -r` prints them: `<6>[    1.234567] text`. */
	dmesg: string[];
	/** /proc/sys/kernel/tainted afterwards. */
	taint: string;
	/** The machine stopped (power-off, panic) while the command ran: only its console is known. */
	unfinished?: boolean;
	/** For an unfinished command: the lines the kernel printed on the console as it stopped. */
	console?: string[];
}

const BLOCK = /\x1b\]kobox;cmd\x07([^\n]*)\n([\s\S]*?)\x1b\]kobox;status=(\d+)\x07([\s\S]*?)\x1b\]kobox;taint=(\d*)\x07/g;
const BEGIN = '\x1b]kobox;begin\x07';

/**
 * The command records in a console capture (bytes as latin1 text, as the board and QEMU give
 * them; read here as UTF-8, and CRLF from a serial console folded to LF).
 */
export function parseTranscript(console: string): CommandRecord[] {
	const text = Buffer.from(console, 'latin1').toString('utf8').replace(/\r\n/g, '\n');
	return [...text.matchAll(BLOCK)].map(m => ({
		command: m[1], output: m[2], status: Number(m[3]),
		dmesg: m[4].split('\n').filter(Boolean), taint: m[5],
	}));
}

/** How many commands began (a command that stopped the machine began but has no record). */
export const commandsBegun = (console: string) => console.split(BEGIN).length - 1;

/** The record of a command during which the machine stopped, with what the console showed. */
export const unfinishedRecord = (command: string, console: string[] = []): CommandRecord =>
	({ command, output: '', status: -1, dmesg: [], taint: '', unfinished: true, console });

/**
 * The console after the last command began: the command's own output goes to a file, so this is
 * what the kernel printed there (a panic's report, "reboot: Power down").
 */
function consoleSinceLastBegin(console: string): string[] {
	const text = console.slice(console.lastIndexOf(BEGIN) + BEGIN.length);
	return Buffer.from(text, 'latin1').toString('utf8').replace(/\x1b\][^\x07]*\x07/g, '')
		.replace(/\r/g, '').split('\n').filter(l => l.trim());
}

/**
 * The records of a run of `commands`, with a last unfinished record when the machine stopped
 * during a command.
 */
export function transcriptOf(console: string, commands: string[]): CommandRecord[] {
	const records = parseTranscript(console);
	if (commandsBegun(console) > records.length && records.length < commands.length)
		records.push(unfinishedRecord(commands[records.length], consoleSinceLastBegin(console)));
	return records;
}

export const transcriptComplete = (console: string) => console.includes('\x1b]kobox;done\x07');


// Transcripts: what each command of a scenario did, parsed from the console, printed as text that
// a person can read and diff, and normalised so that two kernels can be compared.
export interface CommandRecord {
	command: string;
	output: string;
	status: number;
	/** Kernel log records the command caused, as `dmesg -r` prints them: `<6>[    1.234567] text`. */
	dmesg: string[];
	/** /proc/sys/kernel/tainted afterwards. */
	taint: string;
}

const BLOCK = /\x1b\]kobox;cmd\x07([^\n]*)\n([\s\S]*?)\x1b\]kobox;status=(\d+)\x07([\s\S]*?)\x1b\]kobox;taint=(\d*)\x07/g;

/** The command records in a console capture (CRLF from a serial console is folded to LF). */
export function parseTranscript(console: string): CommandRecord[] {
	const text = console.replace(/\r\n/g, '\n');
	return [...text.matchAll(BLOCK)].map(m => ({
		command: m[1], output: m[2], status: Number(m[3]),
		dmesg: m[4].split('\n').filter(Boolean), taint: m[5],
	}));
}

export const transcriptComplete = (console: string) => console.includes('\x1b]kobox;done\x07');

/** The text form, one block per command. Output lines are indented, so nothing is ambiguous. */
export function formatTranscript(records: CommandRecord[]): string {
	return records.map(r => [
		`$ ${r.command}`,
		...splitLines(r.output).map(l => `  ${l}`),
		`exit: ${r.status}`,
		...(r.dmesg.length ? ['dmesg:', ...r.dmesg.map(l => `  ${l}`)] : []),
		`taint: ${r.taint}`,
		'',
	].join('\n')).join('\n');
}

function splitLines(text: string): string[] {
	if (!text) return [];
	const lines = text.split('\n');
	if (lines.at(-1) === '') lines.pop();
	else lines[lines.length - 1] += ' (no newline at end)';
	return lines;
}

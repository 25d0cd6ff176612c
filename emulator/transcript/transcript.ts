// Transcripts: what each command of a scenario did (records read from the console by
// guest/helper-output.ts), printed as text that a person can read and diff.
import { unfinishedRecord, type CommandRecord } from '../guest/helper-output.ts';

export const UNFINISHED_LINE = '(the machine stopped during this command)';

/** The text form, one block per command. Output lines are indented, so nothing is ambiguous. */
export function formatTranscript(records: CommandRecord[]): string {
	return records.map(r => (r.unfinished ? [
		`$ ${r.command}`, UNFINISHED_LINE,
		...(r.console?.length ? ['console:', ...r.console.map(l => `  ${l}`)] : []),
		'',
	] : [
		`$ ${r.command}`,
		...splitLines(r.output).map(l => `  ${l}`),
		`exit: ${r.status}`,
		...(r.dmesg.length ? ['dmesg:', ...r.dmesg.map(l => `  ${l}`)] : []),
		`taint: ${r.taint}`,
		'',
	]).join('\n')).join('\n');
}

function splitLines(text: string): string[] {
	if (!text) return [];
	const lines = text.split('\n');
	if (lines.at(-1) === '') lines.pop();
	else lines[lines.length - 1] += ' (no newline at end)';
	return lines;
}

/**
 * Read the text form back (a golden file: `#` header lines are skipped). Output lines lose their
 * indent; `(no newline at end)` is kept as text, so formatting again gives the same text.
 */
export function parseFormatted(text: string): CommandRecord[] {
	const records: CommandRecord[] = [];
	let r: CommandRecord | undefined, section: 'output' | 'dmesg' | 'console' = 'output';
	const out: string[] = [];
	const close = () => {
		if (!r) return;
		if (!r.unfinished) r.output = out.length ? out.join('\n') + '\n' : '';
		records.push(r);
		r = undefined;
		out.length = 0;
	};
	for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
		if (!r && line.startsWith('#')) continue;
		if (line.startsWith('$ ')) {
			close();
			r = { command: line.slice(2), output: '', status: 0, dmesg: [], taint: '' };
			section = 'output';
		} else if (!r) continue;
		else if (line === UNFINISHED_LINE) Object.assign(r, unfinishedRecord(r.command));
		else if (line.startsWith('exit: ')) r.status = Number(line.slice(6));
		else if (line === 'dmesg:') section = 'dmesg';
		else if (line === 'console:' && r.unfinished) section = 'console';
		else if (line.startsWith('taint: ')) r.taint = line.slice(7);
		else if (line.startsWith('  ')) (section === 'output' ? out : section === 'dmesg' ? r.dmesg : r.console!).push(line.slice(2));
	}
	close();
	return records;
}

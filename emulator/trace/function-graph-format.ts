// ftrace's function_graph output (kernel/trace/trace_functions_graph.c): the CPU column, the
// duration with its overhead mark, the indented call, and the banner of a task switch.
import { MAX_ERRNO, errnoName } from './errno.ts';

export interface GraphLine {
	/** Nanoseconds, for a leaf or a return; none for an entry with children. */
	time?: bigint;
	depth: number;
	text: string;
}

/** The board has one CPU. */
const CPU = ' 0) ';

export const graphHeader = (): string[] => [
	'# tracer: function_graph',
	'#',
	'# CPU  DURATION                  FUNCTION CALLS',
	'# |     |   |                     |   |   |   |',
];

/** ftrace's mark of a long call: + over 10 us, ! over 100 us, # over 1 ms, * 10 ms, @ 100 ms, $ 1 s. */
function mark(ns: bigint): string {
	const marks: [bigint, string][] = [[1_000_000_000n, '$'], [100_000_000n, '@'], [10_000_000n, '*'], [1_000_000n, '#'], [100_000n, '!'], [10_000n, '+']];
	return marks.find(([limit]) => ns > limit)?.[1] ?? ' ';
}

/** `12.345 us` padded to the column: at most 7 digits, the nanoseconds cut to fit. */
function durationColumn(ns: bigint): string {
	const us = (ns / 1000n).toString();
	let text = us;
	if (us.length < 7) text += `.${(ns % 1000n).toString().padStart(3, '0').slice(0, Math.min(4, 7 - us.length))}`;
	return `${mark(ns)} ${text} us ${' '.repeat(Math.max(0, 8 - text.length))}`;
}

export function renderGraphLine(line: GraphLine): string {
	const time = line.time === undefined ? ' '.repeat(14) : durationColumn(line.time);
	return `${CPU}${time}|  ${'  '.repeat(line.depth)}${line.text}`;
}

/**
 * A return value as funcgraph-retval prints it: 0x0, an error as a negative number (an int's,
 * sign-extended from 32 bits), anything else in hex; kobox names the errno after the number.
 */
export function retval(value: bigint): string {
	if (value === 0n) return '0x0';
	const err = (value & (1n << 31n)) && value >> 32n === 0n ? BigInt.asIntN(32, value) : BigInt.asIntN(64, value);
	if (err < 0n && err >= -BigInt(MAX_ERRNO)) {
		const name = errnoName(Number(-err));
		return name ? `${err} ${name}` : String(err);
	}
	return `0x${value.toString(16)}`;
}

/** comm (7 characters at most) and pid, centred in 14 columns. */
function proc(name: string, pid: number): string {
	const text = `${name.slice(0, 7)}-${pid}`;
	const spaces = Math.max(0, 14 - text.length);
	return `${' '.repeat(spaces >> 1)}${text}${' '.repeat(spaces - (spaces >> 1))}`;
}

export interface Proc { comm: string; pid: number }

/** The banner ftrace prints when the next line is another task's. */
export const taskSwitch = (from: Proc, to: Proc): string[] => [
	' ------------------------------------------',
	`${CPU}${proc(from.comm, from.pid)} => ${proc(to.comm, to.pid)}`,
	' ------------------------------------------',
	'',
];

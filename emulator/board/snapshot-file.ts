// What a board's state is (a snapshot), and the same as bytes, to keep in a file and restore in
// another process (the boot cache): a header line, the devices' and the board's state as JSON, the
// CPU state, then the pages of RAM that are not all zero.
import type { CpuContext, Unicorn } from '../cpu/unicorn.ts';
import type { KernelFault } from './fault-report.ts';
import type { TimerState } from './generic-timer.ts';
import type { GicState } from './gic-v2.ts';
import type { RtcState } from './goldfish-rtc.ts';
import type { UartState } from './pl011-uart.ts';

/** Everything that makes up a running board's state, to go back to it with restore(). */
export interface BoardSnapshot {
	readonly cpu: CpuContext;
	readonly ram: Buffer;
	readonly clock: bigint;
	readonly rtc: RtcState;
	readonly uart: UartState;
	readonly gic: GicState;
	readonly timer: TimerState;
	readonly maskedSlice: number;
	readonly wfiSteps: number;
	readonly console: string;
	readonly panicked: boolean;
	readonly lastKernelFault?: KernelFault;
}

const MAGIC = 'kobox board snapshot 1\n';
const PAGE = 4096;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** bigints travel as { "$bigint": "123" }; everything else in a snapshot's state is plain JSON. */
const encodeBigints = (_key: string, value: unknown) => (typeof value === 'bigint' ? { $bigint: value.toString() } : value);
const decodeBigints = (_key: string, value: Json) =>
	(value && typeof value === 'object' && !Array.isArray(value) && typeof value.$bigint === 'string' ? BigInt(value.$bigint) : value);

export function encodeSnapshot(s: BoardSnapshot): Buffer {
	const { cpu, ram, ...state } = s;
	const cpuState = cpu.cpuState();
	const pages: number[] = [];
	const blank = Buffer.alloc(PAGE);
	for (let page = 0; page * PAGE < ram.length; page++)
		if (ram.compare(blank, 0, PAGE, page * PAGE, (page + 1) * PAGE) !== 0) pages.push(page);
	const header = Buffer.from(JSON.stringify({ state, ramSize: ram.length, cpuBytes: cpuState.length, pages }, encodeBigints));
	const length = Buffer.alloc(4);
	length.writeUInt32LE(header.length);
	return Buffer.concat([Buffer.from(MAGIC), length, header, cpuState, ...pages.map(p => ram.subarray(p * PAGE, (p + 1) * PAGE))]);
}

interface Header { state: SnapshotState; ramSize: number; cpuBytes: number; pages: number[] }

/** A snapshot's state besides RAM. */
export type SnapshotState = Omit<BoardSnapshot, 'ram'>;

/**
 * Read a snapshot file: its pages go into `ram` (all zero before: the pages the file does not
 * hold are zero), its CPU state into a context of `cpu`'s engine. Throws on a damaged file.
 */
export function decodeSnapshot(data: Buffer, cpu: Unicorn, ram: Buffer): SnapshotState {
	if (data.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a kobox board snapshot');
	let at = MAGIC.length;
	const headerLength = data.readUInt32LE(at);
	at += 4;
	const h = JSON.parse(data.toString('utf8', at, at + headerLength), decodeBigints) as Omit<Header, 'state'> & { state: Omit<SnapshotState, 'cpu'> };
	at += headerLength;
	if (h.ramSize !== ram.length) throw new Error(`a snapshot of a board with ${h.ramSize >> 20} MiB of RAM, not ${ram.length >> 20} MiB`);
	if (data.length !== at + h.cpuBytes + h.pages.length * PAGE) throw new Error('a kobox board snapshot of the wrong size');
	const context = cpu.loadContext(data.subarray(at, at + h.cpuBytes));
	at += h.cpuBytes;
	for (const page of h.pages) {
		data.copy(ram, page * PAGE, at, at + PAGE);
		at += PAGE;
	}
	return { ...h.state, cpu: context };
}

// What a board's state is (a snapshot), and the same as bytes, to keep in a file and restore in
// another process (the boot cache): a header line, the devices' and the board's state as JSON, the
// CPU state, then the pages of RAM that are not all zero.
import type { CpuContext, Unicorn } from '../cpu/unicorn.ts';
import type { Arch } from '../paths.ts';
import type { KernelFault } from './fault-report.ts';
import type { TimerState } from './generic-timer.ts';
import type { GicState } from './gic-v2.ts';
import type { RtcState } from './goldfish-rtc.ts';
import type { UartState } from './pl011-uart.ts';
import type { Pl061State } from './pl061-gpio.ts';
import { PAGE, RamImage } from './ram-image.ts';
import type { OpenSlice } from './debug-control.ts';

/** Everything that makes up a running board's state, to go back to it with restore(). */
export interface BoardSnapshot {
	/** The CPU the state is of: a snapshot restores only into a board of the same architecture. */
	readonly arch: Arch;
	readonly cpu: CpuContext;
	readonly ram: RamImage;
	readonly clock: bigint;
	readonly rtc: RtcState;
	readonly uart: UartState;
	readonly gic: GicState;
	readonly timer: TimerState;
	/** The 32-bit board's GPIO controller. */
	readonly gpio?: Pl061State;
	/** Instructions the CPU retired (the virtual clock's source; `clock` is the time slept besides). */
	readonly instructions: bigint;
	readonly console: string;
	/** How much of the pause marker the console has shown (see BoardOptions.pauseOn). */
	readonly pauseMatched?: number;
	/** The last instruction cache line invalidated, while no other maintenance has come since (instruction-cache.ts). */
	readonly icacheLastLine?: bigint;
	/** The slice a debugger stopped the board in (see debug-control.ts). */
	readonly open?: OpenSlice;
	readonly panicked: boolean;
	readonly lastKernelFault?: KernelFault;
}

// 3: the CPU state from where Unicorn's context holds it (2's began 4 bytes late, without
// AArch32's r0).
const MAGIC = 'kobox board snapshot 3\n';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** bigints travel as { "$bigint": "123" }; everything else in a snapshot's state is plain JSON. */
const encodeBigints = (_key: string, value: unknown) => (typeof value === 'bigint' ? { $bigint: value.toString() } : value);
const decodeBigints = (_key: string, value: Json) =>
	(value && typeof value === 'object' && !Array.isArray(value) && typeof value.$bigint === 'string' ? BigInt(value.$bigint) : value);

export function encodeSnapshot(s: BoardSnapshot): Buffer {
	const { cpu, ram, ...state } = s;
	const cpuState = cpu.cpuState();
	const header = Buffer.from(JSON.stringify({ state, ramSize: ram.size, cpuBytes: cpuState.length, pages: [...ram.pages] }, encodeBigints));
	const length = Buffer.alloc(4);
	length.writeUInt32LE(header.length);
	return Buffer.concat([Buffer.from(MAGIC), length, header, cpuState, ram.data]);
}

interface Header { state: Omit<BoardSnapshot, 'cpu' | 'ram'>; ramSize: number; cpuBytes: number; pages: number[] }

/**
 * Read a snapshot file: its pages go into RAM through `writeRam` (all zero before: the pages the
 * file does not hold are zero), its CPU state into a context of `cpu`'s engine. The snapshot's RAM image is the
 * file's own bytes. Throws on a damaged file.
 */
export function decodeSnapshot(data: Buffer, cpu: Unicorn, ramSize: number, writeRam: (offset: number, bytes: Buffer) => void): BoardSnapshot {
	if (data.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a kobox board snapshot');
	let at = MAGIC.length;
	const headerLength = data.readUInt32LE(at);
	at += 4;
	const h = JSON.parse(data.toString('utf8', at, at + headerLength), decodeBigints) as Header;
	at += headerLength;
	// Files from before 32-bit ARM are arm64's.
	const arch = h.state.arch ?? 'arm64';
	if (arch !== cpu.arch) throw new Error(`a snapshot of an ${arch} board, not of an ${cpu.arch} one`);
	if (h.ramSize !== ramSize) throw new Error(`a snapshot of a board with ${h.ramSize >> 20} MiB of RAM, not ${ramSize >> 20} MiB`);
	if (data.length !== at + h.cpuBytes + h.pages.length * PAGE) throw new Error('a kobox board snapshot of the wrong size');
	const pages = Uint32Array.from(h.pages);
	if (pages.some((p, i) => (p + 1) * PAGE > ramSize || (i > 0 && p <= pages[i - 1])))
		throw new Error('a kobox board snapshot with pages out of order or outside RAM');
	const context = cpu.loadContext(data.subarray(at, at + h.cpuBytes));
	at += h.cpuBytes;
	const image = new RamImage(ramSize, pages, data.subarray(at));
	for (let i = 0, j; i < pages.length; i = j) {	// runs of consecutive pages at a time
		for (j = i + 1; j < pages.length && pages[j] === pages[j - 1] + 1; j++)
			;
		writeRam(pages[i] * PAGE, image.data.subarray(i * PAGE, j * PAGE));
	}
	return { ...h.state, arch, cpu: context, ram: image };
}

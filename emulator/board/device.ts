import type { DtNode } from '../boot/device-tree.ts';
import type { MmioHandler } from '../cpu/unicorn.ts';
import type { Region } from './memory-map.ts';

/** A memory-mapped device: register reads and writes, and the device tree node that describes it. */
export interface MmioDevice extends MmioHandler {
	describe(parent: DtNode, region: Region): void;
}

/** `reg = <base size>` with two address and two size cells, as the board's root node declares. */
export function regProp(base: bigint, size: bigint | number): number[] {
	const s = BigInt(size);
	return [Number(base >> 32n), Number(base & 0xffffffffn), Number(s >> 32n), Number(s & 0xffffffffn)];
}

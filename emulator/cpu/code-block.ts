// A translation block as the instruction counter sees it, and where its instructions are: every
// 4 bytes in AArch64 and A32 code, at 2- or 4-byte steps in T32 (Thumb) code, where the length of
// each instruction is in its first halfword.
import { readVirtual } from './address-translation.ts';
import type { Unicorn } from './unicorn.ts';

export interface Block { pc: bigint; insns: number; thumb: boolean }

/** A T32 instruction whose first halfword starts 0b11101, 0b11110 or 0b11111 is 32 bits long. */
export const thumbLength = (halfword: number) => ((halfword >> 11) >= 0x1d ? 4 : 2);

/** The number of Thumb instructions that start in `code` (which begins at an instruction). */
export function countThumb(code: Uint8Array): number {
	let n = 0;
	for (let at = 0; at + 1 < code.length; at += thumbLength(code[at] | (code[at + 1] << 8))) n++;
	return n;
}

/** The addresses of `block`'s instructions; undefined if its Thumb code cannot be read. */
export function blockInstructions(cpu: Unicorn, block: Block): bigint[] | undefined {
	if (!block.thumb) return Array.from({ length: block.insns }, (_, i) => block.pc + 4n * BigInt(i));
	// At most 4 bytes each: read as much, within the block's page (a block never leaves it).
	const room = Math.min(4 * block.insns, 0x1000 - Number(block.pc & 0xfffn));
	const code = readVirtual(cpu, block.pc, room);
	if (!code) return undefined;
	const out: bigint[] = [];
	for (let at = 0; out.length < block.insns && at + 1 < code.length; at += thumbLength(code.readUInt16LE(at))) out.push(block.pc + BigInt(at));
	return out;
}

/** How many of `block`'s instructions come before `pc`; undefined if its Thumb code cannot be read. */
export function instructionsBefore(cpu: Unicorn, block: { pc: bigint; thumb: boolean }, pc: bigint): number | undefined {
	if (!block.thumb) return Number((pc - block.pc) / 4n);
	if (pc <= block.pc) return 0;
	const code = readVirtual(cpu, block.pc, Number(pc - block.pc));
	return code && countThumb(code);
}

// Walk an AArch32 guest's short-descriptor page tables (ARM DDI 0406C, B3.5) to turn a virtual
// address into a physical one: Unicorn's memory calls take physical addresses, and the host reads
// the guest's instructions and data as the CPU sees them (wfi, fault reports, traces). TTBCR.N
// splits the space between TTBR0 and TTBR1; first-level sections (1 MiB) and supersections
// (16 MiB), second-level small (4 KiB) and large (64 KiB) pages. The long-descriptor format
// (TTBCR.EAE, LPAE) is not walked: Debian's armmp kernel, which kobox's follows, does not use it.
import { Cp15, SCTLR_M } from './arm-registers.ts';
import type { Unicorn } from './unicorn.ts';

const TTBCR_EAE = 1n << 31n;

/** What the walker reads: a cp15 register, and 4 bytes of physical memory (undefined if not RAM). */
export interface ShortWalkSource {
	cp15(r: typeof Cp15[keyof typeof Cp15]): bigint;
	word(pa: bigint): number | undefined;
}

export const cpuWalkSource = (cpu: Unicorn): ShortWalkSource => ({
	cp15: r => cpu.cp15(r),
	word: pa => { const w = cpu.readWord(pa, 4); return w === undefined ? undefined : Number(w); },
});

/** The physical address of `va`, or undefined if the tables do not map it (or use LPAE). */
export function translateShort(source: ShortWalkSource, va: bigint): bigint | undefined {
	va &= 0xffff_ffffn;
	if ((source.cp15(Cp15.SCTLR) & SCTLR_M) === 0n) return va;
	const ttbcr = source.cp15(Cp15.TTBCR);
	if (ttbcr & TTBCR_EAE) return undefined;
	const n = Number(ttbcr & 7n);
	const useTtbr1 = n > 0 && (va >> BigInt(32 - n)) !== 0n;
	const ttbr = source.cp15(useTtbr1 ? Cp15.TTBR1 : Cp15.TTBR0) & 0xffff_ffffn;
	// TTBR0's table shrinks with N (it covers the low 2^(32-N) bytes); TTBR1's is always 16 KiB.
	const tableBits = useTtbr1 ? 14 : 14 - n;
	const base = ttbr & ~((1n << BigInt(tableBits)) - 1n);
	const indexMask = useTtbr1 ? 0xfffn : (1n << BigInt(12 - n)) - 1n;
	const first = source.word(base + ((va >> 20n) & indexMask) * 4n);
	if (first === undefined) return undefined;
	const l1 = BigInt(first);
	switch (first & 3) {
	case 0: return undefined;
	case 1: return secondLevel(source, (l1 & 0xffff_fc00n) + ((va >> 12n) & 0xffn) * 4n, va);
	default:
		if (l1 & (1n << 18n)) {
			// Supersection: PA[31:24], with PA[35:32] in bits 23:20 and PA[39:36] in bits 8:5.
			const high = (((l1 >> 20n) & 0xfn) << 32n) | (((l1 >> 5n) & 0xfn) << 36n);
			return high | (l1 & 0xff00_0000n) | (va & 0x00ff_ffffn);
		}
		return (l1 & 0xfff0_0000n) | (va & 0x000f_ffffn);
	}
}

function secondLevel(source: ShortWalkSource, at: bigint, va: bigint): bigint | undefined {
	const second = source.word(at);
	if (second === undefined) return undefined;
	const l2 = BigInt(second);
	switch (second & 3) {
	case 0: return undefined;
	case 1: return (l2 & 0xffff_0000n) | (va & 0xffffn); // large page
	default: return (l2 & 0xffff_f000n) | (va & 0xfffn); // small page
	}
}

// The host's AArch32 short-descriptor page walker (cpu/arm-address-translation.ts): on tables built
// by hand, and against the CPU itself, which loads through the same tables.
import { afterEach, describe, expect, it } from 'vitest';
import { Cp15, type Cp15Reg } from '../../emulator/cpu/arm-registers.ts';
import { translateShort, type ShortWalkSource } from '../../emulator/cpu/arm-address-translation.ts';
import { translate } from '../../emulator/cpu/address-translation.ts';
import { Unicorn } from '../../emulator/cpu/unicorn.ts';
import { arm, image } from '../helpers/arm-code.ts';

const L1 = 0x4000_4000n; // TTBR1's table (and TTBR0's when N = 0): 16 KiB aligned
const L1_SMALL = 0x4000_1000n; // TTBR0's table when N = 2: 4 KiB
const L2 = 0x4000_8000n; // a second-level table (1 KiB aligned)

/** The tables: word address -> descriptor. */
function tables(): Map<bigint, number> {
	const t = new Map<bigint, number>();
	const l1 = (va: number, desc: number) => t.set(L1 + BigInt(va >>> 20) * 4n, desc >>> 0);
	l1(0x4000_0000, 0x4000_0000 | (3 << 10) | 2); // section, flat
	l1(0xc000_0000, 0x4010_0000 | (3 << 10) | 2); // section: 0xc0000000 -> 0x40100000
	// A supersection at 0x80000000 (16 entries alike) to PA 0x2_4100_0000: PA[35:32] in bits 23:20.
	for (let i = 0; i < 16; i++) l1(0x8000_0000 + (i << 20), 0x4100_0000 | (2 << 20) | (1 << 18) | 2);
	l1(0xb000_0000, Number(L2) | 1); // a page table
	t.set(L2 + 0x12n * 4n, 0x4020_3000 | 2); // small page: 0xb0012000 -> 0x40203000
	// A large page (64 KiB, 16 entries alike): 0xb0020000 -> 0x40300000.
	for (let i = 0x20; i < 0x30; i++) t.set(L2 + BigInt(i) * 4n, 0x4030_0000 | 1);
	t.set(L1_SMALL + 0x001n * 4n, 0x4050_0000 | (3 << 10) | 2); // TTBR0 with N = 2: 0x00100000 -> 0x40500000
	return t;
}

function source(regs: { sctlr?: bigint; ttbcr?: bigint; ttbr0?: bigint; ttbr1?: bigint }, mem = tables()): ShortWalkSource {
	const value = new Map<Cp15Reg, bigint>([
		[Cp15.SCTLR, regs.sctlr ?? 1n], [Cp15.TTBCR, regs.ttbcr ?? 0n], [Cp15.TTBR0, regs.ttbr0 ?? L1], [Cp15.TTBR1, regs.ttbr1 ?? L1],
	]);
	return { cp15: r => value.get(r) ?? 0n, word: pa => mem.get(pa) ?? 0 };
}

describe('the short-descriptor page walker', () => {
	const walk = (va: number, regs = {}) => translateShort(source(regs), BigInt(va));

	it('maps sections, supersections (with their PA above 4 GiB), small and large pages', () => {
		expect(walk(0x4001_2345)).toBe(0x4001_2345n);
		expect(walk(0xc005_4321)).toBe(0x4015_4321n);
		expect(walk(0x80ab_cdef)).toBe(0x2_41ab_cdefn);
		expect(walk(0xb001_2abc)).toBe(0x4020_3abcn);
		expect(walk(0xb002_5678)).toBe(0x4030_5678n);
	});

	it('finds no mapping behind a fault entry at either level', () => {
		expect(walk(0x1000_0000)).toBeUndefined();
		expect(walk(0xb001_3000)).toBeUndefined();
	});

	it('splits the space at 2^(32-N) between TTBR0 and TTBR1 (TTBCR.N)', () => {
		const split = { ttbcr: 2n, ttbr0: L1_SMALL, ttbr1: L1 };
		expect(walk(0x0010_0abc, split)).toBe(0x4050_0abcn);
		expect(walk(0x4001_2345, split)).toBe(0x4001_2345n); // TTBR1's, at its full index
		expect(walk(0xc005_4321, split)).toBe(0x4015_4321n);
		expect(walk(0x0010_0abc)).toBeUndefined(); // N = 0: TTBR0's big table has nothing there
	});

	it('is flat with the MMU off, and gives up on long descriptors (TTBCR.EAE)', () => {
		expect(walk(0x1234_5678, { sctlr: 0n })).toBe(0x1234_5678n);
		expect(walk(0x4001_2345, { ttbcr: 1n << 31n })).toBeUndefined();
	});
});

describe('the walker against the CPU', () => {
	let cpu: Unicorn;
	afterEach(() => cpu?.close());

	it('finds where the CPU loads each address from', () => {
		cpu = new Unicorn('arm');
		cpu.mapRam(0x4000_0000n, 0x60_0000);
		const code = image([
			arm(0x600, [
				0xe5901000, // ldr r1, [r0]
				0xe320f003, // wfi
			]),
		], 0x1000);
		cpu.writeMemory(0x4000_0000n, code);
		const word = Buffer.alloc(4);
		for (const [pa, desc] of tables()) {
			word.writeUInt32LE(desc);
			cpu.writeMemory(pa, word);
		}
		cpu.setCp15(Cp15.TTBR0, L1);
		cpu.setCp15(Cp15.TTBCR, 0);
		cpu.setCp15(Cp15.DACR, 0xffff_ffff); // manager: no permission checks
		cpu.setCp15(Cp15.SCTLR, cpu.cp15(Cp15.SCTLR) | 1n);
		// Each address the CPU can reach (not the supersection's, above 4 GiB) holds a word of its own.
		const vas = [0x4001_2344n, 0xc005_4320n, 0xb001_2abcn, 0xb002_5678n];
		vas.forEach((va, i) => {
			const pa = translate(cpu, va)!;
			word.writeUInt32LE(0x1111_0000 + i);
			cpu.writeMemory(pa, word);
		});
		vas.forEach((va, i) => {
			cpu.setR(0, va);
			expect(cpu.run(0x4000_0600n, 0)).toBe(0);
			expect(cpu.r(1)).toBe(BigInt(0x1111_0000 + i));
		});
	});
});

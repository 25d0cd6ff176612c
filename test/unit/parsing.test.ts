import { describe, expect, it } from 'vitest';
import { parseMemorySize } from '../../emulator/board/memory-size.ts';
import { SymbolTable } from '../../emulator/boot/symbols.ts';
import { loadKernelImage } from '../../emulator/boot/kernel-image.ts';
import { testGuest } from '../helpers/build-guests.ts';

describe('parseMemorySize', () => {
	it('reads sizes the way QEMU -m does', () => {
		expect(parseMemorySize('128M')).toBe(128 << 20);
		expect(parseMemorySize('1G')).toBe(1 << 30);
		expect(parseMemorySize('256')).toBe(256 << 20);
		expect(parseMemorySize('64MiB')).toBe(64 << 20);
	});

	it('refuses nonsense, tiny, huge and unaligned sizes', () => {
		for (const bad of ['lots', '1M', '8G', '3000K', '-5M']) expect(() => parseMemorySize(bad)).toThrow();
	});
});

describe('SymbolTable', () => {
	const sym = (name: string, value: bigint, size: number) => ({ name, value, size, type: 2, bind: 1, shndx: 1 });
	const table = new SymbolTable([sym('b', 0x1100n, 0x20), sym('a', 0x1000n, 0x40), sym('$x', 0x1000n, 0)]);

	it('names an address as symbol+0xoff/0xsize, like %pS: the size runs to the next symbol, as kallsyms has it', () => {
		expect(table.format(0x1010n)).toBe('a+0x10/0x100');
		expect(table.format(0x1100n)).toBe('b+0x0/0x20');
		expect(table.format(0x1120n)).toBe('0x1120');
	});

	it('ignores mapping symbols and finds addresses by name', () => {
		expect(table.lookup(0x1000n)?.name).toBe('a');
		expect(table.address('b')).toBe(0x1100n);
		expect(table.format(0x10n)).toBe('0x10');
	});
});

describe('loadKernelImage', () => {
	it('finds the physical entry point and the symbols of an ELF', () => {
		const image = loadKernelImage(testGuest('exceptions'));
		expect(image.entry).toBe(0x4020_0000n);
		expect(image.symbols.address('_start')).toBe(0x4020_0000n);
		expect(image.end).toBeGreaterThan(image.symbols.address('ustack_top')! - 1n);
	});

	it('refuses a file that is not an ELF', () => {
		expect(() => loadKernelImage(new URL(import.meta.url).pathname)).toThrow(/not an ELF/);
	});
});

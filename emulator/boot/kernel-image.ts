// Load the guest kernel ELF the way a bootloader loads an image: segments at their physical addresses.
import { readFileSync } from 'node:fs';
import type { Arch } from '../paths.ts';
import { ElfFile, PT_LOAD } from './elf.ts';
import { SymbolTable } from './symbols.ts';

export interface KernelImage {
	path: string;
	/** Physical address to start at. */
	entry: bigint;
	/** Physical end of the image, bss included. */
	end: bigint;
	segments: { paddr: bigint; data: Buffer; memsz: number }[];
	/** Read from the ELF the first time it is asked for (fault reports, tracing). */
	readonly symbols: SymbolTable;
}

/** A kernel ELF for `arch`: AArch64 (ELFCLASS64, EM_AARCH64), or 32-bit ARM (ELFCLASS32, EM_ARM). */
export function loadKernelImage(path: string, arch: Arch = 'arm64'): KernelImage {
	const elf = new ElfFile(readFileSync(path), path);
	if (arch === 'arm' ? !elf.isArm() : !elf.isAarch64())
		throw new Error(`${path}: not ${arch === 'arm' ? 'a 32-bit ARM' : 'an AArch64'} kernel`);
	const loads = elf.programHeaders.filter(p => p.type === PT_LOAD && p.memsz > 0);
	if (!loads.length) throw new Error(`${path}: no loadable segments`);
	const home = loads.find(p => elf.entry >= p.vaddr && elf.entry < p.vaddr + BigInt(p.memsz));
	if (!home) throw new Error(`${path}: entry point 0x${elf.entry.toString(16)} is outside every segment`);
	let symbols: SymbolTable | undefined;
	return {
		path,
		entry: elf.entry - home.vaddr + home.paddr,
		end: loads.reduce((m, p) => (p.paddr + BigInt(p.memsz) > m ? p.paddr + BigInt(p.memsz) : m), 0n),
		segments: loads.map(p => ({ paddr: p.paddr, data: elf.data.subarray(p.offset, p.offset + p.filesz), memsz: p.memsz })),
		get symbols() { return symbols ??= new SymbolTable(elf.symbols()); },
	};
}

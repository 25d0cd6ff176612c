// A reader for little-endian ELF files, 64-bit (ELFCLASS64) and 32-bit (ELFCLASS32): enough to load
// a kernel and read its symbols. The two classes differ only in field widths and order; addresses
// come out as bigints either way.
export interface ProgramHeader { type: number; flags: number; offset: number; vaddr: bigint; paddr: bigint; filesz: number; memsz: number }
export interface SectionHeader { name: string; type: number; flags: bigint; addr: bigint; offset: number; size: number; link: number; entsize: number }
export interface ElfSymbol { name: string; value: bigint; size: number; type: number; bind: number; shndx: number }

export const PT_LOAD = 1;
export const SHT_SYMTAB = 2;
export const STT_FUNC = 2;
export const STT_OBJECT = 1;
const EM_ARM = 40;
const EM_AARCH64 = 183;
const ELFCLASS32 = 1, ELFCLASS64 = 2;

export class ElfFile {
	readonly entry: bigint;
	readonly machine: number;
	/** ELFCLASS32 or ELFCLASS64. */
	readonly is64: boolean;
	readonly programHeaders: ProgramHeader[] = [];
	readonly sections: SectionHeader[] = [];

	constructor(readonly data: Buffer, readonly path = '<memory>') {
		if (data.length < 52 || data.readUInt32BE(0) !== 0x7f454c46) throw new Error(`${path}: not an ELF file`);
		if ((data[4] !== ELFCLASS64 && data[4] !== ELFCLASS32) || data[5] !== 1 || (data[4] === ELFCLASS64 && data.length < 64))
			throw new Error(`${path}: not a little-endian 32- or 64-bit ELF file`);
		this.is64 = data[4] === ELFCLASS64;
		this.machine = data.readUInt16LE(18);
		if (this.is64) this.entry = data.readBigUInt64LE(24);
		else this.entry = BigInt(data.readUInt32LE(24));
		const u = (o: number) => (this.is64 ? Number(data.readBigUInt64LE(o)) : data.readUInt32LE(o));
		const a = (o: number) => (this.is64 ? data.readBigUInt64LE(o) : BigInt(data.readUInt32LE(o)));
		// e_phoff and e_shoff, then the 16-bit counts: at 32/40 and 52.. in ELF64, 28/32 and 42.. in ELF32.
		const phoff = u(this.is64 ? 32 : 28), shoff = u(this.is64 ? 40 : 32);
		const half = this.is64 ? 54 : 42;
		const phentsize = data.readUInt16LE(half), phnum = data.readUInt16LE(half + 2);
		const shentsize = data.readUInt16LE(half + 4), shnum = data.readUInt16LE(half + 6), shstrndx = data.readUInt16LE(half + 8);
		if (phoff + phnum * phentsize > data.length || shoff + shnum * shentsize > data.length)
			throw new Error(`${path}: truncated ELF file: its ${phoff + phnum * phentsize > data.length ? 'program' : 'section'} headers end past its ${data.length} bytes`);
		for (let i = 0; i < phnum; i++) {
			const o = phoff + i * phentsize;
			this.programHeaders.push(this.is64 ? {
				type: data.readUInt32LE(o), flags: data.readUInt32LE(o + 4), offset: u(o + 8),
				vaddr: a(o + 16), paddr: a(o + 24), filesz: u(o + 32), memsz: u(o + 40),
			} : {
				type: data.readUInt32LE(o), offset: u(o + 4), vaddr: a(o + 8), paddr: a(o + 12),
				filesz: u(o + 16), memsz: u(o + 20), flags: data.readUInt32LE(o + 24),
			});
		}
		const raw = [];
		for (let i = 0; i < shnum; i++) {
			const o = shoff + i * shentsize;
			raw.push(this.is64 ? {
				nameOff: data.readUInt32LE(o), type: data.readUInt32LE(o + 4), flags: a(o + 8),
				addr: a(o + 16), offset: u(o + 24), size: u(o + 32), link: data.readUInt32LE(o + 40), entsize: u(o + 56),
			} : {
				nameOff: data.readUInt32LE(o), type: data.readUInt32LE(o + 4), flags: a(o + 8),
				addr: a(o + 12), offset: u(o + 16), size: u(o + 20), link: data.readUInt32LE(o + 24), entsize: u(o + 36),
			});
		}
		const names = raw[shstrndx];
		for (const s of raw) this.sections.push({ ...s, name: names ? this.cString(names.offset + s.nameOff) : '' });
	}

	isAarch64(): boolean { return this.is64 && this.machine === EM_AARCH64; }
	/** A 32-bit ARM (AArch32) file. */
	isArm(): boolean { return !this.is64 && this.machine === EM_ARM; }

	cString(offset: number): string {
		const end = this.data.indexOf(0, offset);
		return this.data.toString('latin1', offset, end < 0 ? this.data.length : end);
	}

	/** Elf64_Sym is 24 bytes (name, info, other, shndx, value, size); Elf32_Sym 16 (name, value, size, info, other, shndx). */
	symbols(): ElfSymbol[] {
		const symtab = this.sections.find(s => s.type === SHT_SYMTAB);
		if (!symtab) return [];
		const strtab = this.sections[symtab.link];
		const d = this.data, size = this.is64 ? 24 : 16;
		const out: ElfSymbol[] = [];
		for (let o = symtab.offset; o + size <= symtab.offset + symtab.size; o += size) {
			const info = d[o + (this.is64 ? 4 : 12)];
			out.push({
				name: this.cString(strtab.offset + d.readUInt32LE(o)), type: info & 0xf, bind: info >> 4,
				shndx: d.readUInt16LE(o + (this.is64 ? 6 : 14)),
				value: this.is64 ? d.readBigUInt64LE(o + 8) : BigInt(d.readUInt32LE(o + 4)),
				size: this.is64 ? Number(d.readBigUInt64LE(o + 16)) : d.readUInt32LE(o + 8),
			});
		}
		return out;
	}
}

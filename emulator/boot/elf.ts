// A reader for 64-bit little-endian ELF files: enough to load a kernel and read its symbols.
export interface ProgramHeader { type: number; flags: number; offset: number; vaddr: bigint; paddr: bigint; filesz: number; memsz: number }
export interface SectionHeader { name: string; type: number; flags: bigint; addr: bigint; offset: number; size: number; link: number; entsize: number }
export interface ElfSymbol { name: string; value: bigint; size: number; type: number; bind: number; shndx: number }

export const PT_LOAD = 1;
export const SHT_SYMTAB = 2;
export const STT_FUNC = 2;
export const STT_OBJECT = 1;
const EM_AARCH64 = 183;

export class ElfFile {
	readonly entry: bigint;
	readonly machine: number;
	readonly programHeaders: ProgramHeader[] = [];
	readonly sections: SectionHeader[] = [];

	constructor(readonly data: Buffer, readonly path = '<memory>') {
		if (data.length < 64 || data.readUInt32BE(0) !== 0x7f454c46) throw new Error(`${path}: not an ELF file`);
		if (data[4] !== 2 || data[5] !== 1) throw new Error(`${path}: not a 64-bit little-endian ELF file`);
		this.machine = data.readUInt16LE(18);
		this.entry = data.readBigUInt64LE(24);
		const phoff = Number(data.readBigUInt64LE(32)), shoff = Number(data.readBigUInt64LE(40));
		const phentsize = data.readUInt16LE(54), phnum = data.readUInt16LE(56);
		const shentsize = data.readUInt16LE(58), shnum = data.readUInt16LE(60), shstrndx = data.readUInt16LE(62);
		for (let i = 0; i < phnum; i++) {
			const o = phoff + i * phentsize;
			this.programHeaders.push({
				type: data.readUInt32LE(o), flags: data.readUInt32LE(o + 4), offset: Number(data.readBigUInt64LE(o + 8)),
				vaddr: data.readBigUInt64LE(o + 16), paddr: data.readBigUInt64LE(o + 24),
				filesz: Number(data.readBigUInt64LE(o + 32)), memsz: Number(data.readBigUInt64LE(o + 40)),
			});
		}
		const raw = [];
		for (let i = 0; i < shnum; i++) {
			const o = shoff + i * shentsize;
			raw.push({
				nameOff: data.readUInt32LE(o), type: data.readUInt32LE(o + 4), flags: data.readBigUInt64LE(o + 8),
				addr: data.readBigUInt64LE(o + 16), offset: Number(data.readBigUInt64LE(o + 24)), size: Number(data.readBigUInt64LE(o + 32)),
				link: data.readUInt32LE(o + 40), entsize: Number(data.readBigUInt64LE(o + 56)),
			});
		}
		const names = raw[shstrndx];
		for (const s of raw) this.sections.push({ ...s, name: names ? this.cString(names.offset + s.nameOff) : '' });
	}

	isAarch64(): boolean { return this.machine === EM_AARCH64; }

	cString(offset: number): string {
		const end = this.data.indexOf(0, offset);
		return this.data.toString('latin1', offset, end < 0 ? this.data.length : end);
	}

	symbols(): ElfSymbol[] {
		const symtab = this.sections.find(s => s.type === SHT_SYMTAB);
		if (!symtab) return [];
		const strtab = this.sections[symtab.link];
		const out: ElfSymbol[] = [];
		for (let o = symtab.offset; o + 24 <= symtab.offset + symtab.size; o += 24) {
			const info = this.data[o + 4];
			out.push({
				name: this.cString(strtab.offset + this.data.readUInt32LE(o)), type: info & 0xf, bind: info >> 4,
				shndx: this.data.readUInt16LE(o + 6), value: this.data.readBigUInt64LE(o + 8), size: Number(this.data.readBigUInt64LE(o + 16)),
			});
		}
		return out;
	}
}

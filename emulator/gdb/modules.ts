// Modules as GDB needs them: where the kernel put each section of a module it loads, read from the
// guest when its load_module() reaches mod_sysfs_setup(mod, info), after the sections were laid
// out and relocated and before the module's init runs. info->sechdrs then holds each section's
// final address (sh_addr), the ones /sys/module/<name>/sections/ shows. The host only reads guest
// memory here; the kernel does the loading.
//
// kobox prints GDB's add-symbol-file command for each module, and serves the list of loaded
// modules as qXfer:libraries, so that GDB loads their symbols by itself (a breakpoint in a module's
// init then stops there).
//
// Both name a copy of the .ko whose sections all have address 0. `ld -r` leaves arm64 modules'
// __patchable_function_entries (ftrace's) at a non-zero address, and GDB places the sections of a
// relocatable file where it is told only if all of them are at 0: with the module as built, its
// globals and its init functions' lines come out at the wrong addresses.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { cacheDir } from '../paths.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { readVirtual } from '../cpu/address-translation.ts';
import { ElfFile } from '../boot/elf.ts';
import type { Board } from '../board/board.ts';
import type { DebugControl } from '../board/debug-control.ts';

const SHF_ALLOC = 2n;
const MODULE_NAME_LEN = 56;

/** Where the fields kobox reads sit, in a 64-bit (arm64) or 32-bit (arm) kernel and ELF file. */
interface Layout {
	/** Bytes in a pointer, and in each address field of a section header. */
	word: number;
	/** The name's offset in a module's own struct module (.gnu.linkonce.this_module): after its state and list (Debian's 6.1 layout, the modules' ABI). */
	thisModuleName: number;
	/** struct load_info (guest-kernel/kernel/module/internal.h): hdr and sechdrs, after name and mod, and after len. */
	infoHdr: number; infoSechdrs: number;
	/** The ELF header's e_shoff, e_shentsize, e_shnum and e_shstrndx; a section header's size and its sh_flags, sh_addr, sh_offset and sh_size. */
	shoff: number; shentsize: number; shnum: number; shstrndx: number;
	shdrSize: number; shFlags: number; shAddr: number; shOffset: number; shSize: number;
}

const LAYOUT64: Layout = {
	word: 8, thisModuleName: 24, infoHdr: 16, infoSechdrs: 32,
	shoff: 40, shentsize: 58, shnum: 60, shstrndx: 62, shdrSize: 64, shFlags: 8, shAddr: 16, shOffset: 24, shSize: 32,
};
const LAYOUT32: Layout = {
	word: 4, thisModuleName: 12, infoHdr: 8, infoSechdrs: 16,
	shoff: 32, shentsize: 46, shnum: 48, shstrndx: 50, shdrSize: 40, shFlags: 8, shAddr: 12, shOffset: 16, shSize: 20,
};
const layoutOf = (is64: boolean) => is64 ? LAYOUT64 : LAYOUT32;

/** A word of `layout`'s size at `offset`. */
const word = (data: Buffer, offset: number, layout: Layout) =>
	layout.word === 8 ? data.readBigUInt64LE(offset) : BigInt(data.readUInt32LE(offset));

interface Section { name: string; flags: bigint; address: bigint; size: bigint }

export interface LoadedModule {
	name: string;
	/** GDB's copy of the host's .ko (see above), when kobox knows the module's file. */
	file?: string;
	/** The guest's struct module. */
	mod: bigint;
	/** Each section of the file, in its order, with the address the kernel gave it. */
	sections: Section[];
	/** The positions of the run (see debug-control.ts) where it was loaded, and unloaded. */
	loadedAt: bigint;
	removedAt?: bigint;
}

/** A .ko's module name, as the kernel reads it from the module's struct module. */
export function moduleName(file: string): string | undefined {
	const elf = new ElfFile(readFileSync(file), file);
	const s = elf.sections.find(x => x.name === '.gnu.linkonce.this_module');
	return s && elf.cString(s.offset + layoutOf(elf.is64).thisModuleName);
}

const hex = (n: bigint) => `0x${n.toString(16)}`;

/** A copy of the .ko with every section at address 0, for GDB (see above): made once, in the cache. */
export function gdbCopy(file: string): string {
	const data = readFileSync(file);
	const copy = join(cacheDir, 'gdb', createHash('sha256').update(data).digest('hex').slice(0, 16), basename(file));
	if (existsSync(copy)) return copy;
	const l = layoutOf(new ElfFile(data, file).is64); // a .ko, not some other file
	const shoff = Number(word(data, l.shoff, l)), shentsize = data.readUInt16LE(l.shentsize), shnum = data.readUInt16LE(l.shnum);
	const out = Buffer.from(data);
	for (let i = 0; i < shnum; i++) out.fill(0, shoff + i * shentsize + l.shAddr, shoff + i * shentsize + l.shAddr + l.word);
	mkdirSync(dirname(copy), { recursive: true });
	writeFileAtomic(copy, out);
	return copy;
}

/** A path as short as it can be said from the current directory. */
const shown = (path: string) => {
	const r = relative(process.cwd(), path);
	return r && !r.startsWith('..') && !isAbsolute(r) ? r : path;
};

/** GDB's command that loads a module's symbols at the addresses the kernel gave its sections (/sys/module/NAME/sections/). */
export function addSymbolFile(m: LoadedModule): string {
	const sections = m.sections.filter(s => (s.flags & SHF_ALLOC) !== 0n && s.size > 0n);
	return `add-symbol-file ${m.file ? shown(m.file) : `${m.name}.ko`} ${sections.map(s => `-s ${s.name} ${hex(s.address)}`).join(' ')}`;
}

export class ModuleWatch {
	private readonly modules: LoadedModule[] = [];
	private readonly files = new Map<string, string>();
	private readonly layout: Layout;

	/**
	 * `files`: the modules' .ko files on the host; `changed`: told of each module the guest loads or
	 * removes, the first time; it says whether the board is to stop there for GDB. `log`: what
	 * could not be read.
	 */
	constructor(private readonly board: Board, control: DebugControl, files: string[],
		private readonly changed: (m: LoadedModule, loaded: boolean) => boolean, private readonly log: (line: string) => void) {
		for (const f of files) {
			const name = moduleName(f);
			if (name) this.files.set(name, gdbCopy(f));
		}
		this.layout = layoutOf(board.cpu.arch !== 'arm');
		const symbols = board.kernel.symbols;
		const setup = symbols.address('mod_sysfs_setup'), free = symbols.address('free_module');
		if (setup !== undefined) control.watch(setup, p => this.guarded(() => this.loading(p)));
		if (free !== undefined) control.watch(free, p => this.freeing(p));
	}

	/** A module kobox cannot read is GDB's loss, not the board's. */
	private guarded(fn: () => boolean): boolean {
		try {
			return fn();
		} catch (e) {
			this.log(`kobox: ${(e as Error).message}`);
			return false;
		}
	}

	private read(address: bigint, length: number): Buffer {
		const data = readVirtual(this.board.cpu, address, length);
		if (!data) throw new Error(`gdb: cannot read the guest's memory at ${hex(address)}`);
		return data;
	}

	private static cString(data: Buffer, offset: number): string {
		const end = data.indexOf(0, offset);
		return data.toString('latin1', offset, end < 0 ? data.length : end);
	}

	/** mod_sysfs_setup(mod, info): the module's sections are where they will run. */
	private loading(position: bigint): boolean {
		if (this.modules.some(m => m.loadedAt === position)) return false; // a replay
		const cpu = this.board.cpu, l = this.layout;
		const mod = cpu.arg(0), info = this.read(cpu.arg(1), l.infoSechdrs + l.word);
		const hdr = word(info, l.infoHdr, l), sechdrs = word(info, l.infoSechdrs, l);
		const ehdr = this.read(hdr + BigInt(l.shnum), 4);
		const count = ehdr.readUInt16LE(0), shstrndx = ehdr.readUInt16LE(l.shstrndx - l.shnum);
		const table = this.read(sechdrs, count * l.shdrSize);
		const field = (i: number, offset: number) => word(table, i * l.shdrSize + offset, l);
		// The section names, in the file's copy the kernel reads them from (sh_offset from its start).
		const names = shstrndx < count ? this.read(hdr + field(shstrndx, l.shOffset), Number(field(shstrndx, l.shSize))) : Buffer.alloc(0);
		const sections: Section[] = [];
		for (let i = 0; i < count; i++) {
			sections.push({
				name: ModuleWatch.cString(names, table.readUInt32LE(i * l.shdrSize)), flags: field(i, l.shFlags),
				address: field(i, l.shAddr), size: field(i, l.shSize),
			});
		}
		const self = sections.find(s => s.name === '.gnu.linkonce.this_module');
		const name = self ? ModuleWatch.cString(this.read(self.address + BigInt(l.thisModuleName), MODULE_NAME_LEN), 0) : '?';
		const m: LoadedModule = { name, file: this.files.get(name), mod, sections, loadedAt: position };
		this.modules.push(m);
		return this.changed(m, true);
	}

	private freeing(position: bigint): boolean {
		const mod = this.board.cpu.arg(0);
		const m = this.modules.find(x => x.mod === mod && x.loadedAt < position && (x.removedAt === undefined || x.removedAt === position));
		if (!m || m.removedAt !== undefined) return false;
		m.removedAt = position;
		return this.changed(m, false);
	}

	/** The modules loaded at `position` of the run. */
	at(position: bigint): LoadedModule[] {
		return this.modules.filter(m => m.loadedAt <= position && (m.removedAt === undefined || m.removedAt > position));
	}

	/**
	 * GDB's library list: each module whose file kobox knows, with an address for each of the
	 * file's allocated sections in their order (GDB relocates the i-th such section by the i-th).
	 */
	libraries(position: bigint): string {
		const entries = this.at(position).filter(m => m.file).map(m => {
			const file = new ElfFile(readFileSync(m.file!), m.file);
			const addresses = file.sections.map((s, i) => (s.flags & SHF_ALLOC) !== 0n ? m.sections[i]?.address ?? 0n : undefined)
				.filter((a): a is bigint => a !== undefined);
			return `<library name="${escapeXml(resolve(m.file!))}">${addresses.map(a => `<section address="${hex(a)}"/>`).join('')}</library>`;
		});
		return `<library-list version="1.0">${entries.join('')}</library-list>`;
	}
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

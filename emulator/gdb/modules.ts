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
/** The name's offset in a module's own struct module (.gnu.linkonce.this_module): Debian's 6.1 layout, the modules' ABI. */
const THIS_MODULE_NAME = 24;
const MODULE_NAME_LEN = 56;
/** struct load_info (guest-kernel/kernel/module/internal.h): hdr and sechdrs. */
const INFO_HDR = 16, INFO_SECHDRS = 32;
const SHDR_SIZE = 64, EHDR_SHNUM = 60, EHDR_SHSTRNDX = 62;

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
	return s && elf.cString(s.offset + THIS_MODULE_NAME);
}

const hex = (n: bigint) => `0x${n.toString(16)}`;

/** A copy of the .ko with every section at address 0, for GDB (see above): made once, in the cache. */
export function gdbCopy(file: string): string {
	const data = readFileSync(file);
	const copy = join(cacheDir, 'gdb', createHash('sha256').update(data).digest('hex').slice(0, 16), basename(file));
	if (existsSync(copy)) return copy;
	new ElfFile(data, file); // a .ko, not some other file
	const shoff = Number(data.readBigUInt64LE(40)), shentsize = data.readUInt16LE(58), shnum = data.readUInt16LE(60);
	const out = Buffer.from(data);
	for (let i = 0; i < shnum; i++) out.writeBigUInt64LE(0n, shoff + i * shentsize + 16);
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
		const cpu = this.board.cpu;
		const mod = cpu.x(0), info = this.read(cpu.x(1), INFO_SECHDRS + 8);
		const hdr = info.readBigUInt64LE(INFO_HDR), sechdrs = info.readBigUInt64LE(INFO_SECHDRS);
		const ehdr = this.read(hdr + BigInt(EHDR_SHNUM), 4);
		const count = ehdr.readUInt16LE(0), shstrndx = ehdr.readUInt16LE(EHDR_SHSTRNDX - EHDR_SHNUM);
		const table = this.read(sechdrs, count * SHDR_SIZE);
		// The section names, in the file's copy the kernel reads them from (sh_offset from its start).
		const names = shstrndx < count ? this.read(hdr + table.readBigUInt64LE(shstrndx * SHDR_SIZE + 24),
			Number(table.readBigUInt64LE(shstrndx * SHDR_SIZE + 32))) : Buffer.alloc(0);
		const sections: Section[] = [];
		for (let i = 0; i < count; i++) {
			const o = i * SHDR_SIZE;
			sections.push({
				name: ModuleWatch.cString(names, table.readUInt32LE(o)), flags: table.readBigUInt64LE(o + 8),
				address: table.readBigUInt64LE(o + 16), size: table.readBigUInt64LE(o + 32),
			});
		}
		const self = sections.find(s => s.name === '.gnu.linkonce.this_module');
		const name = self ? ModuleWatch.cString(this.read(self.address + BigInt(THIS_MODULE_NAME), MODULE_NAME_LEN), 0) : '?';
		const m: LoadedModule = { name, file: this.files.get(name), mod, sections, loadedAt: position };
		this.modules.push(m);
		return this.changed(m, true);
	}

	private freeing(position: bigint): boolean {
		const mod = this.board.cpu.x(0);
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

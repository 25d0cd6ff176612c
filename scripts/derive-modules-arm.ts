// The broken copies of armhf modules that the 32-bit ARM load-failure scenarios use (arm64's are
// derive-modules.ts's): each one small, named change to hello.ko built against the -armmp headers.
// usage: node --import tsx scripts/derive-modules-arm.ts   (scripts/setup-arm.sh runs it; writes
// <build>/armhf/modules/derived/)
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../emulator/atomic-write.ts';
import { ElfFile } from '../emulator/boot/elf.ts';
import { modulesBuildDir } from '../emulator/paths.ts';

const built = modulesBuildDir('arm');
export const derivedDir = join(built, 'derived');
const hello = () => readFileSync(join(built, 'hello/hello.ko'));
const relocArm = () => readFileSync(join(built, 'reloc_arm/reloc_arm.ko'));
const R_ARM_ABS32 = 2, R_ARM_THM_CALL = 10, R_ARM_PREL31 = 42, SHT_SYMTAB = 2;

/** Where in the file the first Elf32_Rel of `section` of `type` against `symbol` is. */
function findRel(data: Buffer, section: string, type: number, symbol: string): number {
	const f = new ElfFile(data);
	const s = f.sections.find(x => x.name === section);
	if (!s) throw new Error(`no section ${section}`);
	const syms = f.symbols();
	for (let o = s.offset; o < s.offset + s.size; o += 8) {
		const info = data.readUInt32LE(o + 4);
		if ((info & 0xff) === type && syms[info >>> 8]?.name === symbol) return o;
	}
	throw new Error(`no relocation ${type} against ${symbol} in ${section}`);
}

/** Change one field of that relocation: its offset, or its r_info from the old one. */
function changeRel(data: Buffer, at: number, change: { offset?: number; info?: (info: number) => number }): Buffer {
	if (change.offset !== undefined) data.writeUInt32LE(change.offset, at);
	if (change.info) data.writeUInt32LE(change.info(data.readUInt32LE(at + 4)) >>> 0, at + 4);
	return data;
}

/** Make a function symbol's value odd: a Thumb function's address. */
function thumbSymbol(data: Buffer, symbol: string): Buffer {
	const f = new ElfFile(data);
	const symtab = f.sections.find(s => s.type === SHT_SYMTAB)!;
	const index = f.symbols().findIndex(s => s.name === symbol);
	if (index < 0) throw new Error(`no symbol ${symbol}`);
	const at = symtab.offset + index * 16 + 4;
	data.writeUInt32LE(data.readUInt32LE(at) | 1, at);
	return data;
}

/**
 * Give a section another's name with its first letter dropped (".init.plt" shares its tail with
 * ".plt" in the section name table, so neither can be rewritten alone): its sh_name is moved.
 */
function renameSectionAsTailOf(data: Buffer, section: string, other: string): Buffer {
	const f = new ElfFile(data);
	const shoff = data.readUInt32LE(32), shentsize = data.readUInt16LE(46);
	const index = f.sections.findIndex(x => x.name === section), of = f.sections.findIndex(x => x.name === other);
	if (index < 0 || of < 0) throw new Error(`no section ${index < 0 ? section : other}`);
	data.writeUInt32LE(data.readUInt32LE(shoff + of * shentsize) + 1, shoff + index * shentsize);
	return data;
}

/** Replace the module's one `vermagic=` entry by another no longer than it, padding with NULs. */
function rewriteVermagic(data: Buffer, change: (vermagic: string) => string): Buffer {
	const key = Buffer.from('\0vermagic=', 'latin1');
	const at = data.indexOf(key) + 1;
	if (at === 0 || data.indexOf(key, at) >= 0) throw new Error('expected exactly one vermagic entry');
	const end = data.indexOf(0, at);
	const from = data.toString('latin1', at, end), to = change(from);
	if (to === from || to.length > from.length) throw new Error(`cannot rewrite '${from}' as '${to}'`);
	data.fill(0, at, end);
	data.write(to, at, 'latin1');
	return data;
}

export const derivations: Record<string, () => Buffer> = {
	'truncated.ko': () => { const d = hello(); return d.subarray(0, d.length >> 1); },
	// Built for the kernel before this one: 6.1.0-56-armmp -> 6.1.0-55-armmp.
	'vermagic_release.ko': () => rewriteVermagic(hello(), v => v.replace(/^(vermagic=\d+\.\d+\.\d+-)(\d+)/,
		(_, base: string, n: string) => `${base}${String(Number(n) - 1).padStart(n.length, '0')}`)),
	// Built for another ARM architecture level: the "ARMv7 " of the vermagic left out.
	'vermagic_arch.ko': () => rewriteVermagic(hello(), v => v.replace('ARMv7 ', '')),
	// reloc_arm with its ARM call target made a Thumb function (an odd address).
	'reloc_interwork.ko': () => thumbSymbol(relocArm(), 'rt_helper_call'),
	// reloc_arm's PREL31 datum against the far address (31 bits reach +-1 GiB; it is further).
	'reloc_prel31_range.ko': () => {
		const d = relocArm(), far = new ElfFile(d).symbols().findIndex(s => s.name === '*ABS*0xfff00000');
		if (far < 0) throw new Error('no symbol for reloc_arm\'s far address');
		return changeRel(d, findRel(d, '.rel.data', R_ARM_PREL31, 'rt_target_data'), { info: i => (far << 8) | (i & 0xff) });
	},
	// reloc_arm's first data relocation as a Thumb call, which Linux/arm (ARM state) does not apply.
	'reloc_unknown.ko': () => { const d = relocArm(); return changeRel(d, findRel(d, '.rel.data', R_ARM_ABS32, 'rt_target_data'), { info: i => (i & ~0xff) | R_ARM_THM_CALL }); },
	// ... placed past the end of its section.
	'reloc_bounds.ko': () => { const d = relocArm(); return changeRel(d, findRel(d, '.rel.data', R_ARM_ABS32, 'rt_target_data'), { offset: 0x1000 }); },
	// ... against a symbol past the end of the symbol table.
	'reloc_badsym.ko': () => { const d = relocArm(); return changeRel(d, findRel(d, '.rel.data', R_ARM_ABS32, 'rt_target_data'), { info: i => (0xfff0 << 8) | (i & 0xff) }); },
	// reloc_arm without a section named .plt (it is named "init.plt").
	'no_plt.ko': () => renameSectionAsTailOf(relocArm(), '.plt', '.init.plt'),
};

if (import.meta.url === `file://${process.argv[1]}`) {
	mkdirSync(derivedDir, { recursive: true });
	for (const [name, derive] of Object.entries(derivations)) writeFileAtomic(join(derivedDir, name), derive());
}

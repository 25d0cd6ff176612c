// Derive, from modules built with kbuild and from Debian's own signed modules, the broken or
// rewritten .ko files that exercise each way a load can fail. Each derivation is one small, named
// change to a real module.
// usage: node --import tsx scripts/derive-modules.ts   (writes .cache/build/modules/derived/)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../emulator/atomic-write.ts';
import { ElfFile } from '../emulator/boot/elf.ts';
import { builtModulesDir, distModulesDir, linuxImage, repoRoot } from '../emulator/paths.ts';
import { cmsSignWithThrowawayKey, signedParts, signWithThrowawayKey, subjectKeyIdentifier, withSignature, withSignerDigestOid, withSignerSkid } from './module-signature.ts';

const built = builtModulesDir;
export const derivedDir = join(built, 'derived');
const SHF_ALLOC = 2n, SHT_PROGBITS = 1, SHT_SYMTAB = 2;

const load = (path: string) => readFileSync(join(built, path));
const elf = (data: Buffer) => new ElfFile(data);
const shdr = (data: Buffer, index: number) => Number(data.readBigUInt64LE(40)) + index * 64;
const sectionIndex = (data: Buffer, name: string) => {
	const i = elf(data).sections.findIndex(s => s.name === name);
	if (i < 0) throw new Error(`no section ${name}`);
	return i;
};

/** Replace a NUL-terminated string inside a section by another no longer than it, padding with NULs. */
function rewriteString(data: Buffer, section: string, from: string, to: string): Buffer {
	const s = elf(data).sections[sectionIndex(data, section)];
	const body = data.subarray(s.offset, s.offset + s.size);
	const at = body.indexOf(Buffer.from(from + '\0', 'latin1'));
	if (at < 0) throw new Error(`'${from}' not in ${section}`);
	if (to.length > from.length) throw new Error(`'${to}' is longer than '${from}'`);
	body.fill(0, at, at + from.length);
	body.write(to, at, 'latin1');
	return data;
}

function modinfo(data: Buffer, key: string): string {
	const s = elf(data).sections[sectionIndex(data, '.modinfo')];
	const entry = data.subarray(s.offset, s.offset + s.size).toString('latin1').split('\0').find(e => e.startsWith(`${key}=`));
	if (!entry) throw new Error(`no ${key} in .modinfo`);
	return entry;
}

/** Flip the CRC that __versions records for one symbol. */
function corruptCrc(data: Buffer, symbol: string): Buffer {
	const s = elf(data).sections[sectionIndex(data, '__versions')];
	for (let o = s.offset; o < s.offset + s.size; o += 64) {
		if (data.toString('latin1', o + 8, data.indexOf(0, o + 8)) === symbol) {
			data.writeUInt32LE(data.readUInt32LE(o) ^ 0xdeadbeef, o);
			return data;
		}
	}
	throw new Error(`${symbol} not in __versions`);
}

function setSymbolValue(data: Buffer, symbol: string, value: bigint): Buffer {
	const f = elf(data);
	const symtab = f.sections.find(s => s.type === SHT_SYMTAB)!;
	const index = f.symbols().findIndex(s => s.name === symbol);
	if (index < 0) throw new Error(`no symbol ${symbol}`);
	data.writeBigUInt64LE(value, symtab.offset + index * 24 + 8);
	return data;
}

/** Give the first relocation of a section a type the arm64 loader does not know. */
function unknownRelocation(data: Buffer, relaSection: string, type: number): Buffer {
	const s = elf(data).sections[sectionIndex(data, relaSection)];
	const info = data.readBigUInt64LE(s.offset + 8);
	data.writeBigUInt64LE((info & ~0xffffffffn) | BigInt(type), s.offset + 8);
	return data;
}

const hello = () => load('hello/hello.ko');
const crc7 = () => readFileSync(join(distModulesDir(), 'lib/crc7.ko'));

/** Change the signature trailer of Debian's signed crc7.ko (module_signature or PKCS#7 bytes). */
function crc7Signature(change: (p: ReturnType<typeof signedParts>) => void): Buffer {
	const parts = signedParts(crc7());
	change(parts);
	return withSignature(parts);
}

/** The signature re-encoded with another digest algorithm named in its SignerInfo. */
function crc7DigestAlgorithm(oid: number[]): Buffer {
	const parts = signedParts(crc7());
	parts.pkcs7 = withSignerDigestOid(parts.pkcs7, oid);
	parts.info.writeUInt32BE(parts.pkcs7.length, 8);
	return withSignature(parts);
}

/** Replace the digest algorithm OID of the (only) SignerInfo by another of the same length. */
function signerDigestOid(pkcs7: Buffer, to: number[]): void {
	const sha256 = Buffer.from([0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01]);
	const at = pkcs7.lastIndexOf(sha256);	/* the first is in SignedData.digestAlgorithms */
	if (at < 0 || at === pkcs7.indexOf(sha256)) throw new Error('no SignerInfo digest algorithm');
	Buffer.from(to).copy(pkcs7, at + 2);
}

/** Replace one instruction of a section's code (the first that matches). */
function replaceInstruction(data: Buffer, section: string, from: number, to: number): Buffer {
	const s = elf(data).sections[sectionIndex(data, section)];
	for (let o = s.offset; o < s.offset + s.size; o += 4) {
		if (data.readUInt32LE(o) === from) {
			data.writeUInt32LE(to, o);
			return data;
		}
	}
	throw new Error(`no instruction ${from.toString(16)} in ${section}`);
}

/** Set one field of a section header: byte offset in Elf64_Shdr and size. */
function setSectionField(data: Buffer, section: string, offset: number, size: 4 | 8, value: bigint): Buffer {
	const at = shdr(data, sectionIndex(data, section)) + offset;
	if (size === 4) data.writeUInt32LE(Number(value), at);
	else data.writeBigUInt64LE(value, at);
	return data;
}

/** Set one field of the first relocation of a section: r_offset (0), r_info (8), r_addend (16). */
function setRelaField(data: Buffer, section: string, offset: 0 | 8 | 16, value: bigint): Buffer {
	const s = elf(data).sections[sectionIndex(data, section)];
	data.writeBigUInt64LE(value, s.offset + offset);
	return data;
}

/** The first byte of the page after the file: the kernel's copy of the file ends before it. */
const pageAfter = (data: Buffer) => Math.ceil(data.length / 4096) * 4096;

/** Make the first relocation of a section name a symbol whose entry is past the file copy. */
function relaSymbolPastFile(data: Buffer, section: string): Buffer {
	const symtab = elf(data).sections.find(s => s.type === SHT_SYMTAB)!;
	const stShndx = 6;	/* the first field the loader reads */
	const index = Math.ceil((pageAfter(data) - symtab.offset - stShndx) / 24);
	const info = data.readBigUInt64LE(elf(data).sections[sectionIndex(data, section)].offset + 8);
	return setRelaField(data, section, 8, (BigInt(index) << 32n) | (info & 0xffffffffn));
}

/** Point a symbol's name past the end of the file copy: the first byte of the page after it. */
function symbolNamePastFile(data: Buffer, symbol: string): Buffer {
	const f = elf(data);
	const symtab = f.sections.find(s => s.type === SHT_SYMTAB)!;
	const strtab = f.sections[symtab.link];
	const index = f.symbols().findIndex(s => s.name === symbol);
	if (index < 0) throw new Error(`no symbol ${symbol}`);
	const pastFile = pageAfter(data) - strtab.offset;
	data.writeUInt32LE(pastFile, symtab.offset + index * 24);
	return data;
}

export const derivations: Record<string, () => Buffer> = {
	'empty.ko': () => Buffer.alloc(0),
	'truncated_header.ko': () => hello().subarray(0, 40),
	'truncated.ko': () => { const d = hello(); return d.subarray(0, d.length >> 1); },
	'bad_magic.ko': () => { const d = hello(); d[1] = 0x45 ^ 0x20; return d; },
	'wrong_type.ko': () => { const d = hello(); d.writeUInt16LE(2, 16); return d; },
	'wrong_machine.ko': () => { const d = hello(); d.writeUInt16LE(62, 18); return d; },
	'wrong_shentsize.ko': () => { const d = hello(); d.writeUInt16LE(40, 58); return d; },
	'shdr_overflow.ko': () => { const d = hello(); d.writeUInt16LE(d.readUInt16LE(60) + 50, 60); return d; },
	'unterminated_shstrtab.ko': () => {
		const d = hello();
		const s = elf(d).sections[d.readUInt16LE(62)];
		d[s.offset + s.size - 1] = 0x41;
		return d;
	},
	'no_this_module.ko': () => rewriteString(hello(), '.shstrtab', '.gnu.linkonce.this_module', '.gnu.linkonce.this_modulX'),
	'no_symtab.ko': () => {
		const d = hello();
		const i = elf(d).sections.findIndex(s => s.type === SHT_SYMTAB);
		d.writeUInt32LE(SHT_PROGBITS, shdr(d, i) + 4);
		return d;
	},
	'vermagic_flags.ko': () => {
		const d = hello();
		const vermagic = modinfo(d, 'vermagic');
		return rewriteString(d, '.modinfo', vermagic, vermagic.replace(' mod_unload', ''));
	},
	'vermagic_release.ko': () => {
		const d = hello();
		const vermagic = modinfo(d, 'vermagic');
		const older = vermagic.replace(/^vermagic=(\d+\.\d+\.\d+-)(\d+)/, (_, base: string, n: string) => `vermagic=${base}${String(Number(n) - 1).padStart(n.length, '0')}`);
		return rewriteString(d, '.modinfo', vermagic, older);
	},
	'bad_crc.ko': () => corruptCrc(hello(), '_printk'),
	'bad_layout_crc.ko': () => corruptCrc(hello(), 'module_layout'),
	'no_versions.ko': () => {
		const d = hello();
		const o = shdr(d, sectionIndex(d, '__versions')) + 8;
		d.writeBigUInt64LE(d.readBigUInt64LE(o) & ~SHF_ALLOC, o);
		return d;
	},
	'license_none.ko': () => rewriteString(load('license/license_none.ko'), '.modinfo', 'license=GPL', ''),
	'gpl_only_proprietary.ko': () => rewriteString(load('gpl_only/gpl_only.ko'), '.modinfo', 'license=Dual MIT/GPL', 'license=Proprietary'),
	// init_positive with init returning -ENODEV: the same layout, one instruction different, so
	// the module loaded next is put in the very pages this one's init ran from.
	'init_positive_enodev.ko': () => replaceInstruction(load('init_positive/init_positive.ko'), '.init.text', 0x52800020, 0x12800240),
	// Fields the loader trusts, as Linux 6.1 does: each makes it read or write out of bounds.
	'rela_bad_info.ko': () => setSectionField(hello(), '.rela.init.text', 44, 4, 0xffffn),
	'rela_bad_offset.ko': () => setRelaField(hello(), '.rela.init.text', 0, 0x3000n),
	'rela_bad_symbol.ko': () => relaSymbolPastFile(hello(), '.rela.init.text'),
	'sym_name_past_file.ko': () => symbolNamePastFile(hello(), 'hello_add'),
	'undef_name_past_file.ko': () => symbolNamePastFile(hello(), '_printk'),
	'reloc_overflow.ko': () => setSymbolValue(load('reloc_test/reloc_test.ko'), 'rt_u16', 0x12345n),
	'reloc_unsupported.ko': () => unknownRelocation(hello(), '.rela.text', 1024),
	// hello's export renamed to one of the kernel's (modpost refuses to build that).
	'dup_kernel_export.ko': () => rewriteString(hello(), '__ksymtab_strings', 'hello_add', 'ktime_get'),
	// weak_ref as modpost builds it without hello's Module.symvers: no CRC for hello_add.
	'no_symbol_version.ko': () => rewriteString(load('weak_ref/weak_ref.ko'), '__versions', 'hello_add', 'hello_adX'),
	// Debian's signed crc7.ko: its contents changed after signing (one letter of its description).
	'crc7_tampered.ko': () => {
		const d = crc7();
		const at = d.indexOf('description=');
		if (at < 0) throw new Error('no description in crc7.ko');
		d[at + 12] ^= 0x20;
		return d;
	},
	'crc7_bad_sig.ko': () => crc7Signature(p => { p.pkcs7[p.pkcs7.length - 1] ^= 1; }),
	'crc7_sig_garbage.ko': () => crc7Signature(p => { p.pkcs7[0] = 0x31; }),
	'crc7_sig_params.ko': () => crc7Signature(p => { p.info[1] = 1; }),
	'crc7_sig_not_pkcs7.ko': () => crc7Signature(p => { p.info[2] = 1; }),
	'crc7_sig_len.ko': () => crc7Signature(p => { p.info.writeUInt32BE(p.module.length + p.pkcs7.length, 8); }),
	// md5 and sha1 are built into Debian's kernel: computed, then refused by the key.
	'crc7_sig_md5.ko': () => crc7DigestAlgorithm([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x05]),
	'crc7_sig_sha1.ko': () => crc7DigestAlgorithm([0x2b, 0x0e, 0x03, 0x02, 0x1a]),
	'crc7_sig_sha224.ko': () => crc7Signature(p => signerDigestOid(p.pkcs7, [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x04])),
	'crc7_sig_sha512.ko': () => crc7Signature(p => signerDigestOid(p.pkcs7, [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03])),
	'crc7_sig_unknown_digest.ko': () => crc7Signature(p => signerDigestOid(p.pkcs7, [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x7f])),
	// Debian's signature, its signer named by the key's subjectKeyIdentifier (CMS v3) instead.
	'crc7_skid.ko': () => {
		const parts = signedParts(crc7());
		const certs = join(derivedDir, 'x509_certificate_list');
		execFileSync('perl', [join(repoRoot, 'guest-kernel/scripts/extract-sys-certs.pl'), linuxImage(), certs]);
		const cert = readFileSync(certs);
		parts.pkcs7 = withSignerSkid(parts.pkcs7, subjectKeyIdentifier(cert));
		parts.info.writeUInt32BE(parts.pkcs7.length, 8);
		return withSignature(parts);
	},
	// Signed properly, but by a key the kernel does not hold: named by issuer + serial, by key
	// ID, with the signer's certificate in the message, and with authenticated attributes.
	'crc7_unknown_key.ko': () => signWithThrowawayKey(signedParts(crc7()).module, derivedDir),
	'crc7_unknown_key_id.ko': () => signWithThrowawayKey(signedParts(crc7()).module, derivedDir, true),
	'crc7_cms_cert.ko': () => cmsSignWithThrowawayKey(signedParts(crc7()).module, derivedDir, false),
	'crc7_cms_authattrs.ko': () => cmsSignWithThrowawayKey(signedParts(crc7()).module, derivedDir, true),
};

/** A small seeded PRNG (mulberry32): the same fuzzed files on every build. */
function prng(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * crc7.ko with 1 to 8 random bytes of its PKCS#7 message or signature info overwritten:
 * malformed DER, unknown OIDs, wrong versions, bad lengths, a damaged RSA value, ...
 */
export const FUZZED_SIGNATURES = 40;
for (let i = 0; i < FUZZED_SIGNATURES; i++) {
	derivations[`crc7_fuzz_${String(i).padStart(2, '0')}.ko`] = () => {
		const random = prng(i + 1);
		const parts = signedParts(crc7());
		const region = Buffer.concat([parts.pkcs7, parts.info]);
		for (let n = 1 + Math.floor(random() * 8); n > 0; n--)
			region[Math.floor(random() * region.length)] = Math.floor(random() * 256);
		return withSignature({ module: parts.module, pkcs7: region.subarray(0, parts.pkcs7.length), info: region.subarray(parts.pkcs7.length) });
	};
}

/*
 * Seeded, structure-aware mutations of hello.ko: one field of the ELF header, a section header, a
 * symbol, a relocation, or a byte of .modinfo, __versions, the module's name or the string table,
 * set to a value that the loader checks or trusts. Values that point outside the file or a section
 * point just past it (the guard page after the kernel's copy, the page after the section), so a
 * read or write out of bounds faults the same way on any kernel.
 *
 * Left out, because what follows depends on where Debian's kernel has its own code and data (so
 * the board could only match it by chance) or on a part of Linux the board does not emulate:
 * relocation addends, offsets moved inside or just past their section (Linux's PLTs follow the
 * text), types that write an address into code, random symbol indexes, symbol values and random
 * section indexes (the module then jumps into, or reads or writes, whatever lies at a
 * kernel-specific address), section offsets moved inside the file (a section read as another's
 * bytes), and ftrace's call-site table (__patchable_function_entries and its relocations: Linux
 * checks and patches each call site and reports a damaged one with "ftrace bug").
 */
export const FUZZED_MODULES = 200;
const SHN_ABS = 0xfff1, SHN_COMMON = 0xfff2, SHT_RELA = 4, SHF_INFO_LINK = 0x40n;
const ftraceSections = ['__patchable_function_entries', '.rela__patchable_function_entries'];

function mutateHello(random: () => number): { data: Buffer; what: string } {
	const d = hello();
	const f = elf(d);
	const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
	const shnum = f.sections.length, len = d.length;
	const symtab = f.sections.find(s => s.type === SHT_SYMTAB)!;
	const strtab = f.sections[symtab.link];
	const nsyms = symtab.size / 24;
	const put = (at: number, size: 1 | 2 | 4 | 8, v: bigint | number) => {
		const value = BigInt.asUintN(size * 8, BigInt(v));
		if (size === 1) d[at] = Number(value);
		else if (size === 2) d.writeUInt16LE(Number(value), at);
		else if (size === 4) d.writeUInt32LE(Number(value), at);
		else d.writeBigUInt64LE(value, at);
	};
	const kind = pick(['ehdr', 'shdr', 'shdr', 'shdr', 'sym', 'sym', 'rela', 'rela', 'modinfo', 'versions', 'name', 'strtab']);
	switch (kind) {
	case 'ehdr': {
		const [field, at, size, values] = pick<[string, number, 1 | 2 | 4 | 8, (bigint | number)[]]>([
			['EI_CLASS', 4, 1, [0, 1, 3]], ['EI_DATA', 5, 1, [0, 2]], ['EI_VERSION', 6, 1, [0, 2]],
			['e_type', 16, 2, [0, 2, 3, 4]], ['e_machine', 18, 2, [0, 40, 62]], ['e_version', 20, 4, [0, 2]],
			['e_shoff', 40, 8, [len, len - 64, 1, d.readBigUInt64LE(40) + 1n]],
			['e_shentsize', 58, 2, [0, 63, 65, 128]], ['e_shnum', 60, 2, [0, 1, shnum - 1, shnum + 1]],
			['e_shstrndx', 62, 2, [0, shnum, 0xffff, Math.floor(random() * shnum)]],
		]);
		const v = pick(values);
		put(at, size, v);
		return { data: d, what: `${field}=${v}` };
	}
	case 'shdr': {
		const candidates = f.sections.map((s, i) => i).filter(i => i > 0 && !ftraceSections.includes(f.sections[i].name));
		const i = pick(candidates);
		const s = f.sections[i], at = shdr(d, i);
		const [field, off, size, values] = pick<[string, number, 4 | 8, (bigint | number)[]]>([
			['sh_name', 0, 4, [0, 0x7fff, Math.floor(random() * 0x200)]],
			['sh_type', 4, 4, [0, 1, 2, 3, 4, 8, 9, 0x70000003]],
			['sh_flags', 8, 8, [s.flags ^ 2n, s.flags ^ 1n, s.flags ^ 4n, 0]],
			['sh_offset', 24, 8, [len, len - s.size + 1, 1n << 40n]],
			['sh_size', 32, 8, [0, s.size + 1, len, 1n << 40n]],
			['sh_link', 40, 4, [0, shnum, Math.floor(random() * shnum), 0xffff]],
			['sh_info', 44, 4, [0, shnum, Math.floor(random() * shnum), 0xffff]],
			['sh_addralign', 48, 8, [0, 3, 64, 1 << 20]],
			['sh_entsize', 56, 8, [0, 1, 24, 0x100000]],
		]);
		const v = pick(values);
		put(at + off, size, v);
		return { data: d, what: `${s.name}.${field}=${v}` };
	}
	case 'sym': {
		const i = 1 + Math.floor(random() * (nsyms - 1));
		const at = symtab.offset + i * 24;
		const name = f.symbols()[i].name || `#${i}`;
		const [field, off, size, values] = pick<[string, number, 1 | 2 | 4 | 8, (bigint | number)[]]>([
			['st_name', 0, 4, [0, pageAfter(d) - strtab.offset, strtab.size - 1, Math.floor(random() * strtab.size)]],
			['st_info', 4, 1, [pick([0, 1, 2, 10]) << 4 | pick([0, 1, 2, 3, 4, 6])]],
			['st_shndx', 6, 2, [0, SHN_ABS, SHN_COMMON]],
			['st_size', 16, 8, [0, 1n << 40n]],
		]);
		const v = pick(values);
		put(at + off, size, v);
		return { data: d, what: `sym ${name}.${field}=${v}` };
	}
	case 'rela': {
		const relas = f.sections.filter(s => s.type === SHT_RELA && (s.flags & SHF_INFO_LINK) && !ftraceSections.includes(s.name) &&
			(f.sections[d.readUInt32LE(shdr(d, f.sections.indexOf(s)) + 44)].flags & SHF_ALLOC));
		const s = pick(relas);
		const target = f.sections[d.readUInt32LE(shdr(d, f.sections.indexOf(s)) + 44)];
		const at = s.offset + 24 * Math.floor(random() * (s.size / 24));
		const info = d.readBigUInt64LE(at + 8);
		const [field, off, values] = pick<[string, number, bigint[]]>([
			['r_offset', 0, [BigInt((target.size + 0xfff) & ~0xfff) + 0x1000n]],
			['type', 8, [0n, 256n, 1024n].map(t => (info & ~0xffffffffn) | t)],
			['sym', 8, [0n, BigInt(nsyms), BigInt(Math.ceil((pageAfter(d) - symtab.offset - 6) / 24))]
				.map(n => (n << 32n) | (info & 0xffffffffn))],
		]);
		const v = pick(values);
		put(at + off, 8, v);
		return { data: d, what: `${s.name}[${(at - s.offset) / 24}].${field}=0x${BigInt.asUintN(64, v).toString(16)}` };
	}
	default: {
		const section = { modinfo: '.modinfo', versions: '__versions', name: '.gnu.linkonce.this_module', strtab: '.strtab' }[kind]!;
		const s = f.sections[sectionIndex(d, section)];
		const [from, to] = kind === 'name' ? [24, 24 + 56] : [0, s.size];
		const at = s.offset + from + Math.floor(random() * (to - from));
		const v = pick([0, 0x20, 0x2f, 0x3d, 0x41, 0x7a, 0xff, Math.floor(random() * 256)]);
		d[at] = v;
		return { data: d, what: `${section}+${at - s.offset}=0x${v.toString(16)}` };
	}
	}
}

/** What each fuzzed module changed, for the scenarios' comments and for anyone debugging one. */
export const fuzzedModules: { name: string; what: () => string }[] = [];
for (let i = 0; i < FUZZED_MODULES; i++) {
	const name = `fuzz_${String(i).padStart(3, '0')}.ko`;
	derivations[name] = () => mutateHello(prng(1000 + i)).data;
	fuzzedModules.push({ name, what: () => mutateHello(prng(1000 + i)).what });
}

if (import.meta.url === `file://${process.argv[1]}`) {
	mkdirSync(derivedDir, { recursive: true });
	for (const [name, derive] of Object.entries(derivations)) writeFileAtomic(join(derivedDir, name), derive());
}

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

if (import.meta.url === `file://${process.argv[1]}`) {
	mkdirSync(derivedDir, { recursive: true });
	for (const [name, derive] of Object.entries(derivations)) writeFileAtomic(join(derivedDir, name), derive());
}

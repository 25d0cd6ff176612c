// `kobox check FILE.ko`: whether a module can load on the board, read from the files alone (no
// boot): its vermagic against the kernel's, its license, and each symbol it imports against what the
// kernel exports (from vmlinux's own export table and CRCs). Imports the board lacks are grouped by
// what they are: a Debian module that exports them, a module the .ko depends on, or the header of
// Debian's that declares them (the family a module author #includes). An armhf module (32-bit ARM)
// is checked against the 32-bit ARM board's kernel and Debian's -armmp headers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { ElfFile, SHT_SYMTAB } from './boot/elf.ts';
import { guestKernelPath, headersDir, pinnedKernel, setupCommand, type Arch } from './paths.ts';

export interface KernelExport { crc: number; gpl: boolean }

export interface BoardExports {
	vermagic: string;
	symbols: Map<string, KernelExport>;
}

export interface ModuleImport { name: string; crc?: number; weak: boolean }

export interface ModuleInfo {
	file: string;
	/** The board it was built for: arm64, or 32-bit ARM (an ELF32 EM_ARM file). */
	arch: Arch;
	name: string;
	vermagic?: string;
	license?: string;
	depends: string[];
	/** The CRCs in __versions (modversions); undefined without the section. */
	versions?: Map<string, number>;
	imports: ModuleImport[];
	/** What it exports for other modules (__ksymtab, __ksymtab_gpl), with the CRCs of __kcrctab. */
	exports: Map<string, KernelExport>;
}

export interface MissingGroup {
	/** What the symbols are: `<linux/usb.h> (USB)`, `Debian's module drivers/usb/core/usbcore.ko` ... */
	what: string;
	/** How the board could get them, in one sentence. */
	hint: string;
	symbols: string[];
}

export interface CheckResult {
	module: string;
	file: string;
	vermagic: { module?: string; board: string; ok: boolean; note: string };
	license?: string;
	imports: number;
	missing: MissingGroup[];
	/** Imports whose __versions CRC differs from the board's ("disagrees about version of symbol"). */
	crcMismatch: string[];
	/** GPL-only exports a module without a GPL-compatible license cannot use. */
	gplOnly: string[];
	/** Imports a module with __versions gives no CRC for ("no symbol version for"). */
	noVersion: string[];
	/** Whether the module has __versions (modversions). */
	versions: boolean;
	/** Weak imports the board does not have: they resolve to 0, the load goes on. */
	weakMissing: string[];
	canLoad: boolean;
	/** Checked with a directory: the modules of it whose exports it needs (loaded first, as modprobe does). */
	after?: string[];
}

const SHN_UNDEF = 0, STB_WEAK = 2;

/** Linux's license_is_gpl_compatible(). */
const GPL_COMPATIBLE = new Set(['GPL', 'GPL v2', 'GPL and additional rights', 'Dual BSD/GPL', 'Dual MIT/GPL', 'Dual MPL/GPL']);

/** The file offset of a virtual address, through the loadable segments. */
function fileOffset(elf: ElfFile, vaddr: bigint): number {
	const ph = elf.programHeaders.find(p => p.type === 1 && vaddr >= p.vaddr && vaddr < p.vaddr + BigInt(p.filesz));
	if (!ph) throw new Error(`${elf.path}: address 0x${vaddr.toString(16)} is in no loaded segment`);
	return ph.offset + Number(vaddr - ph.vaddr);
}

/** Why there is no kernel at `vmlinux`: a guest kernel setup has not built yet, or no such file. */
function noKernel(vmlinux: string): string {
	const arch = (['arm64', 'arm'] as const).find(a => guestKernelPath(a) === vmlinux);
	if (!arch) return `no kernel at ${vmlinux}`;
	return `no ${arch === 'arm' ? '32-bit ARM ' : ''}guest kernel at ${vmlinux}: run ${setupCommand(arch)} (it builds it)`;
}

/**
 * The board's exports, as its loader sees them: every `__ksymtab_X` entry (GPL-only when it lies
 * in the __ksymtab_gpl table) with `__crc_X`, and the `vermagic` string.
 */
export function readBoardExports(vmlinux = guestKernelPath()): BoardExports {
	if (!existsSync(vmlinux)) throw new Error(noKernel(vmlinux));
	const elf = new ElfFile(readFileSync(vmlinux), vmlinux);
	const syms = new Map(elf.symbols().map(s => [s.name, s.value]));
	const at = (name: string) => {
		const v = syms.get(name);
		if (v === undefined) throw new Error(`${vmlinux}: no ${name} symbol (not a kobox kernel?)`);
		return v;
	};
	const gplStart = at('__start___ksymtab_gpl'), gplStop = at('__stop___ksymtab_gpl');
	const symbols = new Map<string, KernelExport>();
	for (const [name, value] of syms) {
		if (!name.startsWith('__ksymtab_') || name.startsWith('__ksymtab_strings')) continue;
		const sym = name.slice('__ksymtab_'.length);
		const crc = syms.get(`__crc_${sym}`);
		symbols.set(sym, { crc: crc === undefined ? 0 : Number(crc & 0xffffffffn), gpl: value >= gplStart && value < gplStop });
	}
	return { vermagic: elf.cString(fileOffset(elf, at('vermagic'))), symbols };
}

/** A section as the loader's find_sec() sees it: one without SHF_ALLOC is ignored. */
function sectionBytes(elf: ElfFile, name: string): Buffer | undefined {
	const s = elf.sections.find(x => x.name === name && (x.flags & 2n));
	return s ? elf.data.subarray(s.offset, s.offset + s.size) : undefined;
}

/** What a .ko says about itself: .modinfo, __versions, and its undefined symbols. */
export function readModule(file: string): ModuleInfo {
	if (!existsSync(file)) throw new Error(`no such file: ${file}`);
	const elf = new ElfFile(readFileSync(file), file);
	if (!elf.isAarch64() && !elf.isArm()) throw new Error(`${file}: not an arm64 or 32-bit ARM module (ELF machine ${elf.machine})`);
	const arch: Arch = elf.isArm() ? 'arm' : 'arm64';
	if (elf.data.readUInt16LE(16) !== 1) throw new Error(`${file}: not a relocatable ELF file (a .ko is ET_REL)`);
	const modinfo = new Map<string, string>();
	for (const entry of (sectionBytes(elf, '.modinfo')?.toString('latin1') ?? '').split('\0')) {
		const eq = entry.indexOf('=');
		if (eq > 0 && !modinfo.has(entry.slice(0, eq))) modinfo.set(entry.slice(0, eq), entry.slice(eq + 1));
	}
	const vers = sectionBytes(elf, '__versions');
	let versions: Map<string, number> | undefined;
	if (vers) {
		// struct modversion_info: an unsigned long CRC, then the name, 64 bytes in all.
		versions = new Map();
		const word = elf.is64 ? 8 : 4;
		for (let o = 0; o + 64 <= vers.length; o += 64) {
			const end = vers.indexOf(0, o + word);
			versions.set(vers.toString('latin1', o + word, end < 0 || end > o + 64 ? o + 64 : end), vers.readUInt32LE(o));
		}
	}
	if (!elf.sections.some(s => s.type === SHT_SYMTAB)) throw new Error(`${file}: no symbol table`);
	return {
		file, arch, name: modinfo.get('name') ?? basename(file, '.ko').replace(/-/g, '_'),
		vermagic: modinfo.get('vermagic'), license: modinfo.get('license'),
		depends: (modinfo.get('depends') ?? '').split(',').filter(Boolean), versions, imports: moduleImports(elf, versions),
		exports: moduleExports(elf),
	};
}

function moduleImports(elf: ElfFile, versions?: Map<string, number>): ModuleImport[] {
	return elf.symbols()
		.filter(s => s.shndx === SHN_UNDEF && s.name)
		.map(s => ({ name: s.name, crc: versions?.get(s.name), weak: s.bind === STB_WEAK }));
}

/** A module's `__ksymtab_X` markers, GPL-only in __ksymtab_gpl, each CRC where `__crc_X` points in __kcrctab*. */
function moduleExports(elf: ElfFile): Map<string, KernelExport> {
	const syms = elf.symbols();
	const crcs = new Map(syms.filter(s => s.name.startsWith('__crc_') && s.shndx > 0 && s.shndx < elf.sections.length)
		.map(s => [s.name.slice('__crc_'.length), elf.data.readUInt32LE(elf.sections[s.shndx].offset + Number(s.value))]));
	const exports = new Map<string, KernelExport>();
	for (const s of syms) {
		if (!s.name.startsWith('__ksymtab_') || !s.shndx || s.shndx >= elf.sections.length) continue;
		const name = s.name.slice('__ksymtab_'.length);
		exports.set(name, { crc: crcs.get(name) ?? 0, gpl: elf.sections[s.shndx].name === '__ksymtab_gpl' });
	}
	return exports;
}

/** Linux's same_magic(): with symbol versions, the release (first word) may differ. */
function sameMagic(a: string, b: string, hasCrcs: boolean): boolean {
	if (hasCrcs) {
		a = a.slice(a.indexOf(' ') < 0 ? a.length : a.indexOf(' '));
		b = b.slice(b.indexOf(' ') < 0 ? b.length : b.indexOf(' '));
	}
	return a === b;
}

/** Debian's Module.symvers: symbol -> exporting module ("vmlinux" for the kernel itself). */
function debianExporters(headers: string): Map<string, string> {
	const out = new Map<string, string>();
	const file = join(headers, 'Module.symvers');
	if (!existsSync(file)) return out;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const f = line.split('\t');
		if (f.length >= 4) out.set(f[1], f[2]);
	}
	return out;
}

/** The families modules meet most, by the header that declares them. */
const FAMILIES: [RegExp, string][] = [
	[/^linux\/usb/, 'USB'], [/^linux\/(pci|msi)/, 'PCI'], [/^linux\/i2c/, 'I2C'], [/^linux\/spi\//, 'SPI'],
	[/^linux\/(gpio|of_gpio)/, 'GPIO'], [/^linux\/(of|of_\w+)\.h$/, 'device tree'], [/^linux\/platform_device/, 'platform bus'],
	[/^linux\/(device|device\/)|^linux\/(kobject|sysfs)\.h$/, 'device model and sysfs'], [/^linux\/(cdev|fs)\.h$/, 'files and character devices'],
	[/^linux\/miscdevice/, 'misc devices'], [/^linux\/(netdevice|etherdevice|skbuff|netlink|ethtool|phy)/, 'networking'],
	[/^net\//, 'networking'], [/^sound\/|^linux\/sound/, 'sound (ALSA)'], [/^drm\//, 'DRM graphics'], [/^media\//, 'media (V4L2, DVB)'],
	[/^linux\/iio\//, 'IIO'], [/^linux\/(input|hid)/, 'input and HID'], [/^linux\/(clk|clk-provider)/, 'clocks'],
	[/^linux\/regulator\//, 'regulators'], [/^linux\/regmap/, 'regmap'], [/^linux\/(dma|dmaengine|dma-\w+)/, 'DMA'],
	[/^linux\/(interrupt|irq|irqdomain)/, 'interrupts'], [/^linux\/(workqueue|kthread|completion|wait|timer|hrtimer)/, 'work, threads and timers'],
	[/^linux\/(mutex|spinlock|rwsem|semaphore|rcupdate|srcu)/, 'locking and RCU'], [/^crypto\/|^linux\/crypto/, 'crypto API'],
	[/^linux\/(blk|blkdev|genhd|bio)/, 'block devices'], [/^scsi\//, 'SCSI'], [/^linux\/(mm|slab|vmalloc|gfp|highmem)/, 'memory'],
	[/^linux\/(debugfs|proc_fs|seq_file)/, 'debugfs and procfs'], [/^linux\/(tty|serial)/, 'tty and serial'],
	[/^linux\/(pm|pm_runtime|suspend)/, 'power management'], [/^linux\/(mtd|nvmem)/, 'MTD and NVMEM'], [/^linux\/mmc\//, 'MMC/SD'],
	[/^linux\/(firmware|firmware\/)/, 'firmware loading'], [/^linux\/(bpf|filter)/, 'BPF'], [/^linux\/(watchdog)/, 'watchdog'],
];

const familyOf = (header: string) => FAMILIES.find(([re]) => re.test(header))?.[1];

/** Every .h below dir (not uapi or dt-bindings: modules' kernel symbols are not declared there), sorted. */
function headerFiles(dir: string, root = dir): string[] {
	if (!existsSync(dir)) return [];
	const out: string[] = [];
	for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		const p = join(dir, e.name);
		if (e.isDirectory()) {
			if (e.name !== 'uapi' && e.name !== 'dt-bindings' && e.name !== 'generated') out.push(...headerFiles(p, root));
		} else if (e.name.endsWith('.h')) out.push(relative(root, p));
	}
	return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The header that declares each symbol: a line that starts with the declaration (types, then the
 * name and a parenthesis, or `extern ... name;`), never a call or a comment.
 */
export function declaringHeaders(symbols: string[], commonHeaders: string, arch: Arch = 'arm64'): Map<string, string> {
	const found = new Map<string, string>();
	if (!symbols.length) return found;
	const alt = symbols.map(escapeRe).join('|');
	const fn = new RegExp(`^(?:extern\\s+)?(?:[\\w]+[\\s*]+)*(${alt})\\s*\\(`, 'gm');
	const variable = new RegExp(`^extern\\b[^;(]*?\\b(${alt})\\s*(?:\\[[^\\]]*\\])?\\s*;`, 'gm');
	const archRoot = join(commonHeaders, `arch/${arch}/include`);
	for (const root of [join(commonHeaders, 'include'), archRoot]) {
		for (const rel of headerFiles(root)) {
			const text = readFileSync(join(root, rel), 'latin1');
			for (const re of [fn, variable]) {
				re.lastIndex = 0;
				for (let m = re.exec(text); m; m = re.exec(text))
					if (!found.has(m[1])) found.set(m[1], root === archRoot ? `asm/${rel.replace(/^asm\//, '')}` : rel);
			}
			if (found.size === symbols.length) return found;
		}
	}
	return found;
}

/** Debian's headers for the pinned release: an architecture's tree (Module.symvers) and the common one beside it. */
export function debianHeaders(arch: Arch = 'arm64'): { flavour: string; common: string } | undefined {
	const flavour = headersDir(arch), common = join(dirname(flavour), `linux-headers-${pinnedKernel().abi}-common`);
	return existsSync(flavour) ? { flavour, common } : undefined;
}

function groupMissing(mod: ModuleInfo, missing: string[], headers = debianHeaders(mod.arch)): MissingGroup[] {
	const exporters = headers ? debianExporters(headers.flavour) : new Map<string, string>();
	const groups = new Map<string, MissingGroup>();
	const add = (what: string, hint: string, sym: string) => {
		const g = groups.get(what) ?? { what, hint, symbols: [] };
		g.symbols.push(sym);
		groups.set(what, g);
	};
	const inKernel: string[] = [];
	for (const sym of missing) {
		const by = exporters.get(sym);
		if (by && by !== 'vmlinux')
			add(`Debian's module ${by}.ko`, `exported by a module of Debian's kernel that the board does not provide`, sym);
		else if (by === 'vmlinux') inKernel.push(sym);
		else if (mod.depends.length)
			add(`module ${mod.depends.join(', ')} (depends=)`, 'not exported by Debian\'s kernel: from the modules this one depends on; load them first', sym);
		else
			add('not exported by Debian\'s kernel', 'no kernel exports these: another module must provide them (or the module was built for another kernel)', sym);
	}
	const declared = headers ? declaringHeaders(inKernel, headers.common, mod.arch) : new Map<string, string>();
	for (const sym of inKernel) {
		const header = declared.get(sym);
		const family = header && familyOf(header);
		add(header ? `<${header}>${family ? ` (${family})` : ''}` : 'kernel exports of another kind',
			"exported by Debian's kernel, not yet by the board's", sym);
	}
	return [...groups.values()].map(g => ({ ...g, symbols: g.symbols.sort() }))
		.sort((a, b) => b.symbols.length - a.symbols.length || a.what.localeCompare(b.what));
}

export interface CheckOptions {
	vmlinux?: string;
	/** Group what is missing by Debian module or header (default); off, one "missing" group. */
	group?: boolean;
	/** The board's exports, read once for many checks (readBoardExports()). */
	board?: BoardExports;
	/** Debian's headers, for grouping what is missing; found in the cache when not given. */
	headers?: { flavour: string; common: string };
}

/** The board's exports for modules built for `arch`: its kernel's, unless another is given. */
export function boardExportsFor(arch: Arch, vmlinux?: string): BoardExports {
	return readBoardExports(vmlinux ?? guestKernelPath(arch));
}

export function checkModule(file: string, opts: CheckOptions = {}): CheckResult {
	const mod = readModule(file);
	return checkModuleInfo(mod, opts.board ?? boardExportsFor(mod.arch, opts.vmlinux), opts);
}

export function checkModuleInfo(mod: ModuleInfo, board: BoardExports, opts: CheckOptions = {}): CheckResult {
	const file = mod.file;
	const hasCrcs = mod.versions !== undefined;
	let vermagicOk = true, note: string;
	if (mod.vermagic === undefined) note = 'none: loads with "bad vermagic: kernel tainted" (taint F)';
	else if (mod.vermagic === board.vermagic) note = "the board's";
	else if (sameMagic(mod.vermagic, board.vermagic, hasCrcs)) note = 'another release, accepted because the symbol versions (CRCs) decide';
	else {
		vermagicOk = false;
		note = `refused: "version magic '${mod.vermagic}' should be '${board.vermagic}'"`;
	}
	const gplCompatible = mod.license !== undefined && GPL_COMPATIBLE.has(mod.license);
	const missing: string[] = [], weakMissing: string[] = [], crcMismatch: string[] = [], gplOnly: string[] = [];
	const noVersion: string[] = [];
	for (const imp of mod.imports) {
		const exp = board.symbols.get(imp.name);
		if (!exp || (exp.gpl && !gplCompatible)) {
			if (imp.weak) weakMissing.push(imp.name);
			else if (exp) gplOnly.push(imp.name);
			else missing.push(imp.name);
			continue;
		}
		if (hasCrcs && imp.crc === undefined) noVersion.push(imp.name);
		else if (hasCrcs && imp.crc !== exp.crc) crcMismatch.push(imp.name);
	}
	// check_modstruct_version(): module_layout's CRC stands for struct module itself
	const layout = board.symbols.get('module_layout');
	if (hasCrcs && layout) {
		const crc = mod.versions!.get('module_layout');
		if (crc === undefined) noVersion.push('module_layout');
		else if (crc !== layout.crc) crcMismatch.push('module_layout');
	}
	const groups = opts.group === false
		? (missing.length ? [{ what: 'missing', hint: 'not exported by the board', symbols: missing.sort() }] : [])
		: groupMissing(mod, missing, opts.headers);
	return {
		module: mod.name, file, license: mod.license, imports: mod.imports.length, versions: hasCrcs,
		vermagic: { module: mod.vermagic, board: board.vermagic, ok: vermagicOk, note },
		missing: groups, crcMismatch: crcMismatch.sort(), gplOnly: gplOnly.sort(), noVersion: noVersion.sort(),
		weakMissing: weakMissing.sort(),
		canLoad: vermagicOk && !missing.length && !crcMismatch.length && !gplOnly.length && !noVersion.length,
	};
}

/** The report `kobox check` prints. */
export function formatCheck(r: CheckResult): string {
	const lines = [
		`${r.file}: module ${r.module}, license ${r.license ?? '(none: taints P)'}`,
		`vermagic: ${r.vermagic.module ?? '(none)'}: ${r.vermagic.note}`,
	];
	const unmet = r.missing.reduce((n, g) => n + g.symbols.length, 0);
	lines.push(`imports: ${r.imports}, ${unmet ? `${unmet} the board does not export` : 'all exported by the board'}`);
	for (const g of r.missing) {
		lines.push(`  ${g.what}: ${g.hint}`);
		for (const s of g.symbols) lines.push(`    ${s}`);
	}
	if (r.gplOnly.length) lines.push(`GPL-only exports a module licensed '${r.license ?? ''}' cannot use: ${r.gplOnly.join(' ')}`);
	if (r.crcMismatch.length) lines.push(`symbol versions that disagree with the board's (CRC): ${r.crcMismatch.join(' ')}`);
	if (!r.versions) lines.push('no symbol versions (__versions): loads forced, "module_layout: kernel tainted." (taint F)');
	if (r.noVersion.length) lines.push(`imports without a symbol version in __versions: ${r.noVersion.join(' ')}`);
	if (r.weakMissing.length) lines.push(`weak imports the board lacks (resolved to 0): ${r.weakMissing.join(' ')}`);
	lines.push(r.canLoad ? 'can load on the board' : 'cannot load on the board');
	return lines.join('\n') + '\n';
}

/** Every .ko below dir, sorted. */
export function moduleFiles(dir: string): string[] {
	const out: string[] = [];
	for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		const p = join(dir, e.name);
		if (e.isDirectory()) out.push(...moduleFiles(p));
		else if (e.name.endsWith('.ko')) out.push(p);
	}
	return out;
}

/**
 * Each module below dir, checked against the board's exports read once (no grouping: that is per
 * module), and against the exports of the modules of dir that can load, as modprobe loads a
 * module's dependencies first: repeated until no more can load.
 */
export function checkDirectory(dir: string, opts: CheckOptions = {}): CheckResult[] {
	const mods = moduleFiles(dir).map(readModule);
	const arches = [...new Set(mods.map(m => m.arch))];
	if (arches.length > 1) throw new Error(`${dir}: holds modules for arm64 and for 32-bit ARM: check one architecture's at a time`);
	const board = opts.board ?? boardExportsFor(arches[0] ?? 'arm64', opts.vmlinux);
	const symbols = new Map(board.symbols), exporter = new Map<string, string>(), providing = new Set<ModuleInfo>();
	const check = (m: ModuleInfo) => checkModuleInfo(m, { vermagic: board.vermagic, symbols }, { ...opts, group: false });
	const results = mods.map(check);
	for (let grew = true; grew;) {
		grew = false;
		mods.forEach((m, i) => {
			if (!results[i].canLoad) results[i] = check(m);
			if (!results[i].canLoad || providing.has(m)) return;
			providing.add(m);
			for (const [name, e] of m.exports) {
				if (symbols.has(name)) continue;
				symbols.set(name, e);
				exporter.set(name, m.name);
				grew = true;
			}
		});
	}
	return results.map((r, i) => {
		const after = [...new Set(mods[i].imports.map(imp => exporter.get(imp.name)).filter((n): n is string => !!n))].sort();
		return r.canLoad && after.length ? { ...r, after } : r;
	});
}

/** One line a module, then how many can load. */
export function formatDirectoryCheck(dir: string, results: CheckResult[]): string {
	const lines = results.map(r => {
		const missing = r.missing.flatMap(g => g.symbols);
		const why = [
			!r.vermagic.ok && 'vermagic', missing.length && `${missing.length} missing (${missing.slice(0, 3).join(' ')}${missing.length > 3 ? ' ...' : ''})`,
			r.crcMismatch.length && `CRC ${r.crcMismatch.join(' ')}`, r.gplOnly.length && `GPL-only ${r.gplOnly.join(' ')}`,
			r.noVersion.length && `no version ${r.noVersion.join(' ')}`,
		].filter(Boolean).join(', ');
		const can = r.after ? `can load (after ${r.after.join(', ')})` : 'can load';
		return `${relative(dir, r.file)}: ${r.canLoad ? can : `cannot: ${why}`}`;
	});
	lines.push(`${results.filter(r => r.canLoad).length} of ${results.length} modules can load on the board`);
	return lines.join('\n') + '\n';
}

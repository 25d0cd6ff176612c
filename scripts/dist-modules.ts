// Which modules of Debian's kernel package (the pinned linux-image, in the cache) the board can
// load: those whose every import is exported by the board's kernel or by another module it can
// load (to a fixed point), GPL-only exports going only to GPL-compatible modules. The README's
// count comes from here.
// usage: node --import tsx scripts/dist-modules.ts [--list] [--missing N] [--kernel VMLINUX]
//   --list       print the loadable modules, one path a line (relative to the package's kernel/)
//   --missing N  print the N symbols that block the most modules, with how many each blocks
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ElfFile } from '../emulator/boot/elf.ts';
import { defaultKernelPath, distModulesDir } from '../emulator/paths.ts';

const STB_GLOBAL = 1;
const GPL_COMPATIBLE = new Set(['GPL', 'GPL v2', 'GPL and additional rights', 'Dual BSD/GPL', 'Dual MIT/GPL', 'Dual MPL/GPL']);

interface Exports { all: Set<string>; gpl: Set<string> }
interface DistModule { path: string; imports: string[]; exports: Exports; gplCompatible: boolean }

/** The symbols an ELF file exports: its __ksymtab_<sym> markers, GPL-only in __ksymtab_gpl. */
function exportsOf(elf: ElfFile): Exports {
	const all = new Set<string>(), gpl = new Set<string>();
	for (const s of elf.symbols()) {
		if (!s.name.startsWith('__ksymtab_') || s.shndx === 0) continue;
		const name = s.name.slice('__ksymtab_'.length);
		all.add(name);
		if (elf.sections[s.shndx]?.name.includes('_gpl')) gpl.add(name);
	}
	return { all, gpl };
}

function readModule(path: string, root: string): DistModule {
	const elf = new ElfFile(readFileSync(path), path);
	const imports = elf.symbols().filter(s => s.shndx === 0 && s.bind === STB_GLOBAL && s.name).map(s => s.name);
	const modinfo = elf.sections.find(s => s.name === '.modinfo');
	const fields = modinfo ? elf.data.toString('latin1', modinfo.offset, modinfo.offset + modinfo.size).split('\0') : [];
	const license = fields.find(f => f.startsWith('license='))?.slice('license='.length) ?? '';
	return { path: relative(root, path), imports, exports: exportsOf(elf), gplCompatible: GPL_COMPATIBLE.has(license) };
}

function modulesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap(name => {
		const p = join(dir, name);
		return statSync(p).isDirectory() ? modulesUnder(p) : p.endsWith('.ko') ? [p] : [];
	});
}

function main(): void {
	process.stdout.on('error', e => { if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0); throw e; });
	const args = process.argv.slice(2);
	const opt = (name: string) => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
	const vmlinux = opt('--kernel') ?? defaultKernelPath;
	const kernel = exportsOf(new ElfFile(readFileSync(vmlinux), vmlinux));
	const root = distModulesDir();
	const mods = modulesUnder(root).map(p => readModule(p, root));

	// What a module can link against: the kernel's exports and those of modules already loadable.
	const usable = new Map<string, boolean>();	// symbol -> GPL-only
	for (const s of kernel.all) usable.set(s, kernel.gpl.has(s));
	const loadable = new Set<DistModule>();
	const satisfied = (m: DistModule) => m.imports.every(s => usable.has(s) && (m.gplCompatible || !usable.get(s)));
	for (let grew = true; grew;) {
		grew = false;
		for (const m of mods) {
			if (loadable.has(m) || !satisfied(m)) continue;
			loadable.add(m);
			for (const s of m.exports.all) if (!usable.has(s)) usable.set(s, m.exports.gpl.has(s));
			grew = true;
		}
	}

	console.log(`${loadable.size} of ${mods.length} modules of the package have every import exported (${kernel.all.size} kernel exports)`);
	if (args.includes('--list'))
		for (const m of [...loadable].sort((a, b) => a.path.localeCompare(b.path))) console.log(m.path);
	const n = Number(opt('--missing') ?? 0);
	if (n > 0) {
		const blocking = new Map<string, number>();
		for (const m of mods) {
			if (loadable.has(m)) continue;
			for (const s of new Set(m.imports)) if (!usable.has(s)) blocking.set(s, (blocking.get(s) ?? 0) + 1);
		}
		for (const [s, count] of [...blocking].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n))
			console.log(`${count}\t${s}`);
	}
}

main();

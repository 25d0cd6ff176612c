// Which modules of Debian's kernel package (the pinned linux-image, in the cache) the board can
// load: `kobox check` of its whole kernel/ directory (each module against the board's exports and
// those of the package's modules that can load, with Debian's CRCs and GPL-ness). The README's
// count comes from here.
// usage: node --import tsx scripts/dist-modules.ts [--list] [--missing N] [--kernel VMLINUX]
//   --list       print the loadable modules, one path a line (relative to the package's kernel/)
//   --missing N  print the N symbols that block the most modules, with how many each blocks
import { relative } from 'node:path';
import { checkDirectory, readBoardExports } from '../emulator/check.ts';
import { defaultKernelPath, distModulesDir } from '../emulator/paths.ts';

function main(): void {
	process.stdout.on('error', e => { if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0); throw e; });
	const args = process.argv.slice(2);
	const opt = (name: string) => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
	const board = readBoardExports(opt('--kernel') ?? defaultKernelPath);
	const root = distModulesDir();
	const results = checkDirectory(root, { board });
	const loadable = results.filter(r => r.canLoad);

	console.log(`${loadable.length} of ${results.length} modules of the package have every import exported (${board.symbols.size} kernel exports)`);
	if (args.includes('--list'))
		for (const r of loadable) console.log(relative(root, r.file));
	const n = Number(opt('--missing') ?? 0);
	if (n > 0) {
		const blocking = new Map<string, number>();
		for (const r of results)
			for (const s of new Set(r.missing.flatMap(g => g.symbols))) blocking.set(s, (blocking.get(s) ?? 0) + 1);
		for (const [s, count] of [...blocking].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n))
			console.log(`${count}\t${s}`);
	}
}

main();

// Compile kobox's TypeScript (the CLI and the library) ahead of time into plain ES modules, so that
// a command starts without transpiling on every run. Two forms:
//   node scripts/build-js.mjs cache OUTDIR    for this checkout, into its cache (setup does it): the
//                                             tree's root is written into the code, npm packages
//                                             are imported by absolute path (OUTDIR is anywhere)
//   node scripts/build-js.mjs package         dist/ inside the package, for npm pack: the code finds
//                                             its root and its packages from dist/, as usual
// Either way, one file per entry point; npm packages stay outside (koffi is native, capstone loads
// a .wasm file next to its own code).
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [form, outArg] = process.argv.slice(2);
if (!(form === 'cache' && outArg) && form !== 'package') {
	console.error('usage: build-js.mjs cache OUTDIR | package');
	process.exit(2);
}
const forCache = form === 'cache';
const requireFromRoot = createRequire(join(root, 'package.json'));

/** npm packages by absolute path, wherever the output lives. */
const packagesByPath = {
	name: 'packages-by-path',
	setup(b) {
		b.onResolve({ filter: /^[^./]/ }, args => {
			if (args.path.startsWith('node:')) return { path: args.path, external: true };
			return { path: requireFromRoot.resolve(args.path), external: true };
		});
	},
};

await build({
	entryPoints: {
		cli: join(root, 'emulator/cli.ts'), index: join(root, 'emulator/index.ts'), vitest: join(root, 'emulator/vitest.ts'),
		'test-worker': join(root, 'emulator/test-worker.ts'),
	},
	outdir: forCache ? resolve(outArg) : join(root, 'dist'),
	bundle: true,
	splitting: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	packages: forCache ? undefined : 'external',
	plugins: forCache ? [packagesByPath] : [],
	define: forCache ? { KOBOX_ROOT: JSON.stringify(root) } : {},
	chunkNames: 'chunks/[name]-[hash]',
	logLevel: 'warning',
});

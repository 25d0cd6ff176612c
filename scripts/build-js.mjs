// Compile kobox's TypeScript (the CLI and the library) ahead of time into plain ES modules, so that
// a command starts without transpiling on every run. Two forms:
//   node scripts/build-js.mjs cache OUTDIR    for this checkout, into its cache (setup does it): the
//                                             tree's root is written into the code, npm packages
//                                             are imported by absolute path (OUTDIR is anywhere)
//   node scripts/build-js.mjs package         dist/ inside the package, for npm pack: the code finds
//                                             its root and its packages from dist/, as usual
// Either way, one file per entry point; npm packages stay outside (koffi is native, capstone loads
// a .wasm file next to its own code). In the cache, the CLI is one CommonJS script instead
// (cli-code.cjs), which cli.js (scripts/cli-loader.mjs) runs through V8's code cache.
import { build } from 'esbuild';
import { copyFileSync } from 'node:fs';
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

/** npm packages by absolute path, wherever the output lives; `inside` ones bundled instead. */
const packagesByPath = (inside = []) => ({
	name: 'packages-by-path',
	setup(b) {
		b.onResolve({ filter: /^[^./]/ }, args => {
			if (args.path.startsWith('node:')) return { path: args.path, external: true };
			return { path: requireFromRoot.resolve(args.path), external: !inside.includes(args.path) };
		});
	},
});

await build({
	entryPoints: {
		...forCache ? {} : { cli: join(root, 'emulator/cli.ts') },
		index: join(root, 'emulator/index.ts'), vitest: join(root, 'emulator/vitest.ts'),
		'test-worker': join(root, 'emulator/test-worker.ts'),
	},
	outdir: forCache ? resolve(outArg) : join(root, 'dist'),
	bundle: true,
	splitting: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	packages: forCache ? undefined : 'external',
	plugins: forCache ? [packagesByPath()] : [],
	define: forCache ? { KOBOX_ROOT: JSON.stringify(root) } : {},
	chunkNames: 'chunks/[name]-[hash]',
	logLevel: 'warning',
});

if (forCache) {
	// The CLI as a script: import.meta's two uses become the script's own file and require.resolve,
	// and import() a require() (V8 loses a script's import() callback when its code comes from the
	// cache: "A dynamic import callback was not specified").
	await build({
		entryPoints: { 'cli-code': join(root, 'emulator/cli.ts') },
		outdir: resolve(outArg),
		outExtension: { '.js': '.cjs' },
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		supported: { 'dynamic-import': false },
		// commander is plain JavaScript: in the script, the code cache holds it too.
		plugins: [packagesByPath(['commander'])],
		define: { KOBOX_ROOT: JSON.stringify(root), 'import.meta.url': '__koboxFileUrl', 'import.meta.resolve': '__koboxResolve' },
		banner: {
			js: "const __koboxFileUrl = require('node:url').pathToFileURL(__filename).href;\n" +
				"const __koboxResolve = id => require('node:url').pathToFileURL(require.resolve(id)).href;",
		},
		logLevel: 'warning',
	});
	copyFileSync(join(root, 'scripts/cli-loader.mjs'), join(resolve(outArg), 'cli.js'));
}

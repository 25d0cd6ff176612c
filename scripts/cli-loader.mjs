// The compiled CLI's entry point in a checkout's cache: scripts/build-js.mjs puts this file there as
// cli.js, beside cli-code.cjs, the CLI compiled to one CommonJS script. It runs that script through
// V8's code cache, which Node 20 offers for scripts but not for ES modules, so that a command does
// not compile kobox's code again on every start. The first run saves the cache (cli-code.cjs.v8),
// and so does a run whose Node refused it; setup replaces the directory when it compiles anew.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const file = fileURLToPath(new URL('./cli-code.cjs', import.meta.url));
const cacheFile = `${file}.v8`;
let cached;
try {
	cached = readFileSync(cacheFile);
} catch {
	// none yet: this run makes it
}
const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: cached });
const compiled = { exports: {} };
script.runInThisContext()(compiled.exports, createRequire(file), compiled, file, dirname(file));

/** Save the code V8 compiled so far (what the command ran), for the next start. */
function saveCache() {
	const tmp = `${cacheFile}.${process.pid}`;
	try {
		writeFileSync(tmp, script.createCachedData());
		renameSync(tmp, cacheFile);
	} catch {
		// a cache that cannot be written only costs the next start its compiling
	}
}

export async function main(argv) {
	try {
		await compiled.exports.main(argv);
	} finally {
		if (!cached || script.cachedDataRejected) saveCache();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv);

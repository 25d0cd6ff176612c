#!/usr/bin/env node
// The kobox command. Before a command that needs the board it runs setup (scripts/setup.sh: silent,
// and quick when there is nothing to do), before loading any npm package, so that the first command
// in a fresh checkout or a fresh installation sets kobox up. Then the CLI runs as JavaScript compiled
// ahead of time: in a checkout, the one setup keeps current in the cache (setup names it on fd 3);
// in an installed package, dist/ (compiled when it was packed). Without either (a command that
// skips setup, in a checkout) the TypeScript runs through tsx, registered from here (not with
// `node --import tsx`, which looks for tsx from the current directory) so kobox runs from any directory.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const NEEDS_SETUP = ['setup', 'boot', 'run', 'shell', 'insmod', 'build', 'test', 'capture'];
/** kobox itself failed (emulator/cli-errors.ts: KOBOX_ERROR). */
const KOBOX_ERROR = 70;

let compiled = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const [command, ...rest] = process.argv.slice(2);
if (NEEDS_SETUP.includes(command) && !rest.includes('--help') && !rest.includes('-h')) {
	const setup = fileURLToPath(new URL('../scripts/setup.sh', import.meta.url));
	const r = spawnSync('bash', [setup], { stdio: ['ignore', 'inherit', 'inherit', 'pipe'], env: { ...process.env, KOBOX_JS_FD: '3' } });
	if (r.status !== 0) {
		process.stderr.write(`kobox: setup failed${r.error ? `: ${r.error.message}` : ''} (${setup})\n`);
		process.exit(KOBOX_ERROR);
	}
	const named = r.output[3]?.toString().trim();
	if (named) compiled = named;
	// `--arch arm`: 32-bit ARM's own setup too (its guest kernel, busybox and helper), which an
	// arm64-only user never pays for.
	if (rest.some((a, i) => a === '--arch=arm' || (a === '--arch' && rest[i + 1] === 'arm'))) {
		const arm = spawnSync('bash', [fileURLToPath(new URL('../scripts/setup-arm.sh', import.meta.url))], { stdio: ['ignore', 'inherit', 'inherit'] });
		if (arm.status !== 0) {
			process.stderr.write(`kobox: 32-bit ARM setup failed${arm.error ? `: ${arm.error.message}` : ''} (scripts/setup-arm.sh)\n`);
			process.exit(KOBOX_ERROR);
		}
	}
}
let main;
if (existsSync(compiled)) {
	({ main } = await import(pathToFileURL(compiled).href));
} else {
	const { register } = await import('tsx/esm/api');
	register();
	({ main } = await import('../emulator/cli.ts'));
}
await main(process.argv);

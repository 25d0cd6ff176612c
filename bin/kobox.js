#!/usr/bin/env node
// The kobox command. Before a command that needs the board it runs setup (scripts/setup.sh: silent,
// and quick when there is nothing to do), before loading any npm package, so that the first command
// in a fresh checkout or a fresh installation sets kobox up. Then the TypeScript CLI runs through
// tsx, registered from here (not with `node --import tsx`, which looks for tsx from the current
// directory) so kobox runs from any directory.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const NEEDS_SETUP = ['setup', 'boot', 'run', 'shell', 'insmod', 'build', 'test', 'capture'];
/** kobox itself failed (emulator/cli-errors.ts: KOBOX_ERROR). */
const KOBOX_ERROR = 70;

const [command, ...rest] = process.argv.slice(2);
if (NEEDS_SETUP.includes(command) && !rest.includes('--help') && !rest.includes('-h')) {
	const setup = fileURLToPath(new URL('../scripts/setup.sh', import.meta.url));
	const r = spawnSync('bash', [setup], { stdio: ['ignore', 'inherit', 'inherit'] });
	if (r.status !== 0) {
		process.stderr.write(`kobox: setup failed${r.error ? `: ${r.error.message}` : ''} (${setup})\n`);
		process.exit(KOBOX_ERROR);
	}
}
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../emulator/cli.ts');
await main(process.argv);

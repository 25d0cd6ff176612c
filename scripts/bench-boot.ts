// Measure how long the board takes from start to power-off, with busybox running `true` as the
// whole of userspace: in process, and as a whole `kobox run` command (bin/kobox.js: setup, then the CLI).
// usage: npm run bench [-- RUNS]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Board } from '../emulator/board/board.ts';
import { VirtualClock } from '../emulator/board/clock.ts';
import { buildInitrd } from '../emulator/run.ts';
import { repoRoot } from '../emulator/paths.ts';

const runs = Number(process.argv[2] ?? 10);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;

const initrd = await buildInitrd({ command: ['true'] });
const inProcess: number[] = [];
let instructions = 0n;
for (let i = 0; i < runs; i++) {
	const t0 = performance.now();
	const board = new Board({ initrd });
	const exit = await board.run();
	inProcess.push(performance.now() - t0);
	if (exit.reason !== 'poweroff') throw new Error(`boot ended with ${exit.reason}: ${exit.message}`);
	instructions = (board.clock as VirtualClock).uptimeNs; // one instruction per virtual nanosecond
	board.close();
}

const command: number[] = [];
for (let i = 0; i < Math.min(runs, 5); i++) {
	const t0 = performance.now();
	const r = spawnSync(process.execPath, [join(repoRoot, 'bin/kobox.js'), 'run', '--', 'true'], { cwd: repoRoot, stdio: 'ignore' });
	command.push(performance.now() - t0);
	if (r.status !== 0) throw new Error(`kobox run exited with ${r.status}`);
}

console.log(`boot, run \`true\` in busybox, power off, in process (${runs} runs): ${fmt(inProcess)}; ~${(Number(instructions) / 1e6).toFixed(1)} M guest instructions`);
console.log(`\`kobox run -- true\` as a command, Node start-up and the no-op setup included (${command.length} runs): ${fmt(command)}`);
console.log(`peak resident memory of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);

// Measure how long the board takes from start to power-off, with busybox running `true` as the
// whole of userspace: in process, and as a whole `kobox run` command (bin/kobox.js: setup, then the
// CLI), beside its parts, with and without the boot cache; and `kobox insmod` with and without it.
// With 32-bit ARM set up (scripts/setup-arm.sh), the same two commands with --arch arm too.
// usage: npm run bench [-- RUNS]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Board, guestKernelPath } from '../emulator/board/board.ts';
import { buildInitrd } from '../emulator/guest/run.ts';
import { buildDir, builtModulesDir, busyboxFor, modulesBuildDir, repoRoot } from '../emulator/paths.ts';

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
	instructions = board.counter.retired;
	board.close();
}

// The command, paired in one loop with its parts (so that a loaded machine slows all alike):
// a bare Node, the CLI compiled ahead of time (what bin/kobox.js runs after the no-op setup), the
// same CLI through tsx, and the whole bin/kobox.js. CPU time (user + system, children included)
// comes from bash's `times`, wall time from here.
interface Cost { wall: number[]; cpu: number[] }
const compiledCli = join(buildDir, 'js/cli.js');
const hello = join(builtModulesDir, 'hello/hello.ko');
const runTrue = [compiledCli, 'run', '--', 'true'], insmodHello = [compiledCli, 'insmod', hello];
const commands: Record<string, string[]> = {
	'`node -e 0`': ['-e', '0'],
	'`kobox run -- true`, the CLI compiled ahead of time, without setup': runTrue,
	'`kobox run --no-boot-cache -- true`, the same booting': [compiledCli, 'run', '--no-boot-cache', '--', 'true'],
	'`kobox run -- true`, the CLI through tsx, without setup': ['--import', 'tsx', join(repoRoot, 'emulator/cli.ts'), 'run', '--', 'true'],
	'`kobox run -- true` through bin/kobox.js (the no-op setup, then the compiled CLI)': [join(repoRoot, 'bin/kobox.js'), 'run', '--', 'true'],
	'`kobox insmod hello.ko`, the compiled CLI, its boot restored from the boot cache': insmodHello,
	'`kobox insmod hello.ko`, the compiled CLI, booting (--no-boot-cache)': [compiledCli, 'insmod', '--no-boot-cache', hello],
};
const armHello = join(modulesBuildDir('arm'), 'hello/hello.ko');
const armReady = [guestKernelPath('arm'), busyboxFor('arm'), armHello].every(f => existsSync(f));
if (armReady) {
	commands['`kobox run --arch arm -- true`, the compiled CLI, its boot from the boot cache'] = [compiledCli, 'run', '--arch', 'arm', '--', 'true'];
	commands['`kobox insmod --arch arm hello.ko` (armhf), the compiled CLI, its boot from the boot cache'] = [compiledCli, 'insmod', '--arch', 'arm', armHello];
}
const costs = new Map<string, Cost>(Object.keys(commands).map(k => [k, { wall: [], cpu: [] }]));
for (let i = 0; i < Math.min(runs, 5); i++) {
	for (const [name, args] of Object.entries(commands)) {
		const t0 = performance.now();
		const r = spawnSync('bash', ['-c', '"$@" >/dev/null 2>&1 || exit; times', '-', process.execPath, ...args], { cwd: repoRoot, encoding: 'utf8' });
		const wall = performance.now() - t0;
		if (r.status !== 0) throw new Error(`${name} exited with ${r.status}`);
		const [user, sys] = [...r.stdout.trim().split('\n')[1].matchAll(/(\d+)m([\d.]+)s/g)].map(m => Number(m[1]) * 60 + Number(m[2]));
		costs.get(name)!.wall.push(wall);
		costs.get(name)!.cpu.push((user + sys) * 1000);
	}
}

/** Peak resident memory of one run of a command's own process: a preload writes it at exit. */
function peakRss(args: string[]): number {
	const file = join(tmpdir(), `kobox-bench-rss-${process.pid}`);
	const preload = 'data:text/javascript,import { writeFileSync } from "node:fs";'
		+ 'process.on("exit", () => writeFileSync(process.env.KOBOX_BENCH_RSS, String(process.resourceUsage().maxRSS)));';
	const r = spawnSync(process.execPath, ['--import', preload, ...args], { cwd: repoRoot, stdio: 'ignore', env: { ...process.env, KOBOX_BENCH_RSS: file } });
	if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}`);
	const kib = Number(readFileSync(file, 'utf8'));
	rmSync(file);
	return kib / 1024;
}
const rss: [string, string[]][] = [['`kobox run -- true` (compiled, boot cache)', runTrue], ['`kobox insmod hello.ko` (compiled, boot cache)', insmodHello]];

/**
 * A command's CPU time over `node -e 0`'s, run by run: the median of the ratios of a pair holds
 * better than the ratio of the medians when the machine's speed drifts within the loop.
 */
const node = costs.get('`node -e 0`')!.cpu;
const pairedRatio = (c: Cost) => median(c.cpu.map((cpu, i) => cpu / node[i])).toFixed(2);

console.log(`boot, run \`true\` in busybox, power off, in process (${runs} runs): ${fmt(inProcess)}; ~${(Number(instructions) / 1e6).toFixed(1)} M guest instructions`);
for (const [name, c] of costs)
	console.log(`${name} (${c.cpu.length} runs): CPU ${fmt(c.cpu)}; wall ${fmt(c.wall)}${c.cpu === node ? '' : `; CPU ${pairedRatio(c)}x \`node -e 0\`'s (median of the runs' ratios)`}`);
if (!armReady) console.log('32-bit ARM is not set up (scripts/setup-arm.sh): no --arch arm figures');
for (const [name, args] of rss) console.log(`peak resident memory of one process, ${name}: ${peakRss(args).toFixed(0)} MiB`);
console.log(`peak resident memory of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);

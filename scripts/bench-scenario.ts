// Measure one scenario end to end, as a user runs it: `kobox test SCENARIO` as a new process (the
// compiled CLI: start, the board from the boot cache, the commands, the comparison with the golden)
// against Debian's real kernel under QEMU booting and running the same scenario's commands through
// the same helper. Paired in one loop, so that a loaded machine slows both alike.
// usage: npm run bench:scenario [-- RUNS [SCENARIO]]
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDir, repoRoot } from '../emulator/paths.ts';
import { referenceKernel } from '../emulator/transcript/capture.ts';
import { readScenario } from '../emulator/transcript/scenario-file.ts';
import { transcriptOnQemu } from '../emulator/transcript/scenario-run.ts';

const runs = Number(process.argv[2] ?? 5);
const path = process.argv[3] ?? join(repoRoot, 'test/golden/hello.scenario');
execFileSync(join(repoRoot, 'scripts/build-tests.sh'), { stdio: 'inherit' });
const scenario = readScenario(path);
const vmlinuz = referenceKernel(scenario.arch);

/** CPU seconds of this process's children that have ended (/proc/self/stat's cutime + cstime). */
function childrenCpu(): number {
	const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
	return (Number(fields[13]) + Number(fields[14])) / 100; // fields 16 and 17 of proc(5), in ticks of 1/100 s
}

interface Cost { wall: number[]; cpu: number[] }
const board: Cost = { wall: [], cpu: [] }, qemu: Cost = { wall: [], cpu: [] };
for (let i = 0; i < runs; i++) {
	let t0 = performance.now(), c0 = childrenCpu();
	const r = spawnSync(process.execPath, [join(buildDir, 'js/cli.js'), 'test', path], { cwd: repoRoot, encoding: 'utf8' });
	board.wall.push(performance.now() - t0);
	board.cpu.push((childrenCpu() - c0) * 1000);
	if (r.status !== 0) throw new Error(`kobox test ${path} exited with ${r.status}:\n${r.stdout}${r.stderr}`);
	t0 = performance.now();
	c0 = childrenCpu();
	const run = await transcriptOnQemu(scenario, vmlinuz);
	qemu.wall.push(performance.now() - t0);
	qemu.cpu.push((childrenCpu() - c0) * 1000);
	if (!run.complete) throw new Error(`QEMU did not complete ${path}:\n${run.console.slice(-2000)}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (c: Cost) => `median ${median(c.wall).toFixed(0)} ms wall, ${median(c.cpu).toFixed(0)} ms CPU`;
const name = relative(repoRoot, path);
console.log(`${name} (${scenario.commands.length} commands), ${runs} runs each, paired:`);
console.log(`  board, \`kobox test ${name}\` as a new process: ${show(board)}`);
console.log(`  QEMU, Debian's ${vmlinuz.split('/').pop()} booting and running it: ${show(qemu)}`);
console.log(`  the board is ${(median(qemu.wall) / median(board.wall)).toFixed(1)}x as fast (wall), ${(median(qemu.cpu) / median(board.cpu)).toFixed(1)}x (CPU)`);

// Measure, in one run, how fast scenarios go on the board (booted once, each scenario restored from
// a snapshot; and `kobox test -j 2`, two boards at once), against fresh boots on the board and
// boots of Debian's real kernel under QEMU, each boot paired with a `kobox test -j 2` run. With
// `arm`: the armhf goldens (test/golden-arm/) on the 32-bit ARM board, against Debian's armmp
// kernel under qemu-system-arm.
// usage: npm run bench:suite [-- QEMU_BOOTS [arm64|arm]]
import { ScenarioRunner } from '../emulator/transcript/suite.ts';
import { readScenario, scenarioPaths } from '../emulator/transcript/scenario-file.ts';
import { referenceKernel } from '../emulator/transcript/capture.ts';
import { bootOnQemu } from '../emulator/reference/qemu.ts';
import { buildInitrd } from '../emulator/guest/run.ts';
import { Session, TRANSCRIPT_CMDLINE } from '../emulator/guest/session.ts';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { buildDir, repoRoot, type Arch } from '../emulator/paths.ts';

const qemuBoots = Number(process.argv[2] ?? 5);
const arch = (process.argv[3] ?? 'arm64') as Arch;
if (arch !== 'arm64' && arch !== 'arm') throw new Error(`usage: bench-suite.ts [QEMU_BOOTS [arm64|arm]]: no architecture ${arch}`);
const goldens = join(repoRoot, arch === 'arm' ? 'test/golden-arm' : 'test/golden');
// What the scenarios add: the modules, their broken copies and the test programs (armhf's too).
execFileSync(join(repoRoot, 'scripts/build-tests.sh'), { stdio: 'inherit' });
const scenarios = scenarioPaths([goldens]).map(readScenario);
const commands = scenarios.reduce((n, s) => n + s.commands.length, 0);

async function board(snapshots: boolean): Promise<number> {
	const runner = new ScenarioRunner({ snapshots });
	const t0 = performance.now();
	try {
		for (const s of scenarios) await runner.run(s);
	} finally {
		runner.close();
	}
	return (performance.now() - t0) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A session's start, three times: a boot, or a restore from the boot cache. */
async function sessionStarts(bootCache: boolean): Promise<number> {
	const starts: number[] = [];
	for (let i = 0; i < 3; i++) {
		const t0 = performance.now();
		(await Session.boot({ arch, bootCache })).close();
		starts.push(performance.now() - t0);
	}
	return median(starts);
}

/** What a scenario starts from: a boot to the waiting helper, the boot cache, or a restore of a snapshot. */
async function startCosts(): Promise<{ boot: number; cached: number; restore: number }> {
	const boot = await sessionStarts(false);
	(await Session.boot({ arch })).close(); // fills the boot cache
	const cached = await sessionStarts(true);
	const session = await Session.boot({ arch });
	const snap = session.snapshot();
	const restores: number[] = [];
	for (let i = 0; i < 10; i++) {
		await session.run('insmod /nonexistent.ko');
		const t0 = performance.now();
		session.restore(snap);
		restores.push(performance.now() - t0);
	}
	session.close();
	return { boot, cached, restore: median(restores) };
}

/**
 * `kobox test -j JOBS` over the goldens, as a command (the compiled CLI): its wall time. Scenarios
 * that fail (armhf's that await the kernel, test/golden/goldens-arm.test.ts) run all the same: exit 1
 * is a run like another.
 */
function parallel(jobs: number): number {
	const t0 = performance.now();
	const r = spawnSync(process.execPath, [join(buildDir, 'js/cli.js'), 'test', '-j', String(jobs), goldens], { encoding: 'utf8' });
	if (r.status !== 0 && r.status !== 1) throw new Error(`kobox test -j ${jobs} exited with ${r.status}:\n${r.stderr}`);
	return (performance.now() - t0) / 1000;
}

const start = await startCosts();
const withSnapshots = await board(true);
const fresh = await board(false);
const vmlinuz = referenceKernel(arch);
const initrd = await buildInitrd({ arch, command: ['true'] });
// QEMU's boots each paired with a `kobox test -j 2` run beside it: the machine's speed drifts by a
// third within minutes, and a ratio taken pair by pair holds where medians taken apart do not.
const qemuTimes: number[] = [], twoBoardTimes: number[] = [], ratios: number[] = [];
for (let i = 0; i < qemuBoots; i++) {
	twoBoardTimes.push(parallel(2));
	const t0 = performance.now();
	const out = await bootOnQemu(vmlinuz, initrd, TRANSCRIPT_CMDLINE, 120, arch);
	qemuTimes.push((performance.now() - t0) / 1000);
	if (!out.includes('\x1b]kobox;exit=0\x07')) throw new Error(`QEMU boot ${i + 1} did not run /init:\n${out.slice(-2000)}`);
	ratios.push((scenarios.length / twoBoardTimes[i]) * qemuTimes[i]);
}
const twoBoards = median(twoBoardTimes);
const qemu = qemuTimes.reduce((a, b) => a + b, 0);

console.log(`board, boot to the waiting helper: median ${start.boot.toFixed(0)} ms; from the boot cache: median ${start.cached.toFixed(0)} ms; restore of its snapshot: median ${start.restore.toFixed(0)} ms`);
const rate = (n: number, s: number) => `${(n / s).toFixed(2)}/s (${n} in ${s.toFixed(1)} s)`;
console.log(`board, one boot + a snapshot restored per scenario: ${rate(scenarios.length, withSnapshots)} scenarios, ${commands} commands`);
console.log(`board, kobox test -j 2 (two boards, the whole command), median of ${qemuBoots}: ${rate(scenarios.length, twoBoards)} scenarios`);
console.log(`board, a fresh boot per scenario:                   ${rate(scenarios.length, fresh)} scenarios`);
console.log(`QEMU, Debian's ${vmlinuz.split('/').pop()} booting busybox to run \`true\`: ${rate(qemuBoots, qemu)} boots`);
console.log(`kobox test -j 2's scenarios/s over QEMU's boots/s, each run with the boot beside it: median ${median(ratios).toFixed(1)}x (${[...ratios].sort((a, b) => a - b).map(r => r.toFixed(1)).join(', ')})`);

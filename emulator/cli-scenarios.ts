// `kobox test` and `kobox capture`: folders of scenarios against their goldens, and goldens from
// Debian's real kernel.
import { Command, InvalidArgumentError } from 'commander';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { readGolden, readScenario, scenarioPaths, type ScenarioFile } from './transcript/scenario-file.ts';
import { ScenarioRunner } from './transcript/suite.ts';
import { compareTranscript } from './transcript/compare.ts';
import { captureGolden, referenceKernel } from './transcript/capture.ts';

function scenarios(paths: string[]): ScenarioFile[] {
	if (!paths.length) throw new InvalidArgumentError('give scenario files or directories of them');
	try {
		return scenarioPaths(paths).map(readScenario);
	} catch (e) {
		throw new InvalidArgumentError((e as Error).message);
	}
}

const secs = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

interface TestOptions { snapshot: boolean; bootCache: boolean; release?: string; kernel?: string; timeout: number }

/** Run each scenario on the board and compare with its golden. Returns the exit status. */
export async function testScenarios(paths: string[], opts: TestOptions, out = process.stdout): Promise<number> {
	const list = scenarios(paths);
	const runner = new ScenarioRunner({ snapshots: opts.snapshot, bootCache: opts.bootCache, kernel: opts.kernel, timeoutSeconds: opts.timeout });
	let failed = 0;
	try {
		for (const s of list) {
			const t0 = performance.now();
			const golden = readGolden(s.golden);
			if (golden === undefined) {
				failed++;
				out.write(`FAIL ${s.name}: no golden ${relative(process.cwd(), s.golden)} (kobox capture ${relative(process.cwd(), s.path)})\n`);
				continue;
			}
			let verdict: string;
			try {
				const c = compareTranscript(golden, await runner.run(s), { release: opts.release, orderedSubset: s.compare === 'ordered-subset' });
				verdict = c.pass ? '' : c.diff;
			} catch (e) {
				verdict = `the board could not run it: ${(e as Error).message}`;
			}
			if (verdict) failed++;
			out.write(`${verdict ? 'FAIL' : 'PASS'} ${s.name} (${secs(t0)})\n${verdict ? verdict + '\n' : ''}`);
		}
	} finally {
		runner.close();
	}
	out.write(`${list.length - failed} passed, ${failed} failed\n`);
	return failed ? 1 : 0;
}

interface CaptureOptions { kernel?: string }

export async function captureScenarios(paths: string[], opts: CaptureOptions, err = process.stderr): Promise<number> {
	const list = scenarios(paths);
	if (opts.kernel && !existsSync(opts.kernel)) throw new InvalidArgumentError(`--kernel: no such file: ${opts.kernel}`);
	const builtin = list.find(s => s.builtin);
	if (builtin) throw new InvalidArgumentError(`${relative(process.cwd(), builtin.path)}: # builtin: Debian's kernel cannot have code built into it; capture the module side instead`);
	const vmlinuz = opts.kernel ?? referenceKernel();
	for (const [i, s] of list.entries()) {
		const t0 = performance.now();
		err.write(`[${i + 1}/${list.length}] ${s.name} ...`);
		await captureGolden(s, vmlinuz, `kobox capture ${relative(process.cwd(), s.path)}`);
		err.write(` ${secs(t0)}, wrote ${relative(process.cwd(), s.golden)}\n`);
	}
	return 0;
}

function seconds(value: string): number {
	const n = Number(value);
	if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds');
	return n;
}

/** The option of every command that can restore its boot from the boot cache. */
export const NO_BOOT_CACHE = ['--no-boot-cache', 'boot, even if the cache holds this board already booted'] as const;

export function addScenarioCommands(program: Command): void {
	program.command('test')
		.description('run folders of scenarios (NAME.scenario, files, NAME.golden) on the board; PASS/FAIL each with a diff; exit 1 on any failure')
		.argument('<paths...>', '.scenario files, or directories of them')
		.option('--no-snapshot', 'boot afresh for every scenario instead of restoring a snapshot')
		.option(...NO_BOOT_CACHE)
		.option('--release <str>', 'normalise this kernel release string away on both sides')
		.option('--kernel <vmlinux>', 'boot another guest kernel ELF')
		.option('--timeout <sec>', 'seconds of host time the boot, and each command, may take', seconds, 60)
		.action(async (paths: string[], opts: TestOptions) => { process.exitCode = await testScenarios(paths, opts); });
	program.command('capture')
		.description('run scenarios on Debian\'s real arm64 kernel under QEMU and write NAME.golden next to each')
		.argument('<paths...>', '.scenario files, or directories of them')
		.option('--kernel <vmlinuz>', 'the reference kernel image (default: Debian\'s, fetched by scripts/reference-kernel.sh)')
		.action(async (paths: string[], opts: CaptureOptions) => { process.exitCode = await captureScenarios(paths, opts); });
}

// `kobox test` and `kobox capture`: folders of scenarios against their goldens, and goldens from
// Debian's real kernel.
import { Command, InvalidArgumentError } from 'commander';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { readGolden, readScenario, readScenarioHead, scenarioPaths, type ScenarioFile } from './transcript/scenario-file.ts';
import { ScenarioRunner } from './transcript/suite.ts';
import { compareTranscript } from './transcript/compare.ts';
import { captureGolden, referenceKernel } from './transcript/capture.ts';
import { serveJudge, startWorkers, workerConfig, type Judge, type Verdict } from './test-workers.ts';
import { availableParallelism } from 'node:os';
import { addTraceOptions, openTrace, type TraceCliOptions } from './cli-trace.ts';
import type { TraceOptions } from './trace/tracer.ts';

function scenarios<T>(paths: string[], read: (path: string) => T): T[] {
	if (!paths.length) throw new InvalidArgumentError('give scenario files or directories of them');
	try {
		return scenarioPaths(paths).map(read);
	} catch (e) {
		throw new InvalidArgumentError((e as Error).message);
	}
}

const secs = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

interface TestOptions extends TraceCliOptions {
	snapshot: boolean; bootCache: boolean; release?: string; kernel?: string; timeout: number;
	/** Boards at once (this process's, and the others in worker processes). */
	jobs?: number;
	/** `I/N`: the I-th of N slices of the list, as vitest's --shard. */
	shard?: string;
}

/** vitest's --shard I/N: the I-th of N contiguous slices, so that the N slices make the whole. */
export function shardOf<T>(list: T[], shard?: string): T[] {
	if (!shard) return list;
	const m = /^(\d+)\/(\d+)$/.exec(shard);
	const [i, n] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
	if (!(n >= 1 && i >= 1 && i <= n)) throw new InvalidArgumentError(`--shard: expected I/N with 1 <= I <= N, not ${shard}`);
	const size = Math.ceil(list.length / n);
	return list.slice((i - 1) * size, i * size);
}

const runnerOptions = (opts: TestOptions, trace?: TraceOptions) =>
	({ snapshots: opts.snapshot, bootCache: opts.bootCache, kernel: opts.kernel, timeoutSeconds: opts.timeout, trace });

/** A scenario on the board against its golden: '' if they match, else the diff (or why it could not run). */
async function judgeScenario(runner: ScenarioRunner, s: ScenarioFile, golden: string, opts: TestOptions): Promise<Verdict> {
	const t0 = performance.now();
	let verdict: string;
	try {
		const records = await runner.run(s, `# scenario ${relative(process.cwd(), s.path)}`);
		const c = compareTranscript(golden, records, { release: opts.release, orderedSubset: s.compare === 'ordered-subset' });
		verdict = c.pass ? '' : c.diff;
	} catch (e) {
		verdict = `the board could not run it: ${(e as Error).message}`;
	}
	return { verdict, ms: performance.now() - t0 };
}

/** A scenario to run on the board (arm64's, or 32-bit ARM's for `# arch: arm`) with its golden, if it has one. */
interface TestEntry { s: ScenarioFile; golden?: string }

/** The scenarios these arguments name, each with its golden if it has one. */
function testList(paths: string[], opts: TestOptions): TestEntry[] {
	const heads = shardOf(scenarios(paths, readScenarioHead), opts.shard);
	if (opts.kernel && new Set(heads.map(h => h.arch)).size > 1)
		throw new InvalidArgumentError('--kernel: the scenarios are of two architectures (# arch:); test each architecture\'s with its own kernel');
	return heads.map((head): TestEntry => {
		const [s] = scenarios([head.path], readScenario);
		return { s, golden: readGolden(s.golden) };
	});
}

/** The entry of a scenario to judge: one with a golden. */
function judged(list: TestEntry[], i: number): { s: ScenarioFile; golden: string } {
	const t = list[i];
	if (t.golden === undefined) throw new Error(`${t.s.name}: not a scenario to judge`);
	return { s: t.s, golden: t.golden };
}

const toJudge = (t: TestEntry) => t.golden !== undefined;

/** In a worker process of `kobox test -j N` (test-worker.ts). */
export function testWorker(): void {
	const { paths, opts } = workerConfig<{ paths: string[]; opts: TestOptions }>();
	const list = testList(paths, opts);
	const runner = new ScenarioRunner(runnerOptions(opts));
	serveJudge(i => { const { s, golden } = judged(list, i); return judgeScenario(runner, s, golden, opts); }, () => runner.close());
}

/**
 * Run each scenario on the board and compare with its golden, on `jobs` boards at once; the report
 * comes in the order of the list whatever the number of boards. Returns the exit status.
 */
export async function testScenarios(paths: string[], opts: TestOptions, out = process.stdout): Promise<number> {
	const list = testList(paths, opts);
	const trace = openTrace(opts, opts.kernel);
	// A trace comes from one board, scenario after scenario.
	const jobs = trace ? 1 : Math.max(1, Math.min(opts.jobs ?? 1, list.filter(toJudge).length));
	const runner = new ScenarioRunner(runnerOptions(opts, trace?.options));
	const local: Judge = i => { const { s, golden } = judged(list, i); return judgeScenario(runner, s, golden, opts); };
	const workers = jobs > 1 ? startWorkers(jobs, { paths, opts }, local) : undefined;
	const judge = workers?.judge ?? local;
	const stop = () => {
		workers?.stop();
		runner.close();
		trace?.file.close();
	};
	// With workers, every scenario is handed out at once (each waits for a free board); alone, in turn.
	const verdicts = jobs > 1 ? list.map((t, i) => (toJudge(t) ? judge(i) : undefined)) : [];
	let failed = 0;
	try {
		for (const [i, t] of list.entries()) {
			const s = t.s;
			if (t.golden === undefined) {
				failed++;
				out.write(`FAIL ${s.name}: no golden ${relative(process.cwd(), s.golden)} (kobox capture ${relative(process.cwd(), s.path)})\n`);
				continue;
			}
			const { verdict, ms } = await (verdicts[i] ?? judge(i));
			if (verdict) failed++;
			out.write(`${verdict ? 'FAIL' : 'PASS'} ${s.name} (${(ms / 1000).toFixed(1)} s)\n${verdict ? verdict + '\n' : ''}`);
		}
	} finally {
		stop();
	}
	out.write(`${list.length - failed} passed, ${failed} failed\n`);
	return failed ? 1 : 0;
}

interface CaptureOptions { kernel?: string }

export async function captureScenarios(paths: string[], opts: CaptureOptions, err = process.stderr): Promise<number> {
	const arches = [...new Set(scenarios(paths, readScenarioHead).map(h => h.arch))];
	if (opts.kernel && !existsSync(opts.kernel)) throw new InvalidArgumentError(`--kernel: no such file: ${opts.kernel}`);
	if (opts.kernel && arches.length > 1)
		throw new InvalidArgumentError('--kernel: the scenarios are of two architectures (# arch:); capture each architecture\'s with its own kernel');
	// armhf's busybox, helper and modules come with its kernel, before its scenarios' files are looked for.
	const armKernel = arches.includes('arm') ? referenceKernel('arm') : undefined;
	const list = scenarios(paths, readScenario);
	const builtin = list.find(s => s.builtin);
	if (builtin) throw new InvalidArgumentError(`${relative(process.cwd(), builtin.path)}: # builtin: Debian's kernel cannot have code built into it; capture the module side instead`);
	const arm64Kernel = arches.includes('arm64') && !opts.kernel ? referenceKernel() : undefined;
	for (const [i, s] of list.entries()) {
		const t0 = performance.now();
		err.write(`[${i + 1}/${list.length}] ${s.name} ...`);
		const vmlinuz = opts.kernel ?? (s.arch === 'arm' ? armKernel : arm64Kernel)!;
		await captureGolden(s, vmlinuz, `kobox capture ${relative(process.cwd(), s.path)}`);
		err.write(` ${secs(t0)}, wrote ${relative(process.cwd(), s.golden)}\n`);
	}
	return 0;
}

function count(value: string): number {
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number, at least 1');
	return n;
}

function seconds(value: string): number {
	const n = Number(value);
	if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds');
	return n;
}

/** The option of every command that can restore its boot from the boot cache. */
export const NO_BOOT_CACHE = ['--no-boot-cache', 'boot, even if the cache holds this board already booted'] as const;

export function addScenarioCommands(program: Command): void {
	addTraceOptions(program.command('test')
		.description('run folders of scenarios (NAME.scenario, files, NAME.golden) on the board; PASS/FAIL each with a diff; exit 1 on any failure; with --trace, on one board, each scenario\'s trace after a "# scenario FILE" line')
		.argument('<paths...>', '.scenario files, or directories of them')
		.option('--no-snapshot', 'boot afresh for every scenario instead of restoring a snapshot')
		.option(...NO_BOOT_CACHE)
		.option('--release <str>', 'normalise this kernel release string away on both sides')
		.option('--kernel <vmlinux>', 'boot another guest kernel ELF')
		.option('--timeout <sec>', 'seconds of host time the boot, and each command, may take', seconds, 60)
		.option('-j, --jobs <n>', 'boards at once: this process\'s and N-1 in worker processes (default: the number of cores)', count, availableParallelism())
		.option('--shard <i/n>', 'run only the I-th of N slices of the scenarios, as vitest --shard (for a CI matrix)'))
		.action(async (paths: string[], opts: TestOptions) => { process.exitCode = await testScenarios(paths, opts); });
	program.command('capture')
		.description('run scenarios on Debian\'s real kernel under QEMU (arm64\'s; armhf\'s -armmp for `# arch: arm`) and write NAME.golden next to each')
		.argument('<paths...>', '.scenario files, or directories of them')
		.option('--kernel <vmlinuz>', 'the reference kernel image (default: Debian\'s, fetched by scripts/reference-kernel.sh)')
		.action(async (paths: string[], opts: CaptureOptions) => { process.exitCode = await captureScenarios(paths, opts); });
}

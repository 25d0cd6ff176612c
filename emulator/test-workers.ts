// `kobox test -j N`: scenarios judged on N boards at once. A board's emulation holds its thread, so
// each board lives in a child process of its own (test-worker.ts, compiled or not as the parent
// runs); the parent hands out one scenario at a time to whichever is free and gets its verdict.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { codeDir, runsFromSource } from './paths.ts';

/** What judging one scenario gave: '' if it passed, else why it failed (a diff, an error). */
export interface Verdict { verdict: string; ms: number }

/** Judges the scenario at an index of the list both sides make from the same arguments. */
export type Judge = (index: number) => Promise<Verdict>;

interface Answer extends Verdict { index: number }

const WORKER_ENV = 'KOBOX_TEST_WORKER';

/**
 * How to start test-worker.ts beside this code: the compiled entry point next to this bundle's, or
 * the TypeScript through tsx (which the parent registered in its own process, not on its command line).
 */
function workerCommand(): string[] {
	return runsFromSource ? ['--import', import.meta.resolve('tsx'), join(codeDir, 'test-worker.ts')] : [join(codeDir, 'test-worker.js')];
}

/** A worker process, and where the verdict of the scenario it judges goes. */
interface Worker { child: ChildProcess; busy?: (v: Verdict) => void; alive: boolean }

/**
 * Start `jobs` workers, each given `config`; returns a judge that hands each index to the next free
 * worker, and a function to let them go. A worker that dies fails the scenario it had (with its
 * exit status), and the others go on.
 */
export function startWorkers(jobs: number, config: unknown): { judge: Judge; stop: () => void } {
	const waiting: (() => void)[] = [];
	const wakeOne = () => waiting.shift()?.();
	const workers: Worker[] = Array.from({ length: jobs }, () => {
		const child = spawn(process.execPath, workerCommand(), {
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, [WORKER_ENV]: JSON.stringify(config) },
		});
		const w: Worker = { child, alive: true };
		child.on('message', (a: Answer) => {
			const done = w.busy;
			w.busy = undefined;
			done?.({ verdict: a.verdict, ms: a.ms });
			wakeOne();
		});
		child.on('exit', (code, signal) => {
			w.alive = false;
			const done = w.busy;
			w.busy = undefined;
			done?.({ verdict: `the board could not run it: its test worker exited (${signal ?? code})`, ms: 0 });
			waiting.splice(0).forEach(wake => wake()); // they look again: maybe no worker is left
		});
		return w;
	});
	const judge: Judge = async index => {
		for (;;) {
			const w = workers.find(x => x.alive && !x.busy);
			if (w) return new Promise<Verdict>(done => { w.busy = done; w.child.send(index); });
			if (!workers.some(x => x.alive)) return { verdict: 'the board could not run it: no test worker is left', ms: 0 };
			await new Promise<void>(wake => waiting.push(wake));
		}
	};
	return { judge, stop: () => { for (const w of workers) if (w.alive) w.child.disconnect(); } };
}

/** In a worker: the configuration the parent gave. */
export function workerConfig<T>(): T {
	const text = process.env[WORKER_ENV];
	if (!text || !process.send) throw new Error('not a kobox test worker');
	return JSON.parse(text) as T;
}

/** In a worker: judge each index the parent sends, until it lets go. */
export function serveJudge(judge: Judge, close: () => void): void {
	process.on('message', (index: number) => {
		judge(index).then(v => process.send!({ index, ...v } satisfies Answer));
	});
	process.on('disconnect', () => { close(); process.exit(0); });
}

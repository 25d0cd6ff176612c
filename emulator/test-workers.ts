// `kobox test -j N`: scenarios judged on N boards at once. A board's emulation holds its thread, so
// every board but one lives in a child process of its own (test-worker.ts, compiled or not as the
// parent runs); the parent's own board judges too. Each scenario goes to whichever board is free
// and the parent gets its verdict.
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

/**
 * A board and the scenarios handed to it: the parent's own board, or a worker process's. A worker
 * is given its next scenario while it still judges one (`depth` 2): the parent, busy with its own
 * board, would otherwise leave it idle until its emulation next lets the event loop turn.
 */
interface BoardQueue { judge: Judge; depth: number; pending: number; alive: boolean }

/** A worker process's: it can be let go. */
type WorkerQueue = BoardQueue & { stop: () => void };

/** A worker process judging the indexes it is sent, in turn; `gone` when it exits. */
function workerBoard(config: unknown, gone: () => void): WorkerQueue {
	const child: ChildProcess = spawn(process.execPath, workerCommand(), {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, [WORKER_ENV]: JSON.stringify(config) },
	});
	const waiting = new Map<number, (v: Verdict) => void>();
	const board: WorkerQueue = {
		depth: 2, pending: 0, alive: true, stop: () => child.disconnect(),
		judge: index => new Promise<Verdict>(done => { waiting.set(index, done); child.send(index); }),
	};
	child.on('message', (a: Answer) => {
		waiting.get(a.index)?.({ verdict: a.verdict, ms: a.ms });
		waiting.delete(a.index);
	});
	const lost = (why: string) => {
		if (!board.alive) return;
		board.alive = false;
		for (const done of waiting.values()) done({ verdict: `the board could not run it: its test worker ${why}`, ms: 0 });
		waiting.clear();
		gone();
	};
	child.on('exit', (code, signal) => lost(`exited (${signal ?? code})`));
	// A worker that could not start, or a send on a channel that has just closed.
	child.on('error', e => lost(`failed (${e.message})`));
	return board;
}

/**
 * Judge on `jobs` boards: `local` (this process's) and jobs - 1 workers, each given `config`.
 * Returns a judge that hands each index to the next free board, and a function to let the
 * workers go. A worker that dies fails the scenarios it had (with its exit status), and the
 * others go on.
 */
export function startWorkers(jobs: number, config: unknown, local: Judge): { judge: Judge; stop: () => void } {
	const waiting: (() => void)[] = [];
	const wakeAll = () => waiting.splice(0).forEach(wake => wake());
	const workers = Array.from({ length: jobs - 1 }, () => workerBoard(config, wakeAll));
	// Workers first: the parent's board starts at once and holds the thread while it runs.
	const boards: BoardQueue[] = [...workers, { judge: local, depth: 1, pending: 0, alive: true }];
	const judge: Judge = async index => {
		for (;;) {
			const b = boards.find(x => x.alive && x.pending < x.depth);
			if (b) {
				b.pending++;
				try {
					return await b.judge(index);
				} finally {
					b.pending--;
					wakeAll();
				}
			}
			await new Promise<void>(wake => waiting.push(wake));
		}
	};
	return { judge, stop: () => { for (const w of workers) if (w.alive) w.stop(); } };
}

/** In a worker: the configuration the parent gave. */
export function workerConfig<T>(): T {
	const text = process.env[WORKER_ENV];
	if (!text || !process.send) throw new Error('not a kobox test worker');
	return JSON.parse(text) as T;
}

/** In a worker: judge each index the parent sends, one after the other, until it lets go. */
export function serveJudge(judge: Judge, close: () => void): void {
	let last = Promise.resolve();
	process.on('message', (index: number) => {
		last = last.then(() => judge(index)).then(v => { process.send!({ index, ...v } satisfies Answer); });
	});
	process.on('disconnect', () => { close(); process.exit(0); });
}

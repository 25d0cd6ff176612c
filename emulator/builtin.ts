// `--builtin DIR`: the C files of DIR built into the guest kernel, as kbuild's obj-y builds a
// driver (scripts/build-builtin.sh, guest-kernel/scripts/Makefile.builtin). One kernel is built for
// each content of DIR and kept in the cache, so a second run with the same files builds nothing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from './paths.ts';

export interface BuiltinKernel {
	/** The kernel ELF with DIR's code in it. */
	kernel: string;
	/** Where the build put everything (see guest-kernel/scripts/Makefile.builtin). */
	out: string;
	/** For user programs: `cc -I <include>` gives <asm/unistd.h> with the new `__NR_<name>`s. */
	include: string;
	/** DIR's new system calls, in number order. */
	syscalls: { nr: number; name: string }[];
}

/** The build failed: `output` holds make's and the compiler's messages, naming the files. */
export class BuiltinBuildError extends Error {
	constructor(readonly dir: string, readonly status: number, readonly output: string) {
		super(`--builtin ${dir}: the build failed (make exited with ${status})${output ? `:\n${output.trimEnd()}` : ''}`);
	}
}

export interface BuildBuiltinOptions {
	/** The build's lines as they come (CC, LD, SYSCALL ...); by default they are only kept for an error. */
	progress?: (text: string) => void;
}

export async function buildBuiltin(dir: string, opts: BuildBuiltinOptions = {}): Promise<BuiltinKernel> {
	const abs = resolve(dir);
	if (!statSync(abs, { throwIfNoEntry: false })?.isDirectory()) throw new BuiltinBuildError(dir, 64, `${dir}: not a directory`);
	const child = spawn('bash', [join(repoRoot, 'scripts/build-builtin.sh'), abs], { stdio: ['ignore', 'pipe', 'pipe'] });
	let stdout = '', stderr = '';
	child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
	child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); opts.progress?.(d.toString()); });
	const status = await new Promise<number>((done, fail) => {
		child.on('error', fail);
		child.on('close', code => done(code ?? 1));
	});
	const out = stdout.trim();
	if (status !== 0 || !out) throw new BuiltinBuildError(dir, status || 1, stderr);
	const list = join(out, 'syscalls');
	const syscalls = existsSync(list) ? readFileSync(list, 'utf8').split('\n').filter(Boolean).map(l => {
		const [nr, name] = l.split(' ');
		return { nr: Number(nr), name };
	}) : [];
	return { kernel: join(out, 'vmlinux'), out, include: join(out, 'usr/include'), syscalls };
}

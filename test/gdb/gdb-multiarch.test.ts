// `kobox run --gdb` with Debian's gdb-multiarch, scripted (-batch): GDB loads a module's symbols
// when the guest loads it, stops in the module's init, reads a variable, steps over the store
// to it and back (reverse-stepi), and lets the board run on to power-off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guestKernelPath } from '../../emulator/board/board.ts';
import { modulesBuildDir, repoRoot, type Arch } from '../../emulator/paths.ts';
import { armBoardProblem } from '../helpers/arm-board.ts';

const work = mkdtempSync(join(tmpdir(), 'kobox-gdb-'));
let gdbMultiarch: string;

// gdb-multiarch is a Debian 12 package, installed (as QEMU is for captures) when first needed.
beforeAll(() => { gdbMultiarch = execFileSync(join(repoRoot, 'scripts/gdb.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim(); });
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Finished { status: number | null; stdout: string; stderr: string }

/** `kobox ARGS` in the background; resolves `port` once it waits for GDB. */
function kobox(args: string[]): { port: Promise<number>; done: Promise<Finished> } {
	const child = spawn(join(repoRoot, 'bin/kobox.js'), args, { stdio: ['ignore', 'pipe', 'pipe'] });
	let stdout = '', stderr = '';
	let seen!: (port: number) => void;
	const port = new Promise<number>(resolve => { seen = resolve; });
	child.stdout.on('data', (d: Buffer) => { stdout += d; });
	child.stderr.on('data', (d: Buffer) => {
		stderr += d;
		const m = /waiting for GDB on port (\d+)/.exec(stderr);
		if (m) seen(Number(m[1]));
	});
	const done = new Promise<Finished>(resolve => child.on('close', status => resolve({ status, stdout, stderr })));
	return { port, done };
}

/** The line of chardev.c that stores the major number register_chrdev() chose. */
const storeLine = readFileSync(join(repoRoot, 'modules/chardev/chardev.c'), 'utf8').split('\n').findIndex(l => l.trim() === 'major = err;') + 1;

/** The same session on each board: arm64's kernel and module, and armhf's (when set up). */
const sessions: [Arch, string][] = [['arm64', 'x29'], ['arm', 'r11']];

describe.each(sessions)('gdb-multiarch on %s', (arch, framePointer) => {
	it('breaks in a module\'s init, reads a variable, reverse-stepi\'s over a store, and the board runs on to power-off', async ctx => {
		if (arch === 'arm') {
			const problem = await armBoardProblem();
			if (problem) ctx.skip(problem);
		}
		const chardev = join(modulesBuildDir(arch), 'chardev/chardev.ko');
		const run = kobox(['run', '--arch', arch, '--gdb', '0', '--add', chardev, '--', 'sh', '-c', 'insmod /chardev.ko && cat /sys/module/chardev/sections/.init.text']);
		const script = join(work, `session-${arch}.gdb`);
		writeFileSync(script, [
			'set pagination off',
			`file ${guestKernelPath(arch)}`,
			`target remote :${await run.port}`,
			'set breakpoint pending on',
			`break chardev.c:${storeLine}`,
			'continue',
			'set $store = $pc',
			'print major',
			'stepi',
			'print major',
			'reverse-stepi',
			'print major',
			'print $pc == $store',
			`print $${framePointer} != 0`,
			'continue',
		].join('\n') + '\n');
		const gdb = execFileSync(gdbMultiarch, ['-batch', '-nx', '-x', script], { cwd: work, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
		const r = await run.done;
		// GDB puts the breakpoint on the line's first instruction the compiler left there: armhf's
		// gcc moves the store below the next line's call.
		expect(gdb).toMatch(new RegExp(`Breakpoint 1, chardev_init \\(\\) at \\./chardev\\.c:(${storeLine}|${storeLine + 1})\n`));
		const values = [...gdb.matchAll(/^\$\d+ = (.*)$/gm)].map(m => m[1]);
		expect(values[0]).toBe('0');
		expect(Number(values[1])).toBeGreaterThan(0);
		expect(values.slice(2)).toEqual(['0', '1', '1']);
		expect(gdb).toMatch(/\[Inferior 1 \(Remote target\) exited normally\]\n$/);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/reboot: Power down\r\n$/);
		// The module's sections where /sys/module/chardev/sections/ says they are.
		const initText = /^(0x[0-9a-f]{8,16})\r?$/m.exec(r.stdout)![1];
		expect(r.stderr).toMatch(new RegExp(`^add-symbol-file \\S+/chardev\\.ko -s .*-s \\.init\\.text ${initText} `, 'm'));
	}, 180_000);
});

describe('kobox --gdb', () => {
	const koboxSync = (...args: string[]) => spawnSync(join(repoRoot, 'bin/kobox.js'), args, { encoding: 'utf8', timeout: 60_000 });

	it('refuses what it cannot serve before booting: usage status 64', () => {
		const port = koboxSync('run', '--gdb', '65536', '--', 'true');
		expect(port.status).toBe(64);
		expect(port.stderr).toContain("option '--gdb <port>' argument '65536' is invalid");
		const shell = koboxSync('shell', '--gdb', 'stdio');
		expect(shell.status).toBe(64);
		expect(shell.stderr).toBe('kobox: shell --gdb stdio: the shell has the terminal; give GDB a port\n');
	});

	it('says which port it cannot listen on', async () => {
		const taken = createServer();
		await new Promise<void>(resolve => taken.listen(0, '127.0.0.1', resolve));
		const port = (taken.address() as { port: number }).port;
		try {
			const r = await kobox(['run', '--gdb', String(port), '--', 'true']).done;
			expect(r.status).toBe(70);
			expect(r.stderr).toBe(`kobox: --gdb ${port}: listen EADDRINUSE: address already in use 127.0.0.1:${port}\n`);
		} finally {
			taken.close();
		}
	});
});

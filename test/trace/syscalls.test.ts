// `--trace syscalls`: every process's system calls as strace -f prints them, read by the host at
// the call's entry and return.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtModulesDir, modulesBuildDir, repoRoot, type Arch } from '../../emulator/paths.ts';
import { runGuest } from '../../emulator/guest/run.ts';
import { armBoardProblem } from '../helpers/arm-board.ts';

const kobox = (...args: string[]) =>
	spawnSync(join(repoRoot, 'bin/kobox.js'), args, { encoding: 'utf8', timeout: 120_000 });
const built = (path: string) => join(builtModulesDir, path);

/** The trace of `sh -c COMMAND` run by kobox's /init, with `add` files. */
async function traceOf(command: string, add: string[] = [], bootCache = true, arch: Arch = 'arm64'): Promise<string> {
	let trace = '';
	const r = await runGuest({
		arch, command: ['sh', '-c', command], cmdline: 'console=ttyAMA0 quiet', bootCache,
		add: add.map(host => ({ host, guest: `/${host.split('/').at(-1)}` })), trace: { syscalls: true, write: t => { trace += t; } },
	});
	expect(r.exit.reason).toBe('poweroff');
	return trace;
}

describe('kobox insmod --trace syscalls', () => {
	it('shows insmod\'s finit_module with its arguments and result', () => {
		const r = kobox('insmod', '--trace', 'syscalls', built('hello/hello.ko'), 'myint=5');
		expect(r.status).toBe(0);
		const insmod = r.stderr.split('\n').filter(l => /^insmod\[\d+\] /.test(l));
		expect(insmod).toEqual([
			expect.stringMatching(/^insmod\[\d+\] openat\(AT_FDCWD, "\/hello.ko", O_RDONLY\|O_CLOEXEC\) += 3$/),
			expect.stringMatching(/^insmod\[\d+\] finit_module\(3, "myint=5 ", 0\) += 0$/),
			expect.stringMatching(/^insmod\[\d+\] close\(3\) += 0$/),
			expect.stringMatching(/^insmod\[\d+\] exit_group\(0\) += \?$/),
			expect.stringMatching(/^insmod\[\d+\] \+\+\+ exited with 0 \+\+\+$/),
		]);
		// The kernel's log lines still go to stdout, as without a trace.
		expect(r.stdout).toMatch(/hello: hello world, myint=5$/m);
	});

	it('shows a failing call\'s errno as strace does, and what insmod tried next', () => {
		const r = kobox('insmod', '--trace', 'syscalls', built('init_nodev/init_nodev.ko'));
		expect(r.status).toBe(19);
		expect(r.stderr).toMatch(/^insmod\[\d+\] finit_module\(3, "", 0\) += -1 ENODEV \(No such device\)$/m);
		expect(r.stderr).toMatch(/^insmod\[\d+\] init_module\(0x[0-9a-f]+, \d+, ""\) += -1 ENODEV \(No such device\)$/m);
		expect(r.stderr).toMatch(/^insmod\[\d+\] write\(2, "insmod: can't insert '\/init_node"\.\.\., \d+\) += \d+$/m);
		expect(r.stderr).toMatch(/^insmod\[\d+\] \+\+\+ exited with 19 \+\+\+$/m);
	});

	it('writes the trace to --trace-file instead of stderr', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kobox-trace-'));
		try {
			const file = join(dir, 'trace.txt');
			const r = kobox('insmod', '--trace', 'syscalls', '--trace-file', file, built('derived/bad_magic.ko'));
			expect(r.status).toBe(8);
			expect(r.stderr).toBe("insmod: can't insert '/bad_magic.ko': invalid module format\n");
			expect(readFileSync(file, 'utf8')).toMatch(/^insmod\[\d+\] finit_module\(3, "", 0\) += -1 ENOEXEC \(Exec format error\)$/m);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('the system call trace', () => {
	it('decodes what busybox passes: flags, strings, structures, and each process by name and pid', async () => {
		const t = await traceOf('mkdir /x && ls -l /dev/null > /x/out; cat /x/out | wc -l');
		expect(t).toMatch(/^mkdir\[\d+\] mkdirat\(AT_FDCWD, "\/x", 0777\) += 0$/m);
		expect(t).toMatch(/^sh\[\d+\] openat\(AT_FDCWD, "\/x\/out", O_WRONLY\|O_CREAT\|O_TRUNC, 0666\) += 3$/m);
		expect(t).toMatch(/^ls\[\d+\] newfstatat\(AT_FDCWD, "\/dev\/null", \{st_mode=S_IFCHR\|0666, st_rdev=makedev\(0x1, 0x3\), \.\.\.\}, AT_SYMLINK_NOFOLLOW\) += 0$/m);
		expect(t).toMatch(/^sh\[\d+\] pipe2\(\[3, 4\], 0\) += 0$/m);
		expect(t).toMatch(/^sh\[\d+\] clone\(child_stack=NULL, flags=CLONE_CHILD_CLEARTID\|CLONE_CHILD_SETTID\|SIGCHLD, child_tidptr=0x[0-9a-f]+\) += \d+$/m);
		expect(t).toMatch(/^sh\[\d+\] execve\("\/proc\/self\/exe", \["wc", "-l"\], 0x[0-9a-f]+ \/\* \d+ vars \*\/\) += 0$/m);
		expect(t).toMatch(/^wc\[\d+\] write\(1, "1\\n", 2\) += 2$/m);
		expect(t).toMatch(/^sh\[\d+\] <\.\.\. wait4 resumed>\[\{WIFEXITED\(s\) && WEXITSTATUS\(s\) == 0\}\], 0, NULL\) += \d+$/m);
		expect(t).toMatch(/^poweroff\[\d+\] reboot\(LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_POWER_OFF <unfinished \.\.\.>\) += \?$/m);
	});

	it('shows a call another process interrupts as unfinished, then resumed', async () => {
		const t = await traceOf('sleep 0.001; true');
		const lines = t.split('\n');
		const start = lines.findIndex(l => /^sh\[\d+\] wait4\(-1,  <unfinished \.\.\.>$/.test(l));
		expect(start).toBeGreaterThan(0);
		const shell = lines[start].split(' ')[0];
		const child = lines[start + 1].split(' ')[0];
		expect(child).not.toBe(shell);
		expect(lines.slice(start + 1).find(l => l.startsWith(`${shell} `))).toMatch(/^sh\[\d+\] <\.\.\. wait4 resumed>\[\{WIFEXITED/);
	});

	it('shows the signals a handler catches, and a process killed by one', async () => {
		const t = await traceOf('sleep 0; sh -c \'kill -TERM $$\'');
		expect(t).toMatch(/^sh\[\d+\] --- SIGCHLD \{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=\d+, si_uid=0, si_status=0, si_utime=0, si_stime=0\} ---$/m);
		const killed = /^sh\[(\d+)\] kill\(\1, SIGTERM\) += 0\nsh\[\1\] \+\+\+ killed by SIGTERM \+\+\+$/m.exec(t);
		expect(killed).not.toBeNull();
		// Its parent, kobox's /init (the outer sh exec'd the inner one), is told how it died.
		expect(t).toMatch(new RegExp(`^init\\[1\\] --- SIGCHLD \\{si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=${killed![1]}, si_uid=0, si_status=SIGTERM, `, 'm'));
	});

	it('is the same from a fresh boot as from the boot cache, run after run', async () => {
		const cached = await traceOf('insmod /hello.ko', [built('hello/hello.ko')]);
		expect(await traceOf('insmod /hello.ko', [built('hello/hello.ko')], false)).toBe(cached);
		expect(await traceOf('insmod /hello.ko', [built('hello/hello.ko')])).toBe(cached);
	});
});

describe('the system call trace on 32-bit ARM', () => {
	const armTrace = async (command: string, skip: (reason: string) => void, add: string[] = [], bootCache = true) => {
		const problem = await armBoardProblem();
		if (problem) skip(problem);
		return traceOf(command, add, bootCache, 'arm');
	};

	it('decodes ARM\'s own calls and 32-bit structures: mkdir, O_LARGEFILE, set_tls, ugetrlimit, sigreturn', async ctx => {
		const t = await armTrace('mkdir /x && ls -l /dev/null > /x/out; cat /x/out | wc -l', r => ctx.skip(r));
		expect(t).toMatch(/^mkdir\[\d+\] mkdir\("\/x", 0777\) += 0$/m);
		expect(t).toMatch(/^sh\[\d+\] openat\(AT_FDCWD, "\/x\/out", O_WRONLY\|O_CREAT\|O_TRUNC\|O_LARGEFILE, 0666\) += 3$/m);
		expect(t).toMatch(/^\w+\[\d+\] set_tls\(0x[0-9a-f]+\) += 0$/m);
		expect(t).toMatch(/^\w+\[\d+\] ugetrlimit\(RLIMIT_STACK, \{rlim_cur=8192\*1024, rlim_max=RLIM_INFINITY\}\) += 0$/m);
		expect(t).toMatch(/^sh\[\d+\] pipe2\(\[3, 4\], 0\) += 0$/m);
		expect(t).toMatch(/^sh\[\d+\] execve\("\/proc\/self\/exe", \["wc", "-l"\], 0x[0-9a-f]+ \/\* \d+ vars \*\/\) += 0$/m);
		expect(t).toMatch(/^wc\[\d+\] write\(1, "1\\n", 2\) += 2$/m);
		// A plain handler's sigframe: the mask sigreturn puts back, and the SIGCHLD it caught.
		expect(t).toMatch(/^sh\[(\d+)\] --- SIGCHLD \{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=\d+, si_uid=0, si_status=0, si_utime=0, si_stime=0\} ---\nsh\[\1\] sigreturn\(\{mask=\[\]\}\) += \d+$/m);
		expect(t).toMatch(/^poweroff\[\d+\] reboot\(LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_POWER_OFF <unfinished \.\.\.>\) += \?$/m);
	});

	it('shows insmod\'s finit_module, and a process killed by a signal', async ctx => {
		const hello = join(modulesBuildDir('arm'), 'hello/hello.ko');
		const t = await armTrace('insmod /hello.ko myint=5; sh -c \'kill -TERM $$\'', r => ctx.skip(r), [hello]);
		expect(t).toMatch(/^insmod\[\d+\] openat\(AT_FDCWD, "\/hello.ko", O_RDONLY\|O_LARGEFILE\|O_CLOEXEC\) += 3\ninsmod\[\d+\] finit_module\(3, "myint=5 ", 0\) += 0$/m);
		expect(t).toMatch(/^sh\[(\d+)\] kill\(\1, SIGTERM\) += 0\nsh\[\1\] \+\+\+ killed by SIGTERM \+\+\+$/m);
		expect(t).toMatch(/^init\[1\] --- SIGCHLD \{si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=\d+, si_uid=0, si_status=SIGTERM, /m);
	});

	it('is the same from a fresh boot as from the boot cache', async ctx => {
		const hello = join(modulesBuildDir('arm'), 'hello/hello.ko');
		const cached = await armTrace('insmod /hello.ko', r => ctx.skip(r), [hello]);
		expect(await armTrace('insmod /hello.ko', r => ctx.skip(r), [hello], false)).toBe(cached);
	});
});

// The write-up's new system call: SYSCALL_DEFINE0(helloworld) built in (examples/syscall/kernel)
// takes the first number after Linux 6.1's table, which a static user program built with the
// aarch64 cross compiler gets as __NR_helloworld from the build's <asm/unistd.h>.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Board } from 'kobox';
import { buildBuiltin, type BuiltinKernel } from '../emulator/builtin.ts';

let tmp: string;
let built: BuiltinKernel;
let program: string;
beforeAll(async () => {
	tmp = mkdtempSync(join(tmpdir(), 'kobox-syscall-'));
	built = await buildBuiltin('examples/syscall/kernel');
	program = join(tmp, 'helloworld');
	execFileSync('aarch64-linux-gnu-gcc', ['-static', '-O2', '-I', built.include, 'examples/syscall/helloworld.c', '-o', program]);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('SYSCALL_DEFINE0(helloworld) built in', () => {
	it('gets number 451, the first after 6.1\'s table, in the header for user programs', () => {
		expect(built.syscalls).toEqual([{ nr: 451, name: 'helloworld' }]);
		const header = readFileSync(join(built.include, 'asm/unistd.h'), 'utf8');
		expect(header).toContain('#define __NR_helloworld 451\n');
		expect(header).toContain('#define __NR_syscalls 452\n');
	});

	it('is called by a static user program: "hello world syscall" in dmesg; an unknown number gives ENOSYS', async () => {
		const board = await Board.boot({ builtin: 'examples/syscall/kernel', add: [program] });
		try {
			const r = await board.run('/helloworld');
			expect(r.output).toBe('syscall(__NR_helloworld = 451) returned 0\nsyscall(452) returned -1: Function not implemented\n');
			expect(r.dmesg).toHaveLength(1);
			expect(r.dmesg[0]).toMatch(/^<6>\[ *\d+\.\d{6}\] hello world syscall$/);
		} finally {
			board.close();
		}
	});

	it('is not in the default kernel: there, 451 returns ENOSYS too', async () => {
		const board = await Board.boot({ add: [program] });
		try {
			const r = await board.run('/helloworld');
			expect(r.output).toBe('syscall(__NR_helloworld = 451) returned -1\nsyscall(452) returned -1: Function not implemented\n');
			expect(r.dmesg).toEqual([]);
		} finally {
			board.close();
		}
	});
});

describe('system calls with arguments, two in one file', () => {
	it('are numbered in the order of the source, the build says so, and they take their arguments', async () => {
		const dir = join(tmp, 'calls');
		mkdirSync(dir);
		writeFileSync(join(dir, 'calls.c'), [
			'#include <linux/syscalls.h>',
			'SYSCALL_DEFINE2(kobox_sub, long, a, long, b) { return a - b; }',
			'SYSCALL_DEFINE1(kobox_add1, int, a) { return a + 1; }', '',
		].join('\n'));
		let progress = '';
		const calls = await buildBuiltin(dir, { progress: t => { progress += t; } });
		expect(calls.syscalls).toEqual([{ nr: 451, name: 'kobox_sub' }, { nr: 452, name: 'kobox_add1' }]);
		expect(progress).toContain('  SYSCALL kobox_sub = 451\n  SYSCALL kobox_add1 = 452\n');
		const user = join(tmp, 'user.c');
		writeFileSync(user, [
			'#include <stdio.h>', '#include <unistd.h>', '#include <sys/syscall.h>',
			'int main(void) { printf("%ld %ld\\n", syscall(__NR_kobox_sub, 50L, 8L), syscall(__NR_kobox_add1, -1)); return 0; }', '',
		].join('\n'));
		execFileSync('aarch64-linux-gnu-gcc', ['-static', '-O2', '-I', calls.include, user, '-o', join(tmp, 'user')]);
		const board = await Board.boot({ builtin: dir, add: [join(tmp, 'user')] });
		try {
			expect((await board.run('/user')).output).toBe('42 0\n');
		} finally {
			board.close();
		}
	}, 300_000);   // it builds a kernel: minutes on a loaded machine
});

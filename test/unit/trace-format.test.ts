// The tracers' formatting against what strace and ftrace print for the same values.
import { describe, expect, it } from 'vitest';
import { flags, quote, quoteBuffer, rlim } from '../../emulator/trace/strace-format.ts';
import { OPEN_FLAGS } from '../../emulator/trace/syscall-constants.ts';
import { renderGraphLine, retval, taskSwitch } from '../../emulator/trace/function-graph-format.ts';
import { armSyscalls } from '../../emulator/trace/syscall-table-arm.ts';
import { arm64Syscalls } from '../../emulator/trace/syscall-table.ts';
import { siginfo } from '../../emulator/trace/siginfo.ts';
import type { CallContext } from '../../emulator/trace/syscall-args.ts';
import type { UserMemory } from '../../emulator/trace/user-memory.ts';

describe('strace\'s formats', () => {
	it('quotes with C escapes, octal in as few digits as the next byte allows', () => {
		expect(quote(Buffer.from('a"b\\c\n\t'))).toBe('"a\\"b\\\\c\\n\\t"');
		expect(quote(Buffer.from([0x1b, 0x5d, 0x07]))).toBe('"\\33]\\7"');
		expect(quote(Buffer.from([0, 0x31, 0xff]))).toBe('"\\0001\\377"');
	});

	it('cuts buffers at 32 bytes, with ... after the quote', () => {
		const b = Buffer.from('x'.repeat(40));
		expect(quoteBuffer(b, 40)).toBe(`"${'x'.repeat(32)}"...`);
		expect(quoteBuffer(b.subarray(0, 5), 5)).toBe('"xxxxx"');
	});

	it('names flags, with the bits it cannot name in hex', () => {
		expect(flags(0x80000n | 0x40n, OPEN_FLAGS)).toBe('O_CREAT|O_CLOEXEC');
		expect(flags(0x101000n, OPEN_FLAGS)).toBe('O_SYNC');
		expect(flags(0x40000000n | 0x40n, OPEN_FLAGS)).toBe('O_CREAT|0x40000000');
		expect(flags(0n, OPEN_FLAGS)).toBe('0');
	});

	it('prints limits as strace does', () => {
		expect(rlim(8n << 20n)).toBe('8192*1024');
		expect(rlim((1n << 64n) - 1n)).toBe('RLIM64_INFINITY');
		expect(rlim(1000n)).toBe('1000');
	});
});

describe('ftrace\'s function_graph format', () => {
	it('prints durations to 7 digits with the overhead mark, and entries with children without one', () => {
		expect(renderGraphLine({ time: 958n, depth: 2, text: 'f();' })).toBe(' 0)   0.958 us    |      f();');
		expect(renderGraphLine({ time: 12_345n, depth: 0, text: '}' })).toBe(' 0) + 12.345 us   |  }');
		expect(renderGraphLine({ time: 123_456_789n, depth: 0, text: '}' })).toBe(' 0) @ 123456.7 us |  }');
		expect(renderGraphLine({ depth: 1, text: 'f() {' })).toBe(' 0)               |    f() {');
	});

	it('prints return values as funcgraph-retval does, naming errnos, an int\'s sign-extended', () => {
		expect(retval(0n)).toBe('0x0');
		expect(retval(1n)).toBe('0x1');
		expect(retval(0xffff_ffeen)).toBe('-18 EXDEV');
		expect(retval(0xffff_ffff_ffff_fff8n)).toBe('-8 ENOEXEC');
		expect(retval(0xffff_0000_4021_0000n)).toBe('0xffff000040210000');
	});

	it('marks a task switch with both tasks centred', () => {
		expect(taskSwitch({ comm: 'insmod', pid: 23 }, { comm: 'kworker/0:1', pid: 5 })).toEqual([
			' ------------------------------------------',
			' 0)   insmod-23    =>   kworker-5   ',
			' ------------------------------------------',
			'',
		]);
	});
});

describe('32-bit ARM\'s system calls', () => {
	const none = {} as UserMemory;
	/** The arguments as printed at entry, from the raw registers r0..r5. */
	const entryArgs = (nr: number, regs: bigint[]) => {
		const spec = armSyscalls.spec(nr);
		const c: CallContext = { mem: none, bits: 32, args: spec.regs ? spec.regs(regs) : regs };
		const kinds = typeof spec.args === 'function' ? spec.args(c.args) : spec.args;
		const first = kinds.findIndex(k => k.exit);
		return `${spec.name}(${kinds.slice(0, first < 0 ? kinds.length : first).map((k, i) => k.format(c.args[i], c, i)).join(', ')}`;
	};

	it('numbers the calls as the EABI does, ARM\'s private ones from 0xf0000 too', () => {
		expect([3, 5, 39, 120, 128, 129, 192, 197, 248, 322, 379, 403].map(nr => armSyscalls.spec(nr).name)).toEqual([
			'read', 'open', 'mkdir', 'clone', 'init_module', 'delete_module', 'mmap2', 'fstat64', 'exit_group', 'openat',
			'finit_module', 'clock_gettime64',
		]);
		expect(armSyscalls.spec(0xf0005).name).toBe('set_tls');
		expect([...armSyscalls.exitCalls].sort()).toEqual([1, 248]);
		expect(armSyscalls.spec(0xf00ff).name).toBe('syscall_0xf00ff');
		expect(arm64Syscalls.spec(56).name).toBe('openat');
	});

	it('joins a 64-bit argument from its register pair, and prints 32-bit words as C does', () => {
		// ftruncate64(fd, pad, lo, hi); pread64's offset in r4:r5; _llseek(fd, high, low, result, whence).
		// (What the call's result makes known comes after: _llseek's resulting offset.)
		expect(entryArgs(194, [3n, 0n, 0x1000n, 1n, 0n, 0n])).toBe('ftruncate64(3, 4294971392');
		expect(entryArgs(19, [3n, 0xffffffffn, 1n, 0n, 0n, 0n])).toBe('lseek(3, -1, SEEK_CUR');
		expect(entryArgs(140, [4n, 1n, 512n, 0xbefff000n, 0n, 0n])).toBe('_llseek(4, 4294967808');
		expect(entryArgs(180, [3n, 0xbefff000n, 64n, 0n, 0x10n, 0n])).toBe('pread64(3');
		expect(entryArgs(192, [0n, 4096n, 3n, 0x22n, 0xffffffffn, 2n])).toBe('mmap2(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0x2000');
	});

	it('reads a 32-bit siginfo: the union after three ints, clock_t a word', () => {
		const b = Buffer.alloc(48);
		b.writeInt32LE(17, 0);
		b.writeInt32LE(1, 8);
		b.writeInt32LE(42, 12);
		b.writeInt32LE(0, 16);
		b.writeInt32LE(3, 20);
		b.writeInt32LE(5, 24);
		b.writeInt32LE(6, 28);
		expect(siginfo(b, 32)).toBe('{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=42, si_uid=0, si_status=3, si_utime=5, si_stime=6}');
	});
});

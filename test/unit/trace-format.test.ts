// The tracers' formatting against what strace and ftrace print for the same values.
import { describe, expect, it } from 'vitest';
import { flags, quote, quoteBuffer, rlim } from '../../emulator/trace/strace-format.ts';
import { OPEN_FLAGS } from '../../emulator/trace/syscall-constants.ts';
import { renderGraphLine, retval, taskSwitch } from '../../emulator/trace/function-graph-format.ts';

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

// The system calls and aborts of user space, the kernel's reads of the system counter and accesses
// to the timer's registers, and on the 32-bit board its cache maintenance, that the native shim takes itself
// (emulator/cpu/exception-fast-path.c, arm-exception-fast-path.c)
// leave the board exactly where the board's own JavaScript leaves it: the same transcripts,
// console (its timestamps included) and instructions retired, with the shim on or off, on both
// boards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Session } from '../../emulator/guest/session.ts';
import type { NativeExceptions } from '../../emulator/cpu/fast-exceptions.ts';
import { ArmFastExceptions } from '../../emulator/cpu/arm-fast-exceptions.ts';
import { modulesBuildDir, type Arch } from '../../emulator/paths.ts';

const COMMANDS = ['ls -l /bin | head -n 3', 'insmod /hello.ko myint=3', 'cat /proc/modules', 'rmmod hello', 'dd if=/dev/zero bs=4k count=64 | wc -c',
	'cat /proc/uptime; sleep 0.05; cat /proc/uptime; dmesg | tail -n 2', 'kill -SEGV $$'];
const nativeOf = (s: Session) => (s.board as unknown as { fastExceptions: NativeExceptions }).fastExceptions;

describe.each<Arch>(['arm64', 'arm'])('exceptions taken by the native shim (%s)', arch => {
	const sessions: Session[] = [];
	afterAll(() => sessions.forEach(s => s.close()));
	beforeAll(async () => {
		for (let i = 0; i < 2; i++) sessions.push(await Session.boot({ arch, add: [join(modulesBuildDir(arch), 'hello/hello.ko')] }));
	});

	it('leave the board as the JavaScript entry does', async () => {
		const [fast, slow] = sessions;
		nativeOf(slow).enabled = false;
		const before = [nativeOf(fast).taken, nativeOf(slow).taken];
		const readsBefore = [nativeOf(fast).counterReads, nativeOf(slow).counterReads];
		const timerBefore = [nativeOf(fast).timerAccesses, nativeOf(slow).timerAccesses];
		const c7 = (s: Session) => { const n = nativeOf(s); return n instanceof ArmFastExceptions ? n.c7Steps : 0n; };
		const c7Before = [c7(fast), c7(slow)];
		const fastRecords = await fast.runAll(COMMANDS);
		const slowRecords = await slow.runAll(COMMANDS);
		expect(fastRecords.map(r => r.status)).toEqual([0, 0, 0, 0, 0, 0, 139]);
		expect(fastRecords).toEqual(slowRecords);
		expect(fast.console).toBe(slow.console);
		expect(fast.board.counter.retired).toBe(slow.board.counter.retired);
		// Hundreds of system calls and aborts each command, none of them in the slow session.
		expect(Number(nativeOf(fast).taken - before[0])).toBeGreaterThan(1000);
		expect(nativeOf(slow).taken).toBe(before[1]);
		// The kernel reads the counter for every timestamp and timer: hundreds of times here.
		expect(Number(nativeOf(fast).counterReads - readsBefore[0])).toBeGreaterThan(100);
		expect(nativeOf(slow).counterReads).toBe(readsBefore[1]);
		// And the timer's registers: each tick reads CNTP_CTL twice and programs the next.
		expect(Number(nativeOf(fast).timerAccesses - timerBefore[0])).toBeGreaterThan(20);
		expect(nativeOf(slow).timerAccesses).toBe(timerBefore[1]);
		// On the 32-bit board, the cache maintenance of insmod's loop over the module's lines.
		if (arch === 'arm') expect(Number(c7(fast) - c7Before[0])).toBeGreaterThan(100);
		expect(c7(slow)).toBe(c7Before[1]);
	});
});

// The system calls and page faults of user space, and the kernel's reads of the system counter,
// that the native shim takes itself (emulator/cpu/exception-fast-path.c) leave the board exactly
// where the board's own JavaScript leaves it: the same transcripts, console (its timestamps
// included) and instructions retired, with the shim on or off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Session } from '../../emulator/guest/session.ts';
import type { FastExceptions } from '../../emulator/cpu/fast-exceptions.ts';
import { builtModulesDir } from '../../emulator/paths.ts';

const COMMANDS = ['ls -l /bin | head -n 3', 'insmod /hello.ko myint=3', 'cat /proc/modules', 'rmmod hello', 'dd if=/dev/zero bs=4k count=64 | wc -c',
	'cat /proc/uptime; sleep 0.05; cat /proc/uptime; dmesg | tail -n 2', 'kill -SEGV $$'];
const fastExceptionsOf = (s: Session) => (s.board as unknown as { fastExceptions: FastExceptions }).fastExceptions;

describe('exceptions taken by the native shim', () => {
	const sessions: Session[] = [];
	afterAll(() => sessions.forEach(s => s.close()));
	beforeAll(async () => {
		for (let i = 0; i < 2; i++) sessions.push(await Session.boot({ add: [join(builtModulesDir, 'hello/hello.ko')] }));
	});

	it('leave the board as the JavaScript entry does', async () => {
		const [fast, slow] = sessions;
		fastExceptionsOf(slow).enabled = false;
		const before = [fastExceptionsOf(fast).taken, fastExceptionsOf(slow).taken];
		const readsBefore = [fastExceptionsOf(fast).counterReads, fastExceptionsOf(slow).counterReads];
		const fastRecords = await fast.runAll(COMMANDS);
		const slowRecords = await slow.runAll(COMMANDS);
		expect(fastRecords.map(r => r.status)).toEqual([0, 0, 0, 0, 0, 0, 139]);
		expect(fastRecords).toEqual(slowRecords);
		expect(fast.console).toBe(slow.console);
		expect(fast.board.counter.retired).toBe(slow.board.counter.retired);
		// Hundreds of system calls and page faults each command, none of them in the slow session.
		expect(Number(fastExceptionsOf(fast).taken - before[0])).toBeGreaterThan(1000);
		expect(fastExceptionsOf(slow).taken).toBe(before[1]);
		// The kernel reads the counter for every timestamp and timer: hundreds of times here.
		expect(Number(fastExceptionsOf(fast).counterReads - readsBefore[0])).toBeGreaterThan(100);
		expect(fastExceptionsOf(slow).counterReads).toBe(readsBefore[1]);
	});
});

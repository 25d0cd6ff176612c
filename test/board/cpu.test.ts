// The Unicorn binding on its own: tracing hooks, context save/restore, errors inside callbacks.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Unicorn } from '../../emulator/cpu/unicorn.ts';
import { unicornVersion } from '../../emulator/cpu/unicorn-ffi.ts';
import { repoRoot } from '../../emulator/paths.ts';

// add x1, x1, #1 ; add x1, x1, #1 ; b .-8  at 0x40000000
const LOOP = Buffer.from([0x21, 0x04, 0x00, 0x91, 0x21, 0x04, 0x00, 0x91, 0xfe, 0xff, 0xff, 0x17]);
let cpu: Unicorn;

function loopCpu(): Unicorn {
	cpu = new Unicorn();
	cpu.mapRam(0x4000_0000, 0x1000);
	cpu.writeMemory(0x4000_0000, LOOP);
	return cpu;
}

afterEach(() => cpu?.close());

describe('Unicorn binding', () => {
	it('is version 2.1 or later', () => {
		expect(unicornVersion()).toMatch(/^2\.([1-9]|\d\d)\./);
	});

	it('runs exactly the number of instructions asked for', () => {
		loopCpu().run(0x4000_0000n, 1001);
		expect(cpu.x(1)).toBe(668n); // 333 loops of two adds, then two more adds
		expect(cpu.pc).toBe(0x4000_0008n);
	});

	it('calls code hooks per instruction and block hooks per block, until removed', () => {
		loopCpu();
		const code: bigint[] = [], blocks: bigint[] = [];
		const hc = cpu.onCode(a => code.push(a));
		cpu.onBlock(a => blocks.push(a));
		cpu.run(0x4000_0000n, 6);
		expect(code).toEqual([0n, 4n, 8n, 0n, 4n, 8n].map(o => 0x4000_0000n + o));
		// The third block is entered (its hook runs) before the count stops the CPU.
		expect(blocks).toEqual([0x4000_0000n, 0x4000_0000n, 0x4000_0000n]);
		cpu.removeHook(hc);
		cpu.run(cpu.pc, 3);
		expect(code).toHaveLength(6);
	});

	it('restores a saved register context', () => {
		loopCpu().run(0x4000_0000n, 30);
		const saved = cpu.saveContext();
		cpu.run(cpu.pc, 30);
		expect(cpu.x(1)).toBe(40n);
		cpu.restoreContext(saved);
		expect(cpu.x(1)).toBe(20n);
		saved.free();
	});

	it('stops and rethrows an exception thrown inside a callback', () => {
		loopCpu().onCode(a => { if (a === 0x4000_0008n) throw new Error('hook failed'); });
		expect(() => cpu.run(0x4000_0000n, 1000)).toThrow('hook failed');
		expect(cpu.x(1)).toBe(2n);
	});

	it('reports an unusable libunicorn clearly instead of crashing', () => {
		const r = spawnSync(join(repoRoot, 'bin/kobox.js'), ['boot'], {
			encoding: 'utf8', env: { ...process.env, KOBOX_LIBUNICORN: '/nonexistent/libunicorn.so.2' },
		});
		expect(r.status).toBe(70);
		expect(r.stderr).toMatch(/^kobox: cannot load libunicorn from \/nonexistent\/libunicorn\.so\.2: .*\n.*KOBOX_LIBUNICORN/);
	});
});

// The boot cache: a session restored from a saved boot runs exactly as a freshly booted one, a
// changed input is another boot, and a damaged file is booted over.
import { describe, expect, it } from 'vitest';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Session } from '../../emulator/guest/session.ts';
import { runGuest } from '../../emulator/guest/run.ts';
import { bootCacheFile } from '../../emulator/guest/boot-cache.ts';
import { transcriptHelperDigest } from '../../emulator/guest/transcript-helper.ts';
import { busyboxPath, builtModulesDir, defaultKernelPath } from '../../emulator/paths.ts';
import { memoryMap } from '../../emulator/board/memory-map.ts';
import { join } from 'node:path';

// A command line of its own, so that no other test shares (or races for) this cache entry.
const extra = 'kobox.boot-cache-test=1';
const file = bootCacheFile({
	arch: 'arm64', kernel: defaultKernelPath, busybox: busyboxPath, cmdline: `console=ttyAMA0 quiet ${extra}`,
	memory: memoryMap.ram.size, extra: transcriptHelperDigest(),
});
const hello = join(builtModulesDir, 'hello/hello.ko');
const commands = ['cat /proc/uptime', 'insmod /hello.ko myint=3', 'dmesg', 'cat /proc/interrupts', 'ps -o pid,stat,comm', 'rmmod hello'];

async function transcript(bootCache?: boolean): Promise<{ fromBootCache: boolean; console: string; records: unknown[] }> {
	const s = await Session.boot({ cmdline: extra, add: [hello], bootCache });
	try {
		const records = await s.runAll(commands);
		return { fromBootCache: s.fromBootCache, console: s.console, records };
	} finally {
		s.close();
	}
}

describe('the boot cache', () => {
	it('serves kobox run: the command and its files come after the saved boot, byte for byte as a boot', async () => {
		const run = (bootCache: boolean) => runGuest({
			command: ['sh', '-c', 'insmod /m/hello.ko myint=4; cat /proc/uptime; dmesg | tail -n 2; ls -l /m'],
			add: [{ host: hello, guest: '/m/hello.ko' }], cmdline: `console=ttyAMA0 quiet ${extra}`, bootCache,
		});
		const fresh = await run(false), first = await run(true), restored = await run(true);
		expect(fresh.status).toBe(0);
		expect(fresh.output).toContain('hello world, myint=4');
		expect(first.rawConsole).toBe(fresh.rawConsole);
		expect(restored.rawConsole).toBe(fresh.rawConsole);
		expect(restored.exit).toEqual(fresh.exit);
	});

	it('saves the first boot, and a restored board runs as a booted one, byte for byte', async () => {
		rmSync(file, { force: true });
		const first = await transcript();
		expect(first.fromBootCache).toBe(false);
		expect(existsSync(file)).toBe(true);
		const restored = await transcript();
		expect(restored.fromBootCache).toBe(true);
		const booted = await transcript(false);
		expect(booted.fromBootCache).toBe(false);
		expect(restored.records).toEqual(booted.records);
		expect(restored.console).toBe(booted.console);
		expect(first.console).toBe(booted.console);
		expect(JSON.stringify(booted.records)).toContain('hello world, myint=3');
	});

	it('keys each command line apart', () => {
		const other = bootCacheFile({
			arch: 'arm64', kernel: defaultKernelPath, busybox: busyboxPath, cmdline: 'console=ttyAMA0 quiet',
			memory: memoryMap.ram.size, extra: transcriptHelperDigest(),
		});
		expect(other).not.toBe(file);
		expect(bootCacheFile({
			arch: 'arm64', kernel: defaultKernelPath, busybox: busyboxPath, cmdline: `console=ttyAMA0 quiet ${extra}`,
			memory: 256 << 20, extra: transcriptHelperDigest(),
		})).not.toBe(file);
		// The same files on a 32-bit ARM board (as a --kernel given for both would be).
		expect(bootCacheFile({
			arch: 'arm', kernel: defaultKernelPath, busybox: busyboxPath, cmdline: `console=ttyAMA0 quiet ${extra}`,
			memory: memoryMap.ram.size, extra: transcriptHelperDigest(),
		})).not.toBe(file);
	});

	it('boots over a damaged file and saves a good one', async () => {
		writeFileSync(file, 'kobox board snapshot 1\ngarbage');
		const damaged = await transcript();
		expect(damaged.fromBootCache).toBe(false);
		expect(statSync(file).size).toBeGreaterThan(1 << 20);
		const restored = await transcript();
		expect(restored.fromBootCache).toBe(true);
		expect(restored.records).toEqual(damaged.records);
	});
});

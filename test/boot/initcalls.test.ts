// The kernel walks its real .initcallN.init sections in Linux's order. examples/initcalls, a driver
// with an initcall at every level (each saying where it runs), is built into the kernel as kbuild's
// obj-y would (--builtin); the default kernel, without it, prints what Linux prints.
import { beforeAll, describe, expect, it } from 'vitest';
import { ElfFile } from '../../emulator/boot/elf.ts';
import { defaultKernelPath, repoRoot } from '../../emulator/paths.ts';
import { buildBuiltin } from '../../emulator/builtin.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boot as bootKernel, cmdline, type BootResult } from '../helpers/boot.ts';
import type { BoardOptions } from '../../emulator/board/board.ts';

let demoKernelPath: string;
beforeAll(async () => { demoKernelPath = (await buildBuiltin(join(repoRoot, 'examples/initcalls'))).kernel; });

const boot = (options: BoardOptions = {}) => bootKernel({ kernel: demoKernelPath, ...options });

const LINUX_ORDER = [
	'console_initcall', 'early_initcall', 'pure_initcall', 'core_initcall', 'core_initcall_sync',
	'postcore_initcall', 'postcore_initcall_sync', 'arch_initcall', 'arch_initcall_sync',
	'subsys_initcall', 'subsys_initcall_sync', 'fs_initcall', 'fs_initcall_sync', 'rootfs_initcall',
	'device_initcall', 'device_initcall_sync', 'late_initcall', 'late_initcall_sync',
];

/** Which initcall variant each demo line says it ran from, in console order, repeats folded. */
function levelsSeen(lines: string[]): string[] {
	const seen = lines.map(l => /^initcalls: (\w+): /.exec(l)?.[1]).filter((l): l is string => !!l);
	return seen.filter((l, i) => l !== seen[i - 1]);
}

describe('a boot of the kernel with examples/initcalls built in', () => {
	let r: BootResult;
	beforeAll(async () => { r = await boot(); });

	it('prints a Linux-style banner and the command line from the device tree', () => {
		expect(r.lines[0]).toMatch(/^Booting Linux on physical CPU 0x0000000000 \[0x411fd070\]$/);
		// The release and version are those of the Debian kernel whose headers give the module ABI.
		expect(r.lines[1]).toMatch(/^Linux version 6\.1\.0-\d+-arm64 \(kobox@kobox\) \(aarch64-linux-gnu-gcc .*\) #1 SMP Debian 6\.1\.\d+-\d+ \(\d{4}-\d\d-\d\d\)$/);
		expect(r.lines).toContain('Kernel command line: console=ttyAMA0');
	});

	it('runs every initcall level and variant in Linux order', () => {
		expect(levelsSeen(r.lines)).toEqual(LINUX_ORDER);
	});

	it('goes on after a driver returns -ENODEV', () => {
		const nodev = r.lines.findIndex(l => l.includes('no kobox,demo-frobnicator in the device tree'));
		expect(nodev).toBeGreaterThan(0);
		expect(r.lines.findIndex(l => l.startsWith('initcalls: late_initcall:'))).toBeGreaterThan(nodev);
	});

	it('without an initramfs or a root device, panics as Linux does', () => {
		expect(r.reason).toBe('panic');
		expect(r.lines).toContain('Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0)');
		expect(r.faultReport).toBeUndefined();
	});

	it('prints timestamps the way Linux does', () => {
		expect(r.console.split('\r\n').filter(Boolean).every(l => /^\[ {0,4}\d{1,5}\.\d{6}\] /.test(l))).toBe(true);
	});
});

describe('the default kernel', () => {
	it('has no demo initcalls: its boot prints only what Linux prints', async () => {
		const r = await bootKernel();
		expect(r.lines.some(l => l.startsWith('initcalls: '))).toBe(false);
		expect(r.lines).toContain('Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0)');
		const symbols = new ElfFile(readFileSync(defaultKernelPath)).symbols().map(s => s.name);
		expect(symbols).not.toContain('demo_frob_probe');
		expect(new ElfFile(readFileSync(demoKernelPath)).symbols().map(s => s.name)).toContain('demo_frob_probe');
	});
});

describe('initcall_debug', () => {
	let kernel: ElfFile;
	beforeAll(() => { kernel = new ElfFile(readFileSync(demoKernelPath)); });
	const sym = (name: string) => kernel.symbols().find(s => s.name === name)!.value;
	const entries = (start: string, end: string) => Number(sym(end) - sym(start)) / 4;

	it('prints calling/returned lines for every entry of the initcall sections', async () => {
		const r = await boot({ cmdline: cmdline('initcall_debug', 'loglevel=8') });
		const calling = r.lines.filter(l => /^calling {2}\w+\+0x[0-9a-f]+\/0x[0-9a-f]+ @ \d+$/.test(l));
		const returned = r.lines.filter(l => /^initcall \w+\+0x[0-9a-f]+\/0x[0-9a-f]+ returned -?\d+ after \d+ usecs$/.test(l));
		expect(calling.filter(l => l.endsWith(' @ 1'))).toHaveLength(entries('__initcall_start', '__initcall_end'));
		expect(calling.filter(l => l.endsWith(' @ 0'))).toHaveLength(entries('__con_initcall_start', '__con_initcall_end'));
		expect(returned).toHaveLength(calling.length);
		expect(returned.filter(l => / returned -19 after /.test(l))).toHaveLength(1);
	});

	it('names each initcall with kallsyms: symbol, offset and size to the next text symbol', async () => {
		const r = await boot({ cmdline: cmdline('initcall_debug', 'loglevel=8') });
		const SHF_EXECINSTR = 4n;
		const text = kernel.symbols().filter(s => s.shndx > 0 && s.shndx < kernel.sections.length &&
			(kernel.sections[s.shndx].flags & SHF_EXECINSTR) && !/^(\$|\.L)/.test(s.name));
		const checked = r.lines.filter(l => l.startsWith('calling  ')).map(line => {
			const [, name, size] = /^calling {2}(\w+)\+0x0\/0x([0-9a-f]+) /.exec(line)!;
			const self = text.find(s => s.name === name)!;
			const next = text.filter(s => s.value > self.value).reduce((a, b) => (b.value < a.value ? b : a));
			expect(BigInt(`0x${size}`), name).toBe(next.value - self.value);
			return name;
		});
		expect(checked.length).toBeGreaterThan(20);
	});

	it('stays off the console at the default loglevel, as KERN_DEBUG does on Linux', async () => {
		const r = await boot({ cmdline: cmdline('initcall_debug') });
		expect(r.lines.some(l => l.startsWith('calling  '))).toBe(false);
		expect(levelsSeen(r.lines)).toEqual(LINUX_ORDER);
	});
});

describe('console loglevel', () => {
	it('prints only errors and worse with quiet', async () => {
		const all = await boot();
		const quiet = await boot({ cmdline: cmdline('quiet') });
		expect(quiet.lines.length).toBeLessThan(all.lines.length);
		expect(quiet.lines.some(l => l.startsWith('initcalls: '))).toBe(false);
		expect(quiet.lines).toContain('Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0)');
	});
});

describe('determinism', () => {
	it('prints byte-identical consoles, timestamps included, on two boots', async () => {
		const a = await boot({ cmdline: cmdline('initcall_debug', 'loglevel=8') });
		const b = await boot({ cmdline: cmdline('initcall_debug', 'loglevel=8') });
		expect(a.console.length).toBeGreaterThan(1000);
		expect(b.console).toBe(a.console);
		expect(a.console).toMatch(/\[ {4}0\.0000[1-9]\d\] /); // time does advance
	});

	it('also boots on the host clock', async () => {
		const r = await boot({ time: 'host' });
		expect(r.reason).toBe('panic');
		expect(levelsSeen(r.lines)).toEqual(LINUX_ORDER);
	});
});

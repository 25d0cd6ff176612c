// One driver source, two builds (examples/driver/mydriver.c). As a module (kbuild against Debian's
// headers) it must give what Debian's real kernel gave (examples/driver.golden). Built in (obj-y,
// --builtin) it follows Linux's rules for built-in code: module_init is a device_initcall, run by
// do_initcalls after the kernel's own (they link first) and before the late ones; its parameters
// are kernel parameters, in /sys/module/mydriver/parameters; module_exit is discarded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Board, type Session } from 'kobox';
import 'kobox/vitest';
import { ElfFile } from '../emulator/boot/elf.ts';
import { buildBuiltin } from '../emulator/builtin.ts';

const golden = readFileSync('examples/driver.golden', 'utf8');   // kobox capture examples/driver.scenario
const commands = readFileSync('examples/driver.scenario', 'utf8').split('\n').filter(l => l && !l.startsWith('#'));
/** What the module's init printed on Debian's kernel, without the log level and time. */
const moduleInitLines = golden.split('$ ')[1].split('\n').filter(l => l.startsWith('  <6>')).map(l => l.replace(/^ {2}<6>\[[^\]]*\] /, ''));

describe('examples/driver built as a module', () => {
	it('loads, shows its parameters and unloads as on Debian\'s kernel', async () => {
		const board = await Board.boot({ add: ['.cache/build/modules/driver/mydriver.ko'] });
		try {
			expect(await board.runAll(commands)).toMatchTranscript(golden);
		} finally {
			board.close();
		}
	});
});

describe('examples/driver built in', () => {
	let board: Session;
	let log: string[];
	let kernel: ElfFile;
	beforeAll(async () => {
		kernel = new ElfFile(readFileSync((await buildBuiltin('examples/driver')).kernel));
		board = await Board.boot({ builtin: 'examples/driver', cmdline: 'mydriver.count=2 mydriver.whom=module initcall_debug' });
		log = (await board.run('dmesg')).output.split('\n').map(l => l.replace(/^\[[^\]]*\] /, ''));
	});
	afterAll(() => board?.close());

	/** The functions of the initcall entries of one level (`6`, `6s`, `7`...), in link order. */
	const level = (id: string) => {
		const symbols = kernel.symbols();
		const functions = new Set(symbols.map(s => s.name));
		return symbols.filter(s => s.name.startsWith('__initcall_') && s.name.endsWith(id) && functions.has(fnOf(s.name, id)))
			.sort((a, b) => Number(a.value - b.value)).map(s => fnOf(s.name, id));
	};
	/** An entry's label is __initcall_<fn><level id> (guest-kernel/include/linux/init.h). */
	const fnOf = (label: string, id: string) => label.slice('__initcall_'.length, -id.length);
	const called = (fn: string) => log.findIndex(l => l.startsWith(`calling  ${fn}+0x0/`));

	it('links its init as the last device_initcall: after the kernel\'s own objects', () => {
		expect(level('6').at(-1)).toBe('mydriver_init');
		expect(level('7')).not.toContain('mydriver_init');
	});

	it('runs it from do_initcalls in PID 1, after the other device initcalls and before the late ones', () => {
		const at = called('mydriver_init');
		expect(log[at]).toMatch(/^calling {2}mydriver_init\+0x0\/0x[0-9a-f]+ @ 1$/);
		for (const fn of level('6').slice(0, -1)) expect(called(fn), fn).toBeLessThan(at);
		for (const fn of [...level('6s'), ...level('7'), ...level('7s')]) expect(called(fn), fn).toBeGreaterThan(at);
	});

	it('prints what the module printed on Debian\'s kernel, between calling and returned 0', () => {
		const at = called('mydriver_init');
		expect(moduleInitLines).toEqual(['mydriver: hello, module (1 of 2)', 'mydriver: hello, module (2 of 2)']);
		expect(log.slice(at + 1, at + 3)).toEqual(moduleInitLines);
		expect(log[at + 3]).toMatch(/^initcall mydriver_init\+0x0\/0x[0-9a-f]+ returned 0 after \d+ usecs$/);
		expect(log.some(l => l.includes('taints kernel'))).toBe(false);
	});

	it('has its parameters, given as mydriver.<param>= on the command line, in sysfs as Linux\'s built-in modules do', async () => {
		expect((await board.run('ls /sys/module/mydriver')).output.split(/\s+/).filter(Boolean)).toEqual(['parameters', 'uevent', 'version']);
		expect((await board.run('cat /sys/module/mydriver/parameters/count /sys/module/mydriver/parameters/whom /sys/module/mydriver/version')).output)
			.toBe('2\nmodule\n1.0\n');
	});

	it('is not a loaded module: lsmod does not list it, rmmod cannot remove it', async () => {
		expect((await board.run('lsmod')).output).not.toContain('mydriver');
		const r = await board.run('rmmod mydriver');
		expect(r.status).not.toBe(0);
	});

	it('discards module_exit, as Linux does for built-in code', () => {
		const names = kernel.symbols().map(s => s.name);
		expect(names).toContain('mydriver_init');
		expect(names).not.toContain('mydriver_exit');
	});
});

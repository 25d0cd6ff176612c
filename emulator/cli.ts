#!/usr/bin/env node
// The kobox command line. Each command is a thin layer over the library API.
import { Command, InvalidArgumentError, Option } from 'commander';
import { Board, DEFAULT_CMDLINE, type BoardExit } from './board/board.ts';
import { parseMemorySize } from './board/memory-size.ts';
import { parseAddSpec, type GuestFile } from './boot/rootfs.ts';
import { runGuest, type RunOptions } from './run.ts';
import { insmodOnBoard, withoutLevel } from './insmod.ts';
import { checkDirectory, checkModule, formatCheck, formatDirectoryCheck } from './check.ts';
import { existsSync, statSync } from 'node:fs';
import { addScenarioCommands } from './cli-scenarios.ts';

/** Exit status for each way a board can stop. */
export const EXIT_STATUS: Record<BoardExit['reason'], number> = {
	poweroff: 0, reset: 0, quit: 0, panic: 1, stalled: 2, 'cpu-error': 3, timeout: 124,
};

function seconds(value: string): number {
	const n = Number(value);
	if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of seconds (0: no limit)');
	return n;
}

function collectAdd(value: string, previous: GuestFile[]): GuestFile[] {
	try { return [...previous, parseAddSpec(value)]; } catch (e) { throw new InvalidArgumentError((e as Error).message); }
}

function memory(value: string): number {
	try { return parseMemorySize(value); } catch (e) { throw new InvalidArgumentError((e as Error).message); }
}

interface CommonOptions { cmdline: string; time: 'virtual' | 'host'; memory: number; timeout: number; kernel?: string }

function reportExit(exit: BoardExit): void {
	if (exit.reason === 'poweroff' || exit.reason === 'reset' || exit.reason === 'quit') return;
	process.stderr.write(`kobox: ${exit.message}\n`);
	if (exit.faultReport) process.stderr.write(exit.faultReport.replace(/^/gm, 'kobox: ') + '\n');
}

function boardOptions(opts: CommonOptions) {
	return { kernel: opts.kernel, cmdline: opts.cmdline, memory: opts.memory, time: opts.time, timeoutSeconds: opts.timeout };
}

/** The command's status when the guest reported one; otherwise what the board's stop means. */
async function run(opts: RunOptions): Promise<number> {
	const r = await runGuest({ ...opts, onOutput: d => process.stdout.write(d) });
	reportExit(r.exit);
	if (r.exit.reason === 'timeout' || r.exit.reason === 'stalled' || r.exit.reason === 'cpu-error') return EXIT_STATUS[r.exit.reason];
	return r.status ?? EXIT_STATUS[r.exit.reason];
}

/** `kobox shell`: the terminal in raw mode; Ctrl-A X quits, Ctrl-A Ctrl-A sends a Ctrl-A. */
async function shell(opts: RunOptions): Promise<number> {
	const stdin = process.stdin;
	const raw = stdin.isTTY;
	let escape = false;
	const result = runGuest({ ...opts, shell: true, interactive: true, onOutput: d => process.stdout.write(d) }, board => {
		if (raw) stdin.setRawMode(true);
		stdin.on('data', (data: Buffer) => {
			const out: number[] = [];
			for (const b of data) {
				if (escape) {
					escape = false;
					if (b === 0x78 || b === 0x58) { board.quit(); return; }
					if (b === 0x01) out.push(b);
				} else if (b === 0x01) escape = true;
				else out.push(b);
			}
			if (out.length) board.input(Buffer.from(out));
		});
		// The end of piped input is ^D for the guest's terminal; after it, a guest still waiting
		// for input has stalled.
		stdin.on('end', () => { board.input(Buffer.of(0x04)); board.endInput(); });
		stdin.resume();
	});
	try {
		const r = await result;
		process.stdout.write('\n');
		reportExit(r.exit);
		return EXIT_STATUS[r.exit.reason];
	} finally {
		if (raw) stdin.setRawMode(false);
		stdin.pause();
	}
}

async function boot(opts: CommonOptions): Promise<number> {
	const board = new Board({ ...boardOptions(opts), onConsole: data => process.stdout.write(data) });
	try {
		const exit = await board.run();
		reportExit(exit);
		return EXIT_STATUS[exit.reason];
	} finally {
		board.close();
	}
}

interface InsmodCliOptions { cmdline?: string; time: 'virtual' | 'host'; memory: number; timeout: number; kernel?: string; levels?: boolean }

/**
 * `kobox insmod`: the kernel log lines the load caused on stdout, insmod's message on stderr, and
 * insmod's exit status; if the board stopped before insmod returned, its console and the stop.
 */
async function insmod(file: string, params: string[], opts: InsmodCliOptions): Promise<number> {
	const r = await insmodOnBoard(file, params, {
		cmdline: opts.cmdline, time: opts.time, memory: opts.memory, kernel: opts.kernel, timeoutSeconds: opts.timeout,
	});
	if (r.status === undefined) {
		process.stdout.write(r.console);
		if (r.exit) reportExit(r.exit);
		return r.exit ? EXIT_STATUS[r.exit.reason] || 1 : 1;
	}
	for (const line of r.log) process.stdout.write(`${opts.levels ? line : withoutLevel(line)}\n`);
	process.stderr.write(r.message);
	if (r.log.some(l => l.includes(': Unknown symbol ')))
		process.stderr.write(`kobox: the board does not export what this module imports; \`kobox check ${file}\` lists it\n`);
	return r.status;
}

export function buildProgram(): Command {
	const program = new Command('kobox')
		.description('An emulated ARM64 board for writing, studying and testing Linux kernel modules')
		.showHelpAfterError('(run with --help for usage)');
	const common = (cmd: Command, timeout: number) => cmd
		.option('--cmdline <str>', 'the whole kernel command line, like QEMU -append', DEFAULT_CMDLINE)
		.addOption(new Option('--time <clock>', 'virtual: deterministic, advances with executed instructions; host: wall clock')
			.choices(['virtual', 'host']).default('virtual'))
		.addOption(new Option('--memory <size>', 'RAM size, e.g. 128M or 1G (a bare number is MiB)')
			.argParser(memory).default(128 << 20, '128M'))
		.option('--timeout <sec>', 'stop a guest still running after this many seconds (0: never)', seconds, timeout)
		.option('--kernel <vmlinux>', 'boot another kernel ELF');
	common(program.command('boot'), 60)
		.description('boot the board and stream its console to stdout')
		.action(async (opts: CommonOptions) => { process.exitCode = await boot(opts); });
	common(program.command('run'), 60)
		.description('boot with busybox as userspace and run a command (or your own /init); exit with its status')
		.usage('[options] [-- COMMAND ARGS...]')
		.option('--add <host[:guest]>', 'put a host file in the root filesystem (default guest path: /<basename>); repeatable', collectAdd, [])
		.option('--init <script>', 'use SCRIPT as /init (pid 1), as given, with nothing set up around it')
		.argument('[command...]', 'run through busybox sh after mounting proc, sysfs and devtmpfs, then power off')
		.action(async (command: string[], opts: CommonOptions & { add: GuestFile[]; init?: string }) => {
			if (opts.init && command.length) throw new InvalidArgumentError('give either --init or a command, not both');
			if (opts.init && !existsSync(opts.init)) throw new InvalidArgumentError(`--init: no such file: ${opts.init}`);
			if (!opts.init && !command.length) throw new InvalidArgumentError('nothing to run: give a command after --, or --init SCRIPT');
			process.exitCode = await run({ ...boardOptions(opts), add: opts.add, command, initScript: opts.init });
		});
	common(program.command('shell'), 0)
		.description('an interactive busybox shell on the console (Ctrl-A X quits; the board powers off when the shell exits)')
		.option('--add <host[:guest]>', 'put a host file in the root filesystem; repeatable', collectAdd, [])
		.action(async (opts: CommonOptions & { add: GuestFile[] }) => {
			process.exitCode = await shell({ ...boardOptions(opts), add: opts.add });
		});
	program.command('insmod')
		.description("boot the board, load a module with busybox insmod, print the kernel log lines the load caused and insmod's message; exit with insmod's status")
		.usage('[options] FILE.ko [PARAM=VALUE...]')
		.argument('<file>', 'the module (.ko) on the host')
		.argument('[params...]', 'module parameters, passed to insmod as given')
		.option('--levels', 'show each log line with its <level> prefix, as dmesg -r does')
		.option('--cmdline <str>', 'extra kernel parameters, after "console=ttyAMA0 quiet"')
		.addOption(new Option('--time <clock>', 'virtual: deterministic, advances with executed instructions; host: wall clock')
			.choices(['virtual', 'host']).default('virtual'))
		.addOption(new Option('--memory <size>', 'RAM size, e.g. 128M or 1G (a bare number is MiB)')
			.argParser(memory).default(128 << 20, '128M'))
		.option('--timeout <sec>', 'stop a guest still running after this many seconds (0: never)', seconds, 60)
		.option('--kernel <vmlinux>', 'boot another kernel ELF')
		.action(async (file: string, params: string[], opts: InsmodCliOptions) => {
			if (!existsSync(file)) throw new InvalidArgumentError(`no such file: ${file}`);
			process.exitCode = await insmod(file, params, opts);
		});
	program.command('check')
		.description('read a module without booting and say whether it can load on the board: vermagic, license, and each import the board does not export, grouped by what it is; exit 0 if it can load, 1 if not')
		.usage('[options] FILE.ko|DIRECTORY')
		.argument('<file>', 'the module (.ko) on the host, or a directory: every .ko below it, one line each')
		.option('--json', 'print the result as JSON')
		.option('--kernel <vmlinux>', "check against another kernel ELF's exports")
		.action((file: string, opts: { json?: boolean; kernel?: string }) => {
			if (existsSync(file) && statSync(file).isDirectory()) {
				const rs = checkDirectory(file, { vmlinux: opts.kernel });
				process.stdout.write(opts.json ? `${JSON.stringify(rs, null, '\t')}\n` : formatDirectoryCheck(file, rs));
				process.exitCode = rs.every(r => r.canLoad) ? 0 : 1;
				return;
			}
			const r = checkModule(file, { vmlinux: opts.kernel });
			process.stdout.write(opts.json ? `${JSON.stringify(r, null, '\t')}\n` : formatCheck(r));
			process.exitCode = r.canLoad ? 0 : 1;
		});
	addScenarioCommands(program);
	return program;
}

export async function main(argv: string[]): Promise<void> {
	try {
		await buildProgram().parseAsync(argv);
	} catch (e) {
		process.stderr.write(`kobox: ${(e as Error).message}\n`);
		process.exitCode = 1;
	}
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) await main(process.argv);

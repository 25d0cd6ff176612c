#!/usr/bin/env node
// The kobox command line. Each command is a thin layer over the library API.
import { Command, InvalidArgumentError, Option } from 'commander';
import { Board, DEFAULT_CMDLINE, type BoardExit } from './board/board.ts';
import { parseMemorySize } from './board/memory-size.ts';

/** Exit status for each way a board can stop. */
export const EXIT_STATUS: Record<BoardExit['reason'], number> = {
	poweroff: 0, reset: 0, quit: 0, panic: 1, stalled: 2, 'cpu-error': 3, timeout: 124,
};

function seconds(value: string): number {
	const n = Number(value);
	if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of seconds (0: no limit)');
	return n;
}

function memory(value: string): number {
	try { return parseMemorySize(value); } catch (e) { throw new InvalidArgumentError((e as Error).message); }
}

async function boot(opts: { cmdline: string; time: 'virtual' | 'host'; memory: number; timeout: number; kernel?: string }): Promise<number> {
	const board = new Board({
		kernel: opts.kernel, cmdline: opts.cmdline, memory: opts.memory, time: opts.time,
		timeoutSeconds: opts.timeout, onConsole: data => process.stdout.write(data),
	});
	try {
		const exit = await board.run();
		if (exit.reason !== 'poweroff' && exit.reason !== 'reset') {
			process.stderr.write(`kobox: ${exit.message}\n`);
			if (exit.faultReport) process.stderr.write(exit.faultReport.replace(/^/gm, 'kobox: ') + '\n');
		}
		return EXIT_STATUS[exit.reason];
	} finally {
		board.close();
	}
}

export function buildProgram(): Command {
	const program = new Command('kobox')
		.description('An emulated ARM64 board for writing, studying and testing Linux kernel modules')
		.showHelpAfterError();
	program.command('boot')
		.description('boot the board and stream its console to stdout')
		.option('--cmdline <str>', 'the whole kernel command line, like QEMU -append', DEFAULT_CMDLINE)
		.addOption(new Option('--time <clock>', 'virtual: deterministic, advances with executed instructions; host: wall clock')
			.choices(['virtual', 'host']).default('virtual'))
		.addOption(new Option('--memory <size>', 'RAM size, e.g. 128M or 1G (a bare number is MiB)')
			.argParser(memory).default(128 << 20, '128M'))
		.option('--timeout <sec>', 'stop a guest still running after this many seconds (0: never)', seconds, 60)
		.option('--kernel <vmlinux>', 'boot another kernel ELF')
		.action(async opts => { process.exitCode = await boot(opts); });
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

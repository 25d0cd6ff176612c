// The kobox command line. Each command is a thin layer over the library API. bin/kobox.js runs it,
// after setup for the commands that need the board.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Board, DEFAULT_CMDLINE, guestKernelPath, type BoardExit } from './board/board.ts';
import { parseMemorySize } from './board/memory-size.ts';
import { parseAddSpec, type GuestFile } from './guest/rootfs.ts';
import { runGuest, type Replaced, type RunOptions } from './guest/run.ts';
import { insmodOnBoard, withoutLevel } from './insmod.ts';
import { boardExportsFor, checkDirectory, checkModuleInfo, formatCheck, formatDirectoryCheck, readModule, type CheckResult, type ModuleInfo } from './check.ts';
import { addScenarioCommands, NO_BOOT_CACHE } from './cli-scenarios.ts';
import { buildModule } from './kbuild.ts';
import { buildBuiltin, BuiltinBuildError } from './builtin.ts';
import { ARCHES, cacheDir, headersDir, pinnedKernel, repoRoot, setupCommand, type Arch } from './paths.ts';
import { EXIT_STATUS, KOBOX_ERROR, USAGE_ERROR, UsageError, existingFile } from './cli-errors.ts';
import { addTraceOptions, openTrace, type CliTrace, type TraceCliOptions } from './cli-trace.ts';
import { Tracer, type InitcallRecord } from './trace/tracer.ts';
import { bootgraphSvg } from './trace/bootgraph.ts';
import { writeFileAtomic } from './atomic-write.ts';

export { EXIT_STATUS } from './cli-errors.ts';

/** What `kobox run` and `kobox shell` boot with: Linux's quiet console, so the command's output comes first. */
export const QUIET_CMDLINE = `${DEFAULT_CMDLINE} quiet`;

// Option parsers: commander reports their InvalidArgumentError with the option's name.
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

type GdbPort = number | 'stdio';

function gdbPort(value: string): GdbPort {
	if (value === 'stdio') return value;
	const n = Number(value);
	if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('expected a TCP port number (0: any free one), or stdio');
	return n;
}

/** `--arch` (boot, run, shell and insmod): the board's CPU, and so its guest kernel, busybox and helper. */
const addArchOption = (cmd: Command) => cmd.addOption(new Option('--arch <arch>',
	'the board\'s CPU: arm64, or arm (32-bit ARM, with the armhf guest kernel and Debian\'s armhf busybox; set up by scripts/setup-arm.sh)')
	.choices([...ARCHES]).default('arm64'));


/** `--gdb PORT|stdio` (run, shell and insmod): GDB's remote protocol for the board. */
const addGdbOption = (cmd: Command) => cmd.option('--gdb <port>',
	'serve GDB\'s remote protocol on this TCP port of localhost (gdb-multiarch with the guest kernel\'s vmlinux: target remote :PORT), or on stdin and stdout (stdio: target remote | kobox ...); the board waits for GDB before it runs', gdbPort);

/** What the board's GDB server is told: kobox's lines go to stderr, and GDB hears kobox's exit status. */
const gdbOf = (port?: GdbPort) => port === undefined ? undefined : {
	port, log: (line: string) => { process.stderr.write(`${line}\n`); }, status: (exit: BoardExit) => EXIT_STATUS[exit.reason],
};

/** Where a command's output goes: stdout, unless GDB's protocol has it (--gdb stdio). */
const outputFor = (gdb?: GdbPort) => (data: string | Uint8Array) => (gdb === 'stdio' ? process.stderr : process.stdout).write(data);

type Clock = 'virtual' | 'host';
interface CommonOptions extends TraceCliOptions { cmdline: string; time: Clock; memory: number; timeout: number; kernel?: string; builtin?: string; verbose?: boolean; gdb?: GdbPort; arch?: Arch }

function reportExit(exit: BoardExit): void {
	if (exit.reason === 'poweroff' || exit.reason === 'reset' || exit.reason === 'quit') return;
	process.stderr.write(`kobox: ${exit.message}\n`);
	if (exit.faultReport) process.stderr.write(exit.faultReport.replace(/^/gm, 'kobox: ') + '\n');
}

/** `--verbose`: the kernel command line without `quiet`, so the console shows the boot log. */
const verboseCmdline = (opts: CommonOptions) =>
	opts.verbose ? opts.cmdline.split(' ').filter(w => w !== 'quiet').join(' ') : opts.cmdline;

/** The failed build of `--builtin`: its messages are already on stderr; the status is make's. */
class BuildFailed extends Error { constructor(readonly status: number) { super('build failed'); } }

/** `--builtin DIR`: the kernel with DIR's code in it, built (or found in the cache) first; its build lines on stderr. */
async function builtinKernel(dir: string): Promise<string> {
	if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--builtin: ${dir}: not a directory`);
	try {
		return (await buildBuiltin(dir, { progress: t => process.stderr.write(t) })).kernel;
	} catch (e) {
		if (!(e instanceof BuiltinBuildError)) throw e;
		process.stderr.write(`kobox: --builtin ${dir}: the build failed (make exited with ${e.status})\n`);
		throw new BuildFailed(e.status);
	}
}

/** A 32-bit ARM board needs the arm guest kernel, unless it is given another. */
function requireArmKernel(arch: Arch | undefined, kernel: string | undefined): void {
	if (arch === 'arm' && !kernel && !existsSync(guestKernelPath('arm')))
		throw new Error(`the 32-bit ARM guest kernel is not built yet: no ${guestKernelPath('arm')}; run ${setupCommand('arm')} to build it, or give one with --kernel`);
}

async function boardOptions(opts: CommonOptions) {
	if (opts.kernel && opts.builtin) throw new UsageError('give either --kernel or --builtin, not both');
	if (opts.builtin && opts.arch === 'arm') throw new UsageError('--builtin builds the arm64 kernel only; it cannot go with --arch arm');
	if (opts.kernel) existingFile(opts.kernel, '--kernel');
	const kernel = opts.builtin ? await builtinKernel(opts.builtin) : opts.kernel;
	requireArmKernel(opts.arch, kernel);
	return { arch: opts.arch, kernel, cmdline: verboseCmdline(opts), memory: opts.memory, time: opts.time, timeoutSeconds: opts.timeout };
}

/** `--add` over one of kobox's own files works (the later file wins, as in Linux's initramfs), and says so. */
function reportReplaced(r: Replaced): void {
	process.stderr.write(`kobox: --add ${r.file.host}:${r.file.guest} replaces kobox's ${r.file.guest} (${r.what})\n`);
}

/** Run `fn` with the trace the options ask for (if any), and close its file after. */
async function traced<T>(opts: TraceCliOptions, kernel: string | undefined, fn: (trace?: CliTrace) => Promise<T>): Promise<T> {
	const trace = openTrace(opts, kernel);
	try {
		return await fn(trace);
	} finally {
		trace?.file.close();
	}
}

/** The command's status when the guest reported one; otherwise what the board's stop means. */
async function run(opts: RunOptions): Promise<number> {
	const r = await runGuest({ ...opts, onOutput: outputFor(opts.gdb?.port), onReplace: reportReplaced });
	reportExit(r.exit);
	if (r.exit.reason === 'timeout' || r.exit.reason === 'stalled' || r.exit.reason === 'cpu-error') return EXIT_STATUS[r.exit.reason];
	return r.status ?? EXIT_STATUS[r.exit.reason];
}

/** The board alone, as QEMU with -kernel and no -initrd (`kobox boot --no-initramfs`). */
async function bootWithoutRootfs(opts: Awaited<ReturnType<typeof boardOptions>>, trace: RunOptions['trace']): Promise<BoardExit> {
	const board = new Board({ ...opts, onConsole: data => process.stdout.write(data) });
	try {
		const tracer = trace && Tracer.attach(board, trace);
		const exit = await board.run();
		tracer?.end(true);
		return exit;
	} finally {
		board.close();
	}
}

/** `kobox boot`: the console as it comes, and the status of the board's stop; `--chart`: the initcalls drawn. */
async function boot(opts: CommonOptions & { initramfs: boolean; chart?: string }): Promise<number> {
	if (opts.chart && !statSync(dirname(resolve(opts.chart)), { throwIfNoEntry: false })?.isDirectory())
		throw new UsageError(`--chart: ${opts.chart}: no such directory to write it in`);
	const board = await boardOptions(opts);
	const initcalls: InitcallRecord[] = [];
	const exit = await traced(opts, board.kernel, async cli => {
		const trace = cli || opts.chart ? { ...cli?.options, initcalls: opts.chart ? (r: InitcallRecord) => initcalls.push(r) : undefined } : undefined;
		return opts.initramfs ? (await runGuest({ ...board, trace, onOutput: d => process.stdout.write(d) })).exit
			: await bootWithoutRootfs(board, trace);
	});
	reportExit(exit);
	if (opts.chart) writeFileAtomic(opts.chart, bootgraphSvg(initcalls, `kobox boot: ${initcalls.length} initcalls (${board.cmdline})`));
	return EXIT_STATUS[exit.reason];
}

/** `kobox shell`: the terminal in raw mode; Ctrl-A X quits, Ctrl-A Ctrl-A sends a Ctrl-A. */
async function shell(opts: RunOptions): Promise<number> {
	const stdin = process.stdin;
	const raw = stdin.isTTY;
	let escape = false;
	const result = runGuest({ ...opts, shell: true, interactive: true, onOutput: d => process.stdout.write(d), onReplace: reportReplaced }, board => {
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

interface InsmodCliOptions extends TraceCliOptions { cmdline?: string; time: Clock; memory: number; timeout: number; kernel?: string; levels?: boolean; bootCache: boolean; gdb?: GdbPort; arch: Arch }

/**
 * `kobox insmod`: the kernel log lines the load caused on stdout, insmod's message on stderr, and
 * insmod's exit status; if the board stopped before insmod returned, its console, why it stopped,
 * and the board's status.
 */
async function insmod(file: string, params: string[], opts: InsmodCliOptions): Promise<number> {
	const kernel = opts.kernel && existingFile(opts.kernel, '--kernel');
	requireArmKernel(opts.arch, kernel);
	const r = await traced(opts, kernel, trace => insmodOnBoard(existingFile(file, 'insmod'), params, {
		arch: opts.arch, cmdline: opts.cmdline, time: opts.time, memory: opts.memory,
		kernel, timeoutSeconds: opts.timeout, bootCache: opts.bootCache, trace: trace?.options,
		gdb: gdbOf(opts.gdb),
	}));
	const out = outputFor(opts.gdb);
	if (r.status === undefined) {
		out(r.console);
		if (!r.exit || EXIT_STATUS[r.exit.reason] === 0) {
			process.stderr.write(`kobox: ${r.exit ? `the board stopped (${r.exit.message})` : 'the guest stopped'} before insmod returned\n`);
			return 1;
		}
		reportExit(r.exit);
		return EXIT_STATUS[r.exit.reason];
	}
	for (const line of r.log) out(`${opts.levels ? line : withoutLevel(line)}\n`);
	process.stderr.write(r.message);
	if (r.log.some(l => l.includes(': Unknown symbol ')))
		process.stderr.write(`kobox: the board does not export what this module imports; \`kobox check ${file}\` lists it\n`);
	return r.status;
}

/** `kobox build DIR`: kbuild against the pinned headers, its lines on stderr, the .ko paths on stdout. */
async function build(dir: string, makeArgs: string[], arch: Arch): Promise<number> {
	if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`build: not a directory: ${dir}`);
	const r = await buildModule(dir, makeArgs, process.stderr, arch);
	if (r.status !== 0) {
		process.stderr.write(`kobox: kbuild failed (make exited with ${r.status})\n`);
		return r.status;
	}
	for (const ko of r.modules) process.stdout.write(`${ko}\n`);
	return 0;
}

/** `kobox build --builtin DIR`: the kernel with DIR built in; its directory on stdout (vmlinux, usr/include). */
async function buildIn(dir: string): Promise<number> {
	const kernel = await builtinKernel(dir);
	process.stdout.write(`${dirname(kernel)}\n`);
	return 0;
}

const packageVersion = () => (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

function versionText(): string {
	const k = pinnedKernel();
	return `kobox ${packageVersion()} (impersonates Debian's Linux ${k.release}, package version ${k.version})`;
}

const EXIT_TABLE = `
Exit status (run and insmod: the command's own status once it has finished; build: make's):
  0    the guest powered the board off (or reset it)
  1    kernel panic; for test, a scenario failed; for check, a module that cannot load
  2    stalled: the guest waits for an interrupt that can never come
  3    emulator error
  64   usage error: a bad option or argument, a missing or unusable file
  70   kobox itself failed (setup, or an error inside kobox)
  124  the guest was still running at --timeout`;

export function buildProgram(): Command {
	const program = new Command('kobox')
		.description('An emulated ARM64 board for writing, studying and testing Linux kernel modules')
		.version(versionText(), '-V, --version', 'print kobox\'s version and the Debian kernel it impersonates')
		.showHelpAfterError('(run with --help for usage)')
		.addHelpText('after', EXIT_TABLE)
		.exitOverride();
	const common = (cmd: Command, timeout: number, cmdline = DEFAULT_CMDLINE, time: Clock = 'virtual', timeText?: string) => cmd
		.option('--cmdline <str>', 'the whole kernel command line, like QEMU -append', cmdline)
		.addOption(new Option('--time <clock>', 'virtual: deterministic, advances with executed instructions; host: wall clock')
			.choices(['virtual', 'host']).default(time, timeText))
		.addOption(new Option('--memory <size>', 'RAM size, e.g. 128M or 1G (a bare number is MiB)')
			.argParser(memory).default(128 << 20, '128M'))
		.option('--timeout <sec>', 'stop a guest still running after this many seconds (0: never)', seconds, timeout)
		.option('--kernel <vmlinux>', 'boot another kernel ELF')
		.option('--builtin <dir>', 'build the C files of DIR into the kernel, as kbuild\'s obj-y does, and boot that kernel');
	addTraceOptions(addArchOption(common(program.command('boot'), 60))
		.description('boot the board with the default busybox root filesystem, stream its console to stdout, and power off')
		.option('--no-initramfs', 'boot without a root filesystem: the kernel panics as Linux does with neither an initramfs nor a root device')
		.option('--chart <file.svg>', 'draw the boot\'s initcalls, by level, with their durations, as Linux\'s bootgraph.pl does (an SVG; names on hover)'))
		.action(async (opts: CommonOptions & { initramfs: boolean; chart?: string }) => {
			process.exitCode = await boot(opts);
		});
	addTraceOptions(addGdbOption(addArchOption(common(program.command('run'), 60, QUIET_CMDLINE)))
		.description('boot with busybox as userspace and run a command (or your own /init); exit with its status')
		.usage('[options] [-- COMMAND ARGS...]')
		.option('--add <host[:guest]>', 'put a host file in the root filesystem (default guest path: /<basename>); repeatable', collectAdd, [])
		.option('--init <script>', 'use SCRIPT as /init (pid 1), as given, with nothing set up around it')
		.option('-v, --verbose', 'show the kernel\'s boot log on the console (the command line without quiet)')
		.option(...NO_BOOT_CACHE)
		.argument('[command...]', 'run through busybox sh after mounting proc, sysfs and devtmpfs, then power off'))
		.action(async (command: string[], opts: CommonOptions & { add: GuestFile[]; init?: string; bootCache: boolean }) => {
			if (opts.init && command.length) throw new UsageError('give either --init or a command, not both');
			if (opts.init) existingFile(opts.init, '--init');
			if (!opts.init && !command.length) throw new UsageError('nothing to run: give a command after --, or --init SCRIPT');
			const board = await boardOptions(opts);
			process.exitCode = await traced(opts, board.kernel, trace =>
				run({ ...board, add: opts.add, command, initScript: opts.init, bootCache: opts.bootCache, trace: trace?.options, gdb: gdbOf(opts.gdb) }));
		});
	// A person typing gets the host's clock (sleep 30 takes 30 s); a script piped in, the deterministic one.
	const interactive = process.stdin.isTTY ? 'host' : 'virtual';
	addTraceOptions(addGdbOption(addArchOption(common(program.command('shell'), 0, QUIET_CMDLINE, interactive, 'host on a terminal, virtual when stdin is a script')))
		.description('an interactive busybox shell on the console (Ctrl-A X quits; the board powers off when the shell exits)')
		.option('--add <host[:guest]>', 'put a host file in the root filesystem; repeatable', collectAdd, [])
		.option('-v, --verbose', 'show the kernel\'s boot log on the console (the command line without quiet)'))
		.action(async (opts: CommonOptions & { add: GuestFile[] }) => {
			if (opts.gdb === 'stdio') throw new UsageError('shell --gdb stdio: the shell has the terminal; give GDB a port');
			const board = await boardOptions(opts);
			process.exitCode = await traced(opts, board.kernel, trace => shell({ ...board, add: opts.add, trace: trace?.options, gdb: gdbOf(opts.gdb) }));
		});
	addTraceOptions(addGdbOption(addArchOption(program.command('insmod')))
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
		.option(...NO_BOOT_CACHE))
		.action(async (file: string, params: string[], opts: InsmodCliOptions) => {
			process.exitCode = await insmod(file, params, opts);
		});
	program.command('check')
		.description('read a module without booting and say whether it can load on the board: vermagic, license, and each import the board does not export, grouped by what it is; exit 0 if it can load, 1 if not')
		.usage('[options] FILE.ko|DIRECTORY')
		.argument('<file>', 'the module (.ko) on the host, or a directory: every .ko below it, one line each')
		.option('--json', 'print the result as JSON')
		.option('--kernel <vmlinux>', "check against another kernel ELF's exports")
		.action((file: string, opts: { json?: boolean; kernel?: string }) => {
			// Failing to read FILE is the argument's error; failing to read the board's exports (those of
			// the kernel for the module's architecture, or --kernel) is kobox's.
			const vmlinux = opts.kernel && existingFile(opts.kernel, '--kernel');
			if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
				const rs = checkDirectory(file, { vmlinux });
				process.stdout.write(opts.json ? `${JSON.stringify(rs, null, '\t')}\n` : formatDirectoryCheck(file, rs));
				process.exitCode = rs.every(r => r.canLoad) ? 0 : 1;
				return;
			}
			let mod: ModuleInfo;
			try { mod = readModule(existingFile(file, 'check')); } catch (e) { throw new UsageError((e as Error).message); }
			const r: CheckResult = checkModuleInfo(mod, boardExportsFor(mod.arch, vmlinux));
			process.stdout.write(opts.json ? `${JSON.stringify(r, null, '\t')}\n` : formatCheck(r));
			process.exitCode = r.canLoad ? 0 : 1;
		});
	addArchOption(program.command('build'))
		.description('build the out-of-tree module in DIR with kbuild against the pinned Debian headers (arm64\'s, or with --arch arm the -armmp ones); print the .ko paths')
		.usage('DIR [MAKE ARGS...]')
		.argument('<dir>', 'the module\'s directory (with its Kbuild or Makefile)')
		.argument('[make...]', 'more make arguments (default target: modules)')
		.option('--builtin', 'build DIR into the guest kernel instead (as --builtin DIR does for boot and run); print the directory of its vmlinux and usr/include')
		.action(async (dir: string, makeArgs: string[], opts: { builtin?: boolean; arch: Arch }) => {
			if (opts.builtin && makeArgs.length) throw new UsageError('build --builtin takes no make arguments');
			if (opts.builtin && opts.arch === 'arm') throw new UsageError('--builtin builds the arm64 kernel only; it cannot go with --arch arm');
			process.exitCode = opts.builtin ? await buildIn(dir) : await build(dir, makeArgs, opts.arch);
		});
	program.command('setup')
		.description('set up what kobox needs (host packages, Debian\'s packages, the guest kernel) and say where it is')
		.action(() => {
			process.stdout.write(`${versionText()}\ncache: ${cacheDir}\nheaders: ${headersDir()}\n`);
		});
	addScenarioCommands(program);
	return program;
}

/** The status of a program a SIGPIPE ended, as a shell reports it (128 + 13). */
const READER_GONE = 141;

/**
 * A reader that went away (`kobox run -- dmesg | head`): stop at once and quietly, as a program the
 * SIGPIPE ended would (Node ignores the signal, so a write fails with EPIPE instead).
 */
function stopWhenReaderGoes(stream: NodeJS.WriteStream): void {
	stream.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code === 'EPIPE') process.exit(READER_GONE);
		throw e;
	});
}

export async function main(argv: string[]): Promise<void> {
	stopWhenReaderGoes(process.stdout);
	stopWhenReaderGoes(process.stderr);
	try {
		await buildProgram().parseAsync(argv);
	} catch (e) {
		if (e instanceof CommanderError && !(e instanceof InvalidArgumentError)) {
			// Commander has printed its message (or the help, or the version).
			process.exitCode = e.exitCode === 0 ? 0 : USAGE_ERROR;
			return;
		}
		if (e instanceof BuildFailed) {
			process.exitCode = e.status;
			return;
		}
		process.stderr.write(`kobox: ${(e as Error).message}\n`);
		process.exitCode = e instanceof UsageError || e instanceof InvalidArgumentError ? USAGE_ERROR : KOBOX_ERROR;
	}
}

// Run directly (`node --import tsx emulator/cli.ts ...`, without bin/kobox.js's setup first).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main(process.argv);

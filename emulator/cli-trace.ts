// `--trace` and `--trace-file`, declared once for every command that boots a board, and what they
// ask the tracers for.
import { Command, InvalidArgumentError, Option } from 'commander';
import { kernelPathOf } from './board/board.ts';
import { loadKernelImage } from './boot/kernel-image.ts';
import { UsageError } from './cli-errors.ts';
import { TraceFile } from './trace/trace-file.ts';
import { MODULE_LOAD } from './trace/presets.ts';
import type { TraceOptions, TracedFunction } from './trace/tracer.ts';


const TRACE_HELP = 'trace the guest to stderr: syscalls (every process\'s system calls, as strace -f prints them), ' +
	'calls=FN[,FN...] (a call graph of those kernel functions, as ftrace\'s function_graph prints it), ' +
	'module-load (the calls of load_module\'s stages); repeatable';

function collectTrace(value: string, previous: string[] = []): string[] {
	if (value !== 'syscalls' && value !== 'module-load' && !/^calls=[\w.]+(,[\w.]+)*$/.test(value))
		throw new InvalidArgumentError('expected syscalls, module-load or calls=FN[,FN...]');
	return [...previous, value];
}

/** The options, on a command that boots a board. */
export const addTraceOptions = (cmd: Command): Command => cmd
	.addOption(new Option('--trace <what>', TRACE_HELP).argParser(collectTrace))
	.option('--trace-file <file>', 'write the trace to FILE instead of stderr');

export interface TraceCliOptions { trace?: string[]; traceFile?: string }

/** A trace asked for on the command line, and the file it goes to. */
export interface CliTrace { options: TraceOptions; file: TraceFile }

/**
 * What `--trace` asks for, checked against the kernel that will boot (a function it lacks is a
 * usage error); undefined without --trace. Close the file when the command is done.
 */
export function openTrace(opts: TraceCliOptions, kernel: string | undefined): CliTrace | undefined {
	if (!opts.trace?.length) {
		if (opts.traceFile !== undefined) throw new UsageError('--trace-file: give --trace too');
		return undefined;
	}
	const calls: TracedFunction[] = [];
	for (const t of opts.trace) {
		if (t === 'module-load') calls.push(...MODULE_LOAD);
		else if (t.startsWith('calls=')) calls.push(...t.slice('calls='.length).split(',').map(name => ({ name })));
	}
	const unique = calls.filter((c, i) => calls.findIndex(d => d.name === c.name) === i);
	if (unique.length) {
		const symbols = loadKernelImage(kernelPathOf({ kernel })).symbols;
		const missing = unique.filter(c => !c.optional && !symbols.function(c.name));
		if (missing.length) throw new UsageError(`--trace: the kernel has no function ${missing.map(c => c.name).join(', ')}`);
	}
	let file: TraceFile;
	try {
		file = new TraceFile(opts.traceFile);
	} catch (e) {
		throw new UsageError(`--trace-file: ${(e as Error).message}`);
	}
	return { options: { syscalls: opts.trace.includes('syscalls'), calls: unique, write: file.write }, file };
}

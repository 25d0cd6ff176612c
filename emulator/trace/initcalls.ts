// The boot's initcalls, as `initcall_debug` reports them (calling / returned ... after N usecs), from
// a hook on do_one_initcall instead of the kernel's own log: each call's function, level, start,
// duration and result. The level is the table of the kernel image the function's entry is in
// (__initcall_start, __initcallN_start: what do_pre_smp_initcalls and do_initcall_level walk).
import { readFileSync } from 'node:fs';
import { ElfFile, PT_LOAD } from '../boot/elf.ts';
import type { SymbolTable } from '../boot/symbols.ts';
import type { Unicorn } from '../cpu/unicorn.ts';
import type { CallFrames } from './call-frames.ts';
import type { KernelHooks } from './kernel-hooks.ts';

export interface InitcallRecord {
	/** The initcall's function. */
	fn: string;
	/** console, early (before SMP), then Linux's levels: pure, core, postcore, arch, subsys, fs, device, late. */
	level: string;
	/** Uptime at the call and at its return, in nanoseconds on the board's clock. */
	start: bigint;
	end: bigint;
	/** What it returned (an int). */
	ret: number;
	/** The process that ran it. */
	pid: number;
}

/** In the order they run: console_init's, do_pre_smp_initcalls', then do_initcalls' levels. */
export const INITCALL_LEVELS = ['console', 'early', 'pure', 'core', 'postcore', 'arch', 'subsys', 'fs', 'device', 'late'];
/** Each level's table: from its start symbol to the next's. */
const TABLES: [string, string][] = [
	['__con_initcall_start', '__con_initcall_end'], ['__initcall_start', '__initcall0_start'],
	...[0, 1, 2, 3, 4, 5, 6, 7].map(n => [`__initcall${n}_start`, n < 7 ? `__initcall${n + 1}_start` : '__initcall_end'] as [string, string]),
];

/** Each initcall function's level, read from the tables in the kernel ELF. */
export function initcallLevels(kernelPath: string, symbols: SymbolTable): Map<bigint, string> {
	const elf = new ElfFile(readFileSync(kernelPath), kernelPath);
	const address = (name: string) => {
		const a = symbols.address(name);
		if (a === undefined) throw new Error(`${kernelPath}: no ${name}: not a kernel with Linux's initcall tables`);
		return a;
	};
	const read32 = (va: bigint): number => {
		const seg = elf.programHeaders.find(p => p.type === PT_LOAD && va >= p.vaddr && va + 4n <= p.vaddr + BigInt(p.filesz));
		if (!seg) throw new Error(`${kernelPath}: the initcall table at 0x${va.toString(16)} is in no segment`);
		return elf.data.readInt32LE(seg.offset + Number(va - seg.vaddr));
	};
	const levels = new Map<bigint, string>();
	TABLES.forEach(([start, end], level) => {
		for (let entry = address(start); entry < address(end); entry += 4n)
			levels.set(BigInt.asUintN(elf.is64 ? 64 : 32, entry + BigInt(read32(entry))), INITCALL_LEVELS[level]);
	});
	return levels;
}

interface Pending { fn: bigint; start: bigint; pid: number }

/** Calls `record` with each initcall as it returns. */
export class InitcallWatch {
	constructor(cpu: Unicorn, frames: CallFrames, hooks: KernelHooks, pidOf: (task: bigint) => number,
		levels: Map<bigint, string>, now: () => bigint, record: (r: InitcallRecord) => void) {
		frames.watch<Pending>(hooks.address('do_one_initcall'), this, {
			entered: task => ({ fn: cpu.arg(0), start: now(), pid: pidOf(task) }),
			returned: (_task, call, result) => {
				const level = levels.get(call.fn);
				if (!level) return; // a module's init, not the boot's
				record({
					fn: hooks.symbols.functionAt(call.fn) ?? `0x${call.fn.toString(16)}`, level,
					start: call.start, end: now(), ret: Number(BigInt.asIntN(32, result)), pid: call.pid,
				});
			},
		});
	}
}

// The guest's current task as the host sees it from a hook in kernel code: SP_EL0 holds `current`
// while the CPU is in the kernel (arch/arm64/kernel/entry.S; on 32-bit ARM, TPIDRURO, as Linux's
// CONFIG_CURRENT_POINTER_IN_TPIDRURO), and the task's pid and comm sit where
// the kernel's build put them (the task_struct layout of Debian's headers, which the guest kernel
// follows so that modules reach `current->pid` and `current->comm` as they do on Linux).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readVirtual } from '../cpu/address-translation.ts';
import { Reg } from '../cpu/arm64-registers.ts';
import { Cp15 } from '../cpu/arm-registers.ts';
import type { Unicorn } from '../cpu/unicorn.ts';
import { guestKernelBuildDir } from '../paths.ts';

/** Offsets in struct task_struct. */
export interface TaskLayout { pid: number; comm: number; mm: number }

const TASK_COMM_LEN = 16;
const LAYOUT_HEADER = 'include/generated/module-layout.h';

/**
 * The layout the kernel at `kernelPath` was built with: its build's generated header, beside it or,
 * for a kernel with code built in (built on the default kernel's objects), the default build's.
 */
export function taskLayout(kernelPath: string): TaskLayout {
	const file = [join(dirname(kernelPath), LAYOUT_HEADER), join(guestKernelBuildDir, LAYOUT_HEADER)].find(f => existsSync(f));
	if (!file) throw new Error(`tracing needs the kernel's build directory: no ${LAYOUT_HEADER} beside ${kernelPath}`);
	const text = readFileSync(file, 'utf8');
	const offset = (name: string) => {
		const m = new RegExp(`^#define ${name} (\\d+)$`, 'm').exec(text);
		if (!m) throw new Error(`${file}: no ${name}`);
		return Number(m[1]);
	};
	return { pid: offset('TSK_pid'), comm: offset('TSK_comm'), mm: offset('TSK_mm') };
}

export class GuestTasks {
	constructor(private readonly cpu: Unicorn, private readonly layout: TaskLayout) {}

	/** The running task (a task_struct's address), from a hook in kernel code. */
	current(): bigint { return this.cpu.arch === 'arm' ? this.cpu.cp15(Cp15.TPIDRURO) & 0xffff_ffffn : this.cpu.reg(Reg.SP_EL0); }

	pid(task: bigint): number {
		return readVirtual(this.cpu, task + BigInt(this.layout.pid), 4)?.readInt32LE(0) ?? -1;
	}

	comm(task: bigint): string {
		const raw = readVirtual(this.cpu, task + BigInt(this.layout.comm), TASK_COMM_LEN);
		if (!raw) return '?';
		const end = raw.indexOf(0);
		return raw.toString('latin1', 0, end < 0 ? raw.length : end);
	}

	/** A user process (or thread) has an mm; a kernel thread has none. */
	isUser(task: bigint): boolean {
		const mm = readVirtual(this.cpu, task + BigInt(this.layout.mm), this.cpu.arch === 'arm' ? 4 : 8);
		return mm !== undefined && mm.some(b => b !== 0);
	}
}

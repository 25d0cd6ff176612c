// Where a system call's registers are, for the architecture the board runs: the kernel functions
// that see a call start (with the process's saved registers, its struct pt_regs) and return (with
// the pt_regs at the stack pointer), the registers' places in pt_regs, and the table of calls.
import type { Arch } from '../paths.ts';
import { arm64Syscalls, type SyscallTable } from './syscall-table.ts';
import { armSyscalls } from './syscall-table-arm.ts';

export interface SyscallAbi {
	bits: 32 | 64;
	table: SyscallTable;
	/** A function called with the pt_regs of each call, before it runs. */
	entry: string;
	/**
	 * Where the return to user space passes with sp at the pt_regs: only after a call (32-bit
	 * ARM's ret_fast_syscall), or after any exception (arm64's ret_to_user: a new task's first
	 * return, from ret_from_fork, is then none of its calls).
	 */
	exit: string;
	onlyCalls: boolean;
	/** Bytes of pt_regs read; offsets of the user's sp, the call's number, and the first argument as passed (the result takes its register). */
	size: number; sp: number; nr: number; origArg0: number;
	/** Only arm64's pt_regs says whether it was saved by a call (syscallno, -1 otherwise). */
	syscallno?: number;
	/** Bytes of the struct ksignal the kernel hands signal_setup_done() before its siginfo, when the signal frame may have none (32-bit ARM's plain sigframe). */
	ksignalInfo?: number;
}

/** struct pt_regs (arch/arm64/include/asm/ptrace.h, as Linux's): x0..x30, sp, pc, pstate, orig_x0, syscallno. */
const ARM64: SyscallAbi = {
	bits: 64, table: arm64Syscalls, entry: 'el0_svc', exit: 'ret_to_user', onlyCalls: false,
	size: 288, sp: 248, nr: 8 * 8, origArg0: 272, syscallno: 280,
};

/**
 * Linux/arm's pt_regs: r0..r15, cpsr, ORIG_r0; the number in r7 (EABI). The guest kernel's
 * struct ksignal is a pointer and a struct sigaction (20 bytes) before its siginfo (its
 * include/linux/signal.h says so).
 */
const ARM: SyscallAbi = {
	bits: 32, table: armSyscalls, entry: 'invoke_syscall', exit: 'ret_fast_syscall', onlyCalls: true,
	size: 72, sp: 13 * 4, nr: 7 * 4, origArg0: 17 * 4, ksignalInfo: 24,
};

export const syscallAbi = (arch: Arch): SyscallAbi => arch === 'arm' ? ARM : ARM64;

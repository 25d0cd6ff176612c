// `--trace syscalls`: every system call of every process, as `strace -f` prints them, from hooks
// in the guest kernel's own paths: el0_svc(regs) (32-bit ARM: invoke_syscall(regs)) is the call's
// entry (the registers the process passed are in its pt_regs), ret_to_user (ret_fast_syscall) the
// return to user space (its result in regs[0]), and do_exit a process's end. The kernel does
// nothing for the trace.
import type { Unicorn } from '../cpu/unicorn.ts';
import { RESTART_ERRNOS, errnoMessage, errnoName } from './errno.ts';
import type { GuestTasks } from './guest-task.ts';
import type { KernelHooks } from './kernel-hooks.ts';
import { hex } from './strace-format.ts';
import { failed, sigreturnMask, type ArgKind, type CallContext } from './syscall-args.ts';
import type { SyscallSpec } from './syscall-table.ts';
import { syscallAbi, type SyscallAbi } from './syscall-abi.ts';
import type { Source, TraceOutput } from './trace-output.ts';
import { signalName } from './syscall-constants.ts';
import { UserMemory } from './user-memory.ts';
import { SIGINFO_SIZE, siginfo } from './siginfo.ts';

const NO_SYSCALL = -1;
const EXEC_CALLS = new Set(['execve', 'execveat']);
/** strace's column for ` = result`. */
const RESULT_COLUMN = 40;

interface Call {
	task: bigint;
	/** `comm[pid] `, as the process was named when it made the call. */
	prefix: string;
	regs: bigint;
	spec: SyscallSpec;
	c: CallContext;
	kinds: ArgKind[];
	/** The arguments known at entry, as printed. */
	entryArgs: string[];
	/** Printed as `<unfinished ...>` already: its end is a `resumed` line. */
	shown: boolean;
}

export class SyscallTracer {
	/** Each task's call in progress. */
	private readonly calls = new Map<bigint, Call>();
	/** Tasks just made by fork whose first return to user space is no call of theirs. */
	private readonly forked = new Set<bigint>();
	/** The pt_regs do_signal works on, by task. */
	private readonly signalRegs = new Map<bigint, bigint>();
	private readonly mem: UserMemory;
	private readonly abi: SyscallAbi;

	constructor(cpu: Unicorn, hooks: KernelHooks, private readonly tasks: GuestTasks, private readonly out: TraceOutput) {
		this.mem = new UserMemory(cpu);
		const abi = this.abi = syscallAbi(cpu.arch);
		hooks.at(hooks.address(abi.entry), () => this.entered(cpu.arg(0)));
		hooks.at(hooks.address(abi.exit), () => this.returning(cpu.stackPointer()));
		if (!abi.onlyCalls) hooks.at(hooks.address('ret_from_fork'), () => this.forked.add(tasks.current()));
		hooks.at(hooks.address('do_exit'), () => this.exiting(cpu.arg(0)));
		// A signal's handler frame: do_signal(regs) sets it up; signal_setup_done(failed, ksig, ...) follows.
		hooks.at(hooks.address('do_signal'), () => this.signalRegs.set(tasks.current(), cpu.arg(0)));
		hooks.at(hooks.address('signal_setup_done'), () => this.signalled(cpu.arg(0), cpu.arg(1)));
		out.hold({ release: by => this.release(by) });
	}

	/** After a board restore: calls in progress belong to a past that is gone. */
	forget(): void {
		this.calls.clear();
		this.forked.clear();
		this.signalRegs.clear();
	}

	private prefix(task: bigint): string { return `${this.tasks.comm(task)}[${this.tasks.pid(task)}] `; }

	private regs(at: bigint): Buffer | undefined { return this.mem.bytes(at, this.abi.size); }

	/** A word of the saved registers, at byte `offset`. */
	private word(regs: Buffer, offset: number): bigint {
		return this.abi.bits === 64 ? regs.readBigUInt64LE(offset) : BigInt(regs.readUInt32LE(offset));
	}

	/** The call's result: the first register, as a signed number. */
	private result(regs: Buffer): bigint { return BigInt.asIntN(this.abi.bits, this.word(regs, 0)); }

	/** The call's arguments: the first from `firstArg` (its register, or the copy kept after the result took it). */
	private context(spec: SyscallSpec, regs: Buffer, firstArg: number): CallContext {
		const w = this.abi.bits / 8;
		const raw = [0, 1, 2, 3, 4, 5].map(i => this.word(regs, i ? i * w : firstArg));
		return { mem: this.mem, bits: this.abi.bits, args: spec.regs ? spec.regs(raw) : raw };
	}

	private kindsOf(spec: SyscallSpec, c: CallContext): ArgKind[] {
		return typeof spec.args === 'function' ? spec.args(c.args) : spec.args;
	}

	/** The arguments printed at entry: those before the first that only the result makes known. */
	private entryArgs(call: Omit<Call, 'entryArgs' | 'shown'>, regs: Buffer): string[] {
		const { spec, c, kinds } = call;
		if (spec.custom) return spec.custom(c);
		if (spec.sigreturn !== undefined) return [sigreturnMask(c, this.word(regs, this.abi.sp), spec.sigreturn)];
		const first = kinds.findIndex(k => k.exit);
		return kinds.slice(0, first < 0 ? kinds.length : first).map((k, i) => k.format(c.args[i], c, i));
	}

	private exitArgs(call: Call): string[] {
		const { c, kinds, entryArgs, spec } = call;
		if (spec.custom || spec.sigreturn !== undefined) return [];
		return kinds.slice(entryArgs.length).map((k, i) => k.format(c.args[i + entryArgs.length], c, i + entryArgs.length));
	}

	private entered(regsAt: bigint): void {
		const regs = this.regs(regsAt);
		if (!regs) return;
		const task = this.tasks.current();
		const nr = Number(this.word(regs, this.abi.nr));
		const spec = this.abi.table.spec(nr);
		const c = this.context(spec, regs, 0);
		const base = { task, prefix: this.prefix(task), regs: regsAt, spec, c, kinds: this.kindsOf(spec, c) };
		const call: Call = { ...base, entryArgs: this.entryArgs(base, regs), shown: false };
		if (this.abi.table.exitCalls.has(nr)) {
			this.out.emit(withResult(`${call.prefix}${spec.name}(${call.entryArgs.join(', ')})`, '?'), { kind: 'syscall', task });
			return;
		}
		this.out.announce({ kind: 'syscall', task }); // others' calls in progress show as unfinished first
		this.calls.set(task, call);
	}

	private returning(regsAt: bigint): void {
		const task = this.tasks.current();
		if (this.forked.delete(task)) return;
		const call = this.calls.get(task);
		const regs = this.regs(regsAt);
		if (!regs) return;
		if (call && call.regs === regsAt) {
			this.calls.delete(task);
			call.c.ret = this.result(regs);
			this.finish(call);
			return;
		}
		// A call that began before the trace did: all of it from its registers now.
		const { syscallno } = this.abi;
		const nr = syscallno === undefined ? Number(this.word(regs, this.abi.nr)) : regs.readInt32LE(syscallno);
		if (call || nr === NO_SYSCALL) return;
		const spec = this.abi.table.spec(nr);
		const c = this.context(spec, regs, this.abi.origArg0);
		c.ret = this.result(regs);
		const base = { task, prefix: this.prefix(task), regs: regsAt, spec, c, kinds: this.kindsOf(spec, c) };
		this.finish({ ...base, entryArgs: this.entryArgs(base, regs), shown: false });
	}

	private finish(call: Call): void {
		const { c, kinds } = call;
		// After an execve, the old program's memory is gone.
		if (!call.shown && c.unread && !EXEC_CALLS.has(call.spec.name)) {
			const again = [...c.unread];
			c.unread = undefined;
			for (const i of again) call.entryArgs[i] = kinds[i].format(c.args[i], c, i);
		}
		const rest = this.exitArgs(call);
		const { prefix, spec } = call;
		const text = call.shown
			? `${prefix}<... ${spec.name} resumed>${rest.join(', ')})`
			: `${prefix}${spec.name}(${[...call.entryArgs, ...rest].join(', ')})`;
		this.out.emit(withResult(text, result(call)), { kind: 'syscall', task: call.task });
	}

	/**
	 * A handler's frame is set up: its siginfo is at the start of it, where the process's sp now is
	 * (32-bit ARM's plain sigframe has none: the kernel's, in the ksignal, then).
	 */
	private signalled(failed: bigint, ksig: bigint): void {
		const task = this.tasks.current();
		const regs = this.signalRegs.get(task);
		this.signalRegs.delete(task);
		const { bits, ksignalInfo } = this.abi;
		let at: bigint | undefined;
		if (failed) at = undefined;
		else if (ksignalInfo !== undefined) at = ksig + BigInt(ksignalInfo);
		else at = regs === undefined ? undefined : this.mem.word(regs + BigInt(this.abi.sp), bits);
		const info = at === undefined ? undefined : this.mem.bytes(at, SIGINFO_SIZE);
		if (info) this.out.emit(`${this.prefix(task)}--- ${signalName(info.readInt32LE(0))} ${siginfo(info, bits)} ---`, { kind: 'syscall', task });
	}

	private exiting(code: bigint): void {
		const task = this.tasks.current();
		if (!this.tasks.isUser(task)) return;
		const call = this.calls.get(task);
		this.calls.delete(task);
		const prefix = this.prefix(task);
		if (call && !call.shown) this.out.emit(withResult(`${unfinished(call)})`, '?'), { kind: 'syscall', task });
		else if (call) this.out.emit(withResult(`${prefix}<... ${call.spec.name} resumed> <unfinished ...>)`, '?'), { kind: 'syscall', task });
		const status = Number(code & 0xffffn), sig = status & 0x7f;
		this.out.emit(`${prefix}+++ ${sig ? `killed by ${signalName(sig)}${status & 0x80 ? ' (core dumped)' : ''}` : `exited with ${status >> 8}`} +++`,
			{ kind: 'syscall', task });
	}

	/**
	 * Before another line: each call in progress that has not been shown yet goes out as unfinished.
	 * At the end, every call in progress: it never returns if the board stopped (`= ?`), else the
	 * trace lets go of it (`<detached ...>`), as strace's do when their tracee exits or they detach.
	 */
	private release(by: Source): void {
		for (const call of this.calls.values()) {
			if (by.kind === 'end') {
				const text = call.shown ? `${call.prefix}<... ${call.spec.name} resumed>` : unfinished(call, '');
				this.out.write(by.detached ? `${text} <detached ...>` : withResult(`${text} <unfinished ...>)`, '?'));
				continue;
			}
			if (call.shown || (by.kind === 'syscall' && by.task === call.task)) continue;
			call.shown = true;
			this.out.write(unfinished(call));
		}
		if (by.kind === 'end') this.forget();
	}
}

/** The call as far as its entry tells, then ` <unfinished ...>` (or what `tail` says). */
function unfinished(call: Call, tail = ' <unfinished ...>'): string {
	const args = call.entryArgs.join(', ');
	const more = call.entryArgs.length < call.kinds.length && call.entryArgs.length > 0 ? ', ' : '';
	return `${call.prefix}${call.spec.name}(${args}${more}${tail}`;
}

/** `call = result`, the result at strace's column. */
const withResult = (call: string, value: string) => `${call.padEnd(RESULT_COLUMN - 1)} = ${value}`;

function result(call: Call): string {
	const { c, spec } = call;
	const ret = c.ret!;
	if (failed(c)) {
		const errno = Number(-ret);
		const name = errnoName(errno) ?? String(errno);
		return `${RESTART_ERRNOS.has(errno) ? '?' : '-1'} ${name} (${errnoMessage(errno)})`;
	}
	const value = spec.result === 'hex' ? hex(BigInt.asUintN(c.bits, ret)) : spec.result ? spec.result(c) : String(ret);
	const after = spec.after?.(c);
	return after ? `${value} ${after}` : value;
}

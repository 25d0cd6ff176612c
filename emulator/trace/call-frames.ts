// Calls of kernel functions, entry to return: a hook on the function's first instruction, and one
// on the return address (the link register at entry), added the first time that address is seen. A return is
// the hook firing in the same task with sp back to its value at entry, which tells a call from a
// recursive one inside it. A call that never returns (its task died in it) is dropped when a call
// below it returns.
import type { Unicorn } from '../cpu/unicorn.ts';
import type { GuestTasks } from './guest-task.ts';
import type { KernelHooks } from './kernel-hooks.ts';

export interface Watcher<T> {
	/** The function was entered by `task`, `depth` calls of the same group deep; what it returns goes with the call. */
	entered(task: bigint, depth: number): T;
	/** The call returned with `result` (x0 or r0). */
	returned(task: bigint, call: T, result: bigint): void;
}

interface Frame { ret: bigint; sp: bigint; group: object; watcher: Watcher<unknown>; state: unknown }

export class CallFrames {
	private readonly stacks = new Map<bigint, Frame[]>();
	private readonly returnHooks = new Set<bigint>();

	constructor(private readonly cpu: Unicorn, private readonly hooks: KernelHooks, private readonly tasks: GuestTasks) {}

	/** Watch the function at `address`; calls nest (for `depth`) within their `group`. */
	watch<T>(address: bigint, group: object, watcher: Watcher<T>): void {
		this.hooks.at(address, () => this.entered(group, watcher as Watcher<unknown>));
	}

	/** After a board restore: calls in progress belong to a past that is gone. */
	forget(): void { this.stacks.clear(); }

	private entered(group: object, watcher: Watcher<unknown>): void {
		const task = this.tasks.current();
		const ret = this.cpu.returnAddress(), sp = this.cpu.stackPointer();
		const stack = this.stacks.get(task) ?? [];
		this.stacks.set(task, stack);
		const depth = stack.filter(f => f.group === group).length;
		stack.push({ ret, sp, group, watcher, state: watcher.entered(task, depth) });
		if (!this.returnHooks.has(ret)) {
			this.returnHooks.add(ret);
			this.hooks.atRunning(ret, () => this.returned(ret));
		}
	}

	private returned(at: bigint): void {
		const task = this.tasks.current();
		const stack = this.stacks.get(task);
		if (!stack) return;
		const sp = this.cpu.stackPointer();
		const matches = (f: Frame) => f.ret === at && f.sp === sp;
		let i = stack.length - 1;
		while (i >= 0 && !matches(stack[i])) i--;
		if (i < 0) return;
		// The same call watched twice, and a tail call's caller, return here too.
		while (i > 0 && matches(stack[i - 1])) i--;
		// Above them: calls that never returned.
		const done = stack.splice(i).reverse().filter(matches);
		if (!stack.length) this.stacks.delete(task);
		const result = this.cpu.arg(0);
		for (const f of done) f.watcher.returned(task, f.state, result);
	}
}

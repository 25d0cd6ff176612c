// Code hooks at kernel addresses for the tracers. Hooks go on single instructions (a function's
// first, a call's return address), so nothing else the CPU runs calls into JavaScript; with no
// tracer attached there are none at all. Unicorn instruments code when it translates it, so a hook
// added after the code ran once needs that translation forgotten.
import { translate } from '../cpu/address-translation.ts';
import type { HookHandle, Unicorn } from '../cpu/unicorn.ts';
import type { SymbolTable } from '../boot/symbols.ts';

export type Handler = () => void;

export class KernelHooks {
	private readonly handlers = new Map<bigint, Handler[]>();
	private readonly hook: (address: bigint) => HookHandle;
	/** Addresses hooked since the board last ran: their translations are forgotten before it runs again. */
	private fresh: bigint[] = [];

	constructor(private readonly cpu: Unicorn, readonly symbols: SymbolTable) {
		this.hook = cpu.codeHooks(address => {
			for (const h of this.handlers.get(address) ?? []) h();
		});
	}

	/** A kernel function by its C name (see SymbolTable.function), or an error naming it. */
	functionSymbol(name: string): { name: string; address: bigint } {
		const f = this.symbols.function(name);
		if (!f) throw new Error(`the kernel has no function ${name}`);
		return f;
	}

	/** The address of a kernel symbol, or an error naming it. */
	address(name: string): bigint {
		const a = this.symbols.address(name);
		if (a === undefined) throw new Error(`the kernel has no symbol ${name}`);
		return a;
	}

	private add(address: bigint, fn: Handler): boolean {
		const list = this.handlers.get(address);
		if (list) {
			list.push(fn);
			return false;
		}
		this.handlers.set(address, [fn]);
		this.hook(address);
		return true;
	}

	/** Call `fn` before the instruction at `address` runs; while the board is stopped (see ready()). */
	at(address: bigint, fn: Handler): void {
		if (this.add(address, fn)) this.fresh.push(address);
	}

	/**
	 * Call `fn` before the instruction at `address` runs, from now on: from a hook, while the CPU
	 * runs kernel code that maps `address`.
	 */
	atRunning(address: bigint, fn: Handler): void {
		if (this.add(address, fn)) this.cpu.invalidateVirtual(address, address + 4n);
	}

	/**
	 * Forget what the CPU translated of the code hooked with at(), so that the hooks apply to it.
	 * Before the MMU is on, no kernel address has run yet.
	 */
	ready(): void {
		const ranges: [bigint, bigint][] = [];
		for (const a of this.fresh) {
			const pa = translate(this.cpu, a);
			if (pa !== undefined && pa !== a) ranges.push([pa, pa + 4n]);
		}
		this.fresh = [];
		this.cpu.invalidatePhysical(ranges);
	}
}

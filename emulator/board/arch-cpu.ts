// What the board needs from its CPU that depends on the architecture: the state a bootloader
// leaves it in, taking exceptions and interrupts as the hardware would (Unicorn reports them and
// leaves the entry to the board), and recognising a wait for an interrupt. arm64-cpu.ts and
// arm-cpu.ts are the two; everything else on the board is shared.
import type { Unicorn, CpuContext } from '../cpu/unicorn.ts';
import type { InstructionCounter } from '../cpu/instruction-counter.ts';
import type { BoardExit } from './exit.ts';
import type { KernelFault } from './fault-report.ts';
import type { GenericTimer } from './generic-timer.ts';
import type { GicV2 } from './gic-v2.ts';
import type { InstructionCache } from './instruction-cache.ts';
import type { PsciDevice } from './psci.ts';

/** The board's parts an architecture's CPU code works with. */
export interface BoardServices {
	readonly cpu: Unicorn;
	readonly counter: InstructionCounter;
	readonly gic: GicV2;
	readonly timer: GenericTimer;
	readonly psci: PsciDevice;
	readonly icache: InstructionCache;
	/** A context to read the exception Unicorn is reporting from. */
	readonly scratch: CpuContext;
	/** The instruction that raised an exception did not retire (a debugger counts it). */
	faulted(): void;
	/** An exception in kernel mode: what a panic's report shows (undefined: the kernel got back to user space). */
	noteKernelFault(fault: KernelFault | undefined): void;
	finish(exit: BoardExit): void;
}

export interface ArchCpu {
	/** The state the architecture's Linux boot protocol asks of a bootloader, at `entry`. */
	reset(entry: bigint, deviceTree: bigint): void;
	irqsMasked(): boolean;
	/** Take an IRQ between two instructions. */
	takeIrq(): void;
	/** Unicorn reports a CPU exception (its interrupt hook's number): do what the hardware would. */
	exception(intno: number): void;
	/**
	 * An access to a physical address with nothing behind it, made by the instruction at `pc`:
	 * a synchronous external abort for the guest, as a bus error on real hardware.
	 */
	externalAbort(pc: bigint, fetch: boolean, write: boolean): void;
	/** The CPU stopped after a `wfi`. */
	waitingForInterrupt(): boolean;
}

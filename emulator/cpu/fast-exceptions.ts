// The exceptions a command causes most (a system call or a page fault from user space, the
// kernel's reads of the system counter and its accesses to the timer's registers) taken by the
// native shim (exception-fast-path.c for AArch64, arm-exception-fast-path.c for AArch32, built
// with insn-counter.c by setup) with exactly the register writes the board's JavaScript makes; the
// rest reach the board's own hook. The shim's hook is the engine's only interrupt hook (Unicorn
// would call every one).
import { Reg, SysRegs, xreg } from './arm64-registers.ts';
import { CTX_SYNDROME, CTX_TARGET_EL, CTX_VADDRESS } from './exception-entry.ts';
import type { InstructionCounter } from './instruction-counter.ts';
import { nativeShim } from './native-shim.ts';
import type { CpuContext, IntrHook, Unicorn } from './unicorn.ts';

/** The virtual clock, as the shim reads the system counter from it (GenericTimer.count()). */
export interface CounterClock {
	/** The clock's nanoseconds slept, a u64 the clock keeps up to date. */
	slept: Buffer;
	nsPerInstruction: number;
	nsPerTick: number;
}

/** Where a shim's struct keeps what the board reads and sets: u64 and u32 indexes. */
interface Layout { size: number; fromUser: number; taken: number; counterReads: number; timerAccesses: number; enabled: number; irqAsserted: number }

/** A shim's state, shared with its C struct, and what the board reads and sets of it. */
export abstract class NativeExceptions {
	protected readonly state: Buffer;
	protected readonly u64: BigUint64Array;
	protected readonly u32: Uint32Array;
	protected readonly context: CpuContext;

	/**
	 * Without `clock` (the host's clock), counter reads go to the board's hook, and without `timer`
	 * (the generic timer's state, GenericTimer.registers) or `clock`, the timer's accesses. The shim
	 * reads `clock.slept` and reads and writes `timer` as long as this lives, which keeps them referenced.
	 */
	protected constructor(cpu: Unicorn, private readonly layout: Layout, readonly clock?: CounterClock, readonly timer?: Buffer) {
		this.state = Buffer.alloc(layout.size);
		this.u64 = new BigUint64Array(this.state.buffer, this.state.byteOffset, layout.size / 8);
		this.u32 = new Uint32Array(this.state.buffer, this.state.byteOffset, layout.size / 4);
		this.context = cpu.saveContext();
	}

	/** Off while a debugger watches: it sees every exception the board takes. */
	set enabled(on: boolean) { this.u32[this.layout.enabled] = on ? 1 : 0; }

	/** Whether the interrupt controller asserts the CPU's IRQ input: a counter read then goes to the board. */
	set irqAsserted(on: boolean) { this.u32[this.layout.irqAsserted] = on ? 1 : 0; }

	/** System calls the shim took from user space: each one means the kernel had got back there. */
	get fromUser(): bigint { return this.u64[this.layout.fromUser]; }

	/** System calls and aborts the shim took itself. */
	get taken(): bigint { return this.u64[this.layout.taken]; }

	/** System counter reads the shim served. */
	get counterReads(): bigint { return this.u64[this.layout.counterReads]; }

	/** Reads and writes of the timer's registers (CNTP_CTL, CVAL, TVAL) the shim served. */
	get timerAccesses(): bigint { return this.u64[this.layout.timerAccesses]; }

	free(): void { this.context.free(); }
}

// struct kobox_fast_exceptions (exception-fast-path.c): three pointers, two u64, four u32, ten
// i32 register ids, struct cp_reg (five u32, padding, a u64), a pointer, a u64, three u32, three
// i32 register ids, a pointer and a u64.
const CTX = 11, REGS = 14, CP = 24, NS_PER = 36, XREGS = 39; // u32 indexes
const LAYOUT: Layout = { size: 184, fromUser: 3, taken: 4, counterReads: 17, timerAccesses: 22, enabled: 10, irqAsserted: 38 };

/** AArch64's. */
export class FastExceptions extends NativeExceptions {
	constructor(cpu: Unicorn, counter: InstructionCounter, slow: IntrHook, clock?: CounterClock, timer?: Buffer) {
		super(cpu, LAYOUT, clock, timer);
		const shim = nativeShim();
		this.u32.set([CTX_SYNDROME, CTX_VADDRESS, CTX_TARGET_EL], CTX);
		this.u32.set([Reg.PC, Reg.PSTATE, Reg.SP, Reg.SP_EL0, Reg.SP_EL1, Reg.ELR_EL1, Reg.ESR_EL1, Reg.FAR_EL1, Reg.VBAR_EL1, Reg.CP_REG], REGS);
		const spsr = SysRegs.SPSR_EL1;
		this.u32.set([spsr.crn, spsr.crm, spsr.op0, spsr.op1, spsr.op2], CP);
		this.u32.set([clock?.nsPerInstruction ?? 0, clock?.nsPerTick ?? 0], NS_PER);
		this.u32.set([xreg(0), xreg(29), xreg(30)], XREGS);
		shim.exceptionsInit(this.state, counter.nativeState, cpu.interruptCallback(slow), this.context.ptr, clock?.slept ?? null, timer ?? null);
		this.enabled = true;
		cpu.onInterruptNative(shim.exceptionHook, this.state);
	}
}

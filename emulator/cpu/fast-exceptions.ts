// The AArch64 exceptions a command causes most (a system call or a page fault from EL0) taken by
// the native shim (exception-fast-path.c, built with insn-counter.c by setup) with exactly the
// register writes exception-entry.ts makes; the rest reach the board's own hook in JavaScript. The
// shim's hook is the engine's only interrupt hook (Unicorn would call every one).
import { Reg, SysRegs } from './arm64-registers.ts';
import { CTX_SYNDROME, CTX_TARGET_EL, CTX_VADDRESS } from './exception-entry.ts';
import type { InstructionCounter } from './instruction-counter.ts';
import { nativeShim } from './native-shim.ts';
import type { CpuContext, IntrHook, Unicorn } from './unicorn.ts';

// struct kobox_fast_exceptions (exception-fast-path.c): three pointers, two u64, four u32, ten
// i32 register ids, then struct cp_reg (five u32, padding, a u64).
const FROM_USER = 3, TAKEN = 4; // u64 indexes
const ENABLED = 10, CTX = 11, REGS = 14, CP = 24; // u32 indexes
const SIZE = 128;

export class FastExceptions {
	private readonly state = Buffer.alloc(SIZE);
	private readonly u64 = new BigUint64Array(this.state.buffer, this.state.byteOffset, SIZE / 8);
	private readonly u32 = new Uint32Array(this.state.buffer, this.state.byteOffset, SIZE / 4);
	private readonly context: CpuContext;

	constructor(cpu: Unicorn, counter: InstructionCounter, slow: IntrHook) {
		const shim = nativeShim();
		this.u32.set([CTX_SYNDROME, CTX_VADDRESS, CTX_TARGET_EL], CTX);
		this.u32.set([Reg.PC, Reg.PSTATE, Reg.SP, Reg.SP_EL0, Reg.SP_EL1, Reg.ELR_EL1, Reg.ESR_EL1, Reg.FAR_EL1, Reg.VBAR_EL1, Reg.CP_REG], REGS);
		const spsr = SysRegs.SPSR_EL1;
		this.u32.set([spsr.crn, spsr.crm, spsr.op0, spsr.op1, spsr.op2], CP);
		this.context = cpu.saveContext();
		shim.exceptionsInit(this.state, counter.nativeState, cpu.interruptCallback(slow), this.context.ptr);
		this.enabled = true;
		cpu.onInterruptNative(shim.exceptionHook, this.state);
	}

	/** Off while a debugger watches: it sees every exception the board takes. */
	set enabled(on: boolean) { this.u32[ENABLED] = on ? 1 : 0; }

	/** System calls the shim took from user space: each one means the kernel had got back there. */
	get fromUser(): bigint { return this.u64[FROM_USER]; }

	/** Exceptions the shim took itself. */
	get taken(): bigint { return this.u64[TAKEN]; }

	free(): void { this.context.free(); }
}

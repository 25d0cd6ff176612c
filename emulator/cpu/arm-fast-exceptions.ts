// AArch32's exceptions taken by the native shim (arm-exception-fast-path.c): see fast-exceptions.ts.
import { ArmReg } from './arm-registers.ts';
import { CTX_FSR, CTX_SYNDROME, CTX_TARGET_EL, CTX_VADDRESS } from './exception-entry.ts';
import { NativeExceptions, type CounterClock } from './fast-exceptions.ts';
import type { InstructionCounter } from './instruction-counter.ts';
import { nativeShim } from './native-shim.ts';
import type { IntrHook, Unicorn } from './unicorn.ts';

// struct kobox_arm_fast_exceptions: four pointers, three u64, eight u32, seven i32 register ids,
// struct uc_arm_cp_reg (scratch, at 120), a u64, two u32, three u64, a pointer and a u64.
const NS_PER = 16, CTX = 18, REGS = 22, HAVE_LAST = 42; // u32 indexes
const LAST_LINE = 20, C7_OTHER = 22, C7_STEPS = 24; // u64 indexes

/** A c7 operation by its CRm and opc2. */
export type C7Op = readonly [crm: number, opc2: number];

export class ArmFastExceptions extends NativeExceptions {
	/** `c7Other`: the cache maintenance the shim only steps over (the board's too: arm-cpu.ts). */
	constructor(cpu: Unicorn, counter: InstructionCounter, slow: IntrHook, clock: CounterClock | undefined, c7Other: readonly C7Op[],
		timer?: Buffer) {
		super(cpu, { size: 216, fromUser: 4, taken: 5, counterReads: 6, timerAccesses: 26, enabled: 14, irqAsserted: 15 }, clock, timer);
		for (const [crm, opc2] of c7Other) {
			const bit = crm * 8 + opc2;
			this.u64[C7_OTHER + (bit >> 6)] |= 1n << BigInt(bit & 63);
		}
		const shim = nativeShim();
		this.u32.set([clock?.nsPerInstruction ?? 0, clock?.nsPerTick ?? 0], NS_PER);
		this.u32.set([CTX_SYNDROME, CTX_FSR, CTX_VADDRESS, CTX_TARGET_EL], CTX);
		this.u32.set([ArmReg.CPSR, ArmReg.SPSR, ArmReg.LR, ArmReg.PC, ArmReg.SP, ArmReg.R0, ArmReg.CP_REG], REGS);
		shim.armExceptionsInit(this.state, counter.nativeState, cpu.interruptCallback(slow), this.context.ptr, clock?.slept ?? null, timer ?? null);
		this.enabled = true;
		cpu.onInterruptNative(shim.armExceptionHook, this.state);
	}

	/** Cache maintenance the shim stepped over itself. */
	get c7Steps(): bigint { return this.u64[C7_STEPS]; }

	/**
	 * The last ICIMVAU's address, while no other cache maintenance has come since: the shim steps
	 * over the next line of a range itself, so the board's instruction cache keeps it here too.
	 */
	get lastLine(): bigint | undefined { return this.u32[HAVE_LAST] ? this.u64[LAST_LINE] : undefined; }
	set lastLine(va: bigint | undefined) {
		this.u32[HAVE_LAST] = va === undefined ? 0 : 1;
		this.u64[LAST_LINE] = va ?? 0n;
	}
}

// AArch32's exceptions taken by the native shim (arm-exception-fast-path.c): see fast-exceptions.ts.
import { ArmReg } from './arm-registers.ts';
import { ARM_CTX_FSR, ARM_CTX_SYNDROME, ARM_CTX_TARGET_EL, ARM_CTX_VADDRESS } from './arm-exception-entry.ts';
import { NativeExceptions, type CounterClock } from './fast-exceptions.ts';
import type { InstructionCounter } from './instruction-counter.ts';
import { nativeShim } from './native-shim.ts';
import type { IntrHook, Unicorn } from './unicorn.ts';

// struct kobox_arm_fast_exceptions: four pointers, three u64, eight u32, seven i32 register ids,
// then struct uc_arm_cp_reg (scratch, at 120).
const NS_PER = 16, CTX = 18, REGS = 22; // u32 indexes

export class ArmFastExceptions extends NativeExceptions {
	constructor(cpu: Unicorn, counter: InstructionCounter, slow: IntrHook, clock?: CounterClock) {
		super(cpu, { size: 160, fromUser: 4, taken: 5, counterReads: 6, enabled: 14, irqAsserted: 15 }, clock);
		const shim = nativeShim();
		this.u32.set([clock?.nsPerInstruction ?? 0, clock?.nsPerTick ?? 0], NS_PER);
		this.u32.set([ARM_CTX_SYNDROME, ARM_CTX_FSR, ARM_CTX_VADDRESS, ARM_CTX_TARGET_EL], CTX);
		this.u32.set([ArmReg.CPSR, ArmReg.SPSR, ArmReg.LR, ArmReg.PC, ArmReg.SP, ArmReg.R0, ArmReg.CP_REG], REGS);
		shim.armExceptionsInit(this.state, counter.nativeState, cpu.interruptCallback(slow), this.context.ptr, clock?.slept ?? null);
		this.enabled = true;
		cpu.onInterruptNative(shim.armExceptionHook, this.state);
	}
}

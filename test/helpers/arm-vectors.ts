// A bare AArch32 machine for the cpu/ layer's tests: a Cortex-A15 with 1 MiB of RAM at 0x40000000,
// a vector table and handlers there, and the host's exception entry (cpu/arm-exception-entry.ts)
// done from the interrupt hook as the board does it. The handlers leave what they saw in
// registers: r8 = CPSR in the handler, r9 = SPSR, r10 = LR, r11 counts entries; the abort handlers
// also r5 = DFSR or IFSR, r6 = DFAR or IFAR, as they read them.
import { Unicorn } from '../../emulator/cpu/unicorn.ts';
import { ArmReg, Cp15 } from '../../emulator/cpu/arm-registers.ts';
import {
	armExceptionLr, armPendingFault, armThumb, enterArmException, setArmFaultRegisters, type ArmPendingFault,
} from '../../emulator/cpu/arm-exception-entry.ts';
import { arm, image, type Code } from './arm-code.ts';

export const RAM = 0x4000_0000n;
export const RAM_SIZE = 0x10_0000;

/** Each handler's first four instructions: r8 = CPSR, r9 = SPSR, r10 = LR, and one more entry in r11. */
const RECORD_ENTRY = [
		0xe10f8000, // mrs r8, cpsr
		0xe14f9000, // mrs r9, spsr
		0xe1a0a00e, // mov r10, lr
		0xe28bb001, // add r11, r11, #1
];

export const VECTORS: readonly Code[] = [
	// vectors (VBAR = RAM)
	arm(0x0, [
		0xeafffffe, // b .        (reset)
		0xea000005, // b und
		0xea000009, // b svc
		0xea000015, // b pabt
		0xea00000d, // b dabt
		0xeafffffe, // b .
		0xeafffffe, // b .        (irq)
		0xeafffffe, // b .        (fiq)
	]),
	// und: skip the undefined instruction
	arm(0x20, [
		...RECORD_ENTRY,
		0xe1b0f00e, // movs pc, lr
	]),
	// svc: the "system call" adds 1 to r0
	arm(0x34, [
		...RECORD_ENTRY,
		0xe2800001, // add r0, r0, #1
		0xe1b0f00e, // movs pc, lr
	]),
	// dabt: go on after the faulting instruction
	arm(0x4c, [
		...RECORD_ENTRY,
		0xee155f10, // mrc p15, 0, r5, c5, c0, 0    (DFSR)
		0xee166f10, // mrc p15, 0, r6, c6, c0, 0    (DFAR)
		0xe25ef004, // subs pc, lr, #4
	]),
	// pabt: go on at the address the user code left in r7
	arm(0x68, [
		...RECORD_ENTRY,
		0xee155f30, // mrc p15, 0, r5, c5, c0, 1    (IFSR)
		0xee166f50, // mrc p15, 0, r6, c6, c0, 2    (IFAR)
		0xe1b0f007, // movs pc, r7
	]),
];

/** What the host saw of each exception: Unicorn's number, the PC then, the pending fault. */
export interface Seen { intno: number; pc: bigint; fault: ArmPendingFault }

export interface Machine { cpu: Unicorn; seen: Seen[]; close(): void }

/** A machine with `programs` in RAM besides the vectors; `onException` runs before the entry. */
export function armMachine(programs: readonly Code[], onException?: (intno: number) => void): Machine {
	const cpu = new Unicorn('arm');
	cpu.mapRam(RAM, RAM_SIZE);
	cpu.writeMemory(RAM, image([...VECTORS, ...programs], 0x1000));
	cpu.setCp15(Cp15.VBAR, RAM);
	const scratch = cpu.saveContext();
	const seen: Seen[] = [];
	cpu.onInterrupt(intno => {
		const pc = cpu.pc, thumb = armThumb(cpu);
		const fault = armPendingFault(cpu, scratch);
		seen.push({ intno, pc, fault });
		onException?.(intno);
		switch (intno) {
		case 1: enterArmException(cpu, 'undef', armExceptionLr('undef', pc, thumb)); break;
		case 2: enterArmException(cpu, 'svc', armExceptionLr('svc', pc, thumb)); break;
		case 3:
			setArmFaultRegisters(cpu, 'prefetch-abort', fault);
			enterArmException(cpu, 'prefetch-abort', armExceptionLr('prefetch-abort', pc, thumb));
			break;
		case 4:
			setArmFaultRegisters(cpu, 'data-abort', fault);
			enterArmException(cpu, 'data-abort', armExceptionLr('data-abort', pc, thumb));
			break;
		default: cpu.stop();
		}
	});
	return { cpu, seen, close: () => cpu.close() };
}

/** Run the code at RAM + `at` in USR mode (Thumb if `thumb`) until it stops (its wfi). */
export function runUser(cpu: Unicorn, at: number, thumb = false, regs: Record<number, bigint> = {}): number {
	for (const [n, v] of Object.entries(regs)) cpu.setR(Number(n), v);
	cpu.setR(11, 0);
	cpu.setReg(ArmReg.CPSR, 0x10n | (thumb ? 0x20n : 0n));
	return cpu.run((RAM + BigInt(at)) | (thumb ? 1n : 0n), 0);
}

/** One first-level section table at RAM + 0x10000 mapping RAM's first MiB flat (AP full access); the MMU on. */
export function mmuOn(cpu: Unicorn): void {
	const table = RAM + 0x1_0000n;
	const entry = Buffer.alloc(4);
	entry.writeUInt32LE(Number(RAM) | (3 << 10) | 2);
	cpu.writeMemory(table + (RAM >> 20n) * 4n, entry);
	cpu.setCp15(Cp15.TTBR0, table);
	cpu.setCp15(Cp15.TTBCR, 0);
	cpu.setCp15(Cp15.DACR, 0x5555_5555); // every domain a client: permissions checked
	cpu.setCp15(Cp15.SCTLR, cpu.cp15(Cp15.SCTLR) | 1n);
}

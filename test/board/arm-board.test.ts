// The board with a 32-bit ARM CPU (Board({ arch: 'arm' })), booting a small kernel of hand-
// assembled A32 code as a 32-bit ELF: Linux's ARM boot state, a data abort through the MMU, the
// generic timer through trapped cp15 accesses, GICv2 interrupts held while IRQs are masked and
// delivered at the block boundary past their deadline, and power-off through PSCI's hvc.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Board, type BoardExit } from '../../emulator/board/board.ts';
import { decodeSnapshot, encodeSnapshot } from '../../emulator/board/snapshot-file.ts';
import { NS_PER_INSTRUCTION } from '../../emulator/board/clock.ts';
import { NS_PER_TICK } from '../../emulator/board/generic-timer.ts';
import { Unicorn } from '../../emulator/cpu/unicorn.ts';
import { arm, elf32, image } from '../helpers/arm-code.ts';

const BASE = 0x4020_0000;
const RESULTS = 0x1c0; // the kernel's record of what it saw (offsets below)
const AFTER_CPSIE = BASE + 0xb8;
const IRQ_VECTOR = BASE + 0x120 + 0x18;

const KERNEL = [
	// _start: record the boot registers, vectors, stacks, the MMU on, then a load that faults
	arm(0x0, [
		0xe28fcf6e, // adr r12, results
		0xe58c0000, // str r0, [r12, #0]
		0xe58c1004, // str r1, [r12, #4]
		0xe58c2008, // str r2, [r12, #8]
		0xe10f3000, // mrs r3, cpsr
		0xe58c300c, // str r3, [r12, #12]
		0xe28f3c01, // adr r3, vectors
		0xee0c3f10, // mcr p15, 0, r3, c12, c0, 0    (VBAR)
		0xf1020012, // cps #0x12                     (IRQ mode's stack)
		0xe28cdc02, // add sp, r12, #0x200
		0xf1020013, // cps #0x13
		0xe28cdc03, // add sp, r12, #0x300
		0xe3040000, // movw r0, #:lower16:table
		0xe3440020, // movt r0, #:upper16:table
		0xee020f10, // mcr p15, 0, r0, c2, c0, 0     (TTBR0)
		0xe3a00000, // mov r0, #0
		0xee020f50, // mcr p15, 0, r0, c2, c0, 2     (TTBCR)
		0xe3e00000, // mvn r0, #0
		0xee030f10, // mcr p15, 0, r0, c3, c0, 0     (DACR: managers)
		0xee110f10, // mrc p15, 0, r0, c1, c0, 0
		0xe3800001, // orr r0, r0, #1
		0xee010f10, // mcr p15, 0, r0, c1, c0, 0     (SCTLR.M)
		0xf57ff06f, // isb
		0xe3000010, // movw r0, #0x0010
		0xe3450000, // movt r0, #0x5000
		0xe5901000, // ldr r1, [r0]                  (0x50000010: no mapping)
		// GICv2: distributor and CPU interface on, INTID 30 (the non-secure physical timer) enabled
		0xe3004000, // movw r4, #0x0000
		0xe3404800, // movt r4, #0x0800
		0xe3a05001, // mov r5, #1
		0xe5845000, // str r5, [r4]                  (GICD_CTLR)
		0xe3a05101, // mov r5, #0x40000000
		0xe5845100, // str r5, [r4, #0x100]          (GICD_ISENABLER0)
		0xe3004000, // movw r4, #0x0000
		0xe3404801, // movt r4, #0x0801
		0xe3a050ff, // mov r5, #0xff
		0xe5845004, // str r5, [r4, #4]              (GICC_PMR)
		0xe3a05001, // mov r5, #1
		0xe5845000, // str r5, [r4]                  (GICC_CTLR)
		// 1: the timer fires 100 ticks on, while IRQs are masked for 6000 instructions
		0xe3a00064, // mov r0, #100
		0xee0e0f12, // mcr p15, 0, r0, c14, c2, 0    (CNTP_TVAL)
		0xe3a00001, // mov r0, #1
		0xee0e0f32, // mcr p15, 0, r0, c14, c2, 1    (CNTP_CTL: enable)
		0xe3006bb8, // movw r6, #3000
		0xe2566001, // 1: subs r6, r6, #1
		0x1afffffd, // bne 1b
		0xf1080080, // cpsie i
	]),
	// after_cpsie
	arm(0xb8, [
		0xe320f000, // nop
		0xf10c0080, // cpsid i
		// 2: the timer 200 ticks from now, IRQs unmasked, a loop counting until two interrupts came
		0xec510f0e, // mrrc p15, 0, r0, r1, c14      (CNTPCT)
		0xe29000c8, // adds r0, r0, #200
		0xe2a11000, // adc r1, r1, #0
		0xec410f2e, // mcrr p15, 2, r0, r1, c14      (CNTP_CVAL)
		0xe58c0010, // str r0, [r12, #16]
		0xe3a00001, // mov r0, #1
		0xee0e0f32, // mcr p15, 0, r0, c14, c2, 1    (CNTP_CTL: enable)
		0xe3a07000, // mov r7, #0
		0xf1080080, // cpsie i
		0xe59c0028, // 2: ldr r0, [r12, #40]
		0xe2877001, // add r7, r7, #1
		0xe3500002, // cmp r0, #2
		0x1afffffb, // bne 2b
		0xe58c7014, // str r7, [r12, #20]
		0xe3000008, // movw r0, #0x0008
		0xe3480400, // movt r0, #0x8400
		0xe1400070, // hvc #0                        (PSCI SYSTEM_OFF)
		0xeafffffe, // b .
	]),
	// vectors
	arm(0x120, [
		0xeafffffe, // b .
		0xeafffffe, // b .
		0xeafffffe, // b .
		0xeafffffe, // b .
		0xea000002, // b dabt
		0xeafffffe, // b .
		0xea000008, // b irq
		0xeafffffe, // b .
	]),
	// dabt: record DFSR, DFAR, LR and SPSR; go on after the load
	arm(0x140, [
		0xee150f10, // mrc p15, 0, r0, c5, c0, 0
		0xe58c0018, // str r0, [r12, #24]
		0xee160f10, // mrc p15, 0, r0, c6, c0, 0
		0xe58c001c, // str r0, [r12, #28]
		0xe58ce020, // str lr, [r12, #32]
		0xe14f0000, // mrs r0, spsr
		0xe58c0024, // str r0, [r12, #36]
		0xe25ef004, // subs pc, lr, #4
	]),
	// irq: record CNTPCT, LR, SPSR and GICC_IAR in slot [r12 + 48 + 16 * count]; timer off; EOI
	arm(0x160, [
		0xe92d000f, // push {r0-r3}
		0xec510f0e, // mrrc p15, 0, r0, r1, c14
		0xe59c2028, // ldr r2, [r12, #40]
		0xe28c3030, // add r3, r12, #48
		0xe0833202, // add r3, r3, r2, lsl #4
		0xe5830000, // str r0, [r3, #0]
		0xe583e004, // str lr, [r3, #4]
		0xe14f1000, // mrs r1, spsr
		0xe5831008, // str r1, [r3, #8]
		0xe3001000, // movw r1, #0x0000
		0xe3401801, // movt r1, #0x0801
		0xe591000c, // ldr r0, [r1, #0xc]            (GICC_IAR)
		0xe583000c, // str r0, [r3, #12]
		0xe3a02000, // mov r2, #0
		0xee0e2f32, // mcr p15, 0, r2, c14, c2, 1    (CNTP_CTL: off)
		0xe5810010, // str r0, [r1, #0x10]           (GICC_EOIR)
		0xe59c2028, // ldr r2, [r12, #40]
		0xe2822001, // add r2, r2, #1
		0xe58c2028, // str r2, [r12, #40]
		0xe8bd000f, // pop {r0-r3}
		0xe25ef004, // subs pc, lr, #4
	]),
];

/** The kernel image: the code, then (16 KiB aligned, at 0x4000) a first-level table mapping the GIC and the kernel's MiB flat. */
function kernelImage(): Buffer {
	const body = image(KERNEL, 0x8000);
	body.writeUInt32LE(0x0800_0c02, 0x4000 + 0x080 * 4);
	body.writeUInt32LE(0x4020_0c02, 0x4000 + 0x402 * 4);
	return body;
}

interface Run { exit: BoardExit; results: Buffer; irqAt: bigint[]; retired: bigint; dtb: Buffer }

let dir: string;
let kernel: string;

async function boot(state?: Buffer): Promise<Run> {
	const board = new Board({ arch: 'arm', kernel, timeoutSeconds: 30, state });
	try {
		const irqAt: bigint[] = [];
		board.cpu.onCode(() => irqAt.push(board.counter.retired), IRQ_VECTOR, IRQ_VECTOR);
		const exit = await board.run();
		return { exit, results: board.cpu.readMemory(BigInt(BASE + RESULTS), 0x80), irqAt, retired: board.counter.retired, dtb: board.cpu.readMemory(0x4000_0000n, 0x1000) };
	} finally {
		board.close();
	}
}

let run: Run;
const word = (offset: number) => run.results.readUInt32LE(offset);

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'kobox-arm-board-'));
	kernel = join(dir, 'vmlinux');
	writeFileSync(kernel, elf32(BASE, BASE, kernelImage()));
	run = await boot();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the 32-bit ARM board', () => {
	it('powers off when the kernel calls PSCI SYSTEM_OFF through hvc', () => {
		expect(run.exit.reason).toBe('poweroff');
	});

	it('enters the kernel as Linux\'s ARM boot protocol says: r0 = 0, r1 = ~0, r2 = the device tree, SVC with IRQs masked', () => {
		expect([word(0), word(4), word(8), word(12)]).toEqual([0, 0xffff_ffff, 0x4000_0000, 0x1d3]);
	});

	it('describes a Cortex-A15 and an ARMv7 timer in the device tree', () => {
		expect(run.dtb.readUInt32BE(0)).toBe(0xd00dfeed);
		const text = run.dtb.toString('latin1');
		expect(text).toContain('arm,cortex-a15');
		expect(text).toContain('arm,armv7-timer');
		expect(text).not.toContain('arm,armv8-timer');
		expect(text).not.toContain('cortex-a57');
	});

	it('gives a data abort through the MMU its DFSR (section translation fault) and DFAR, LR 8 past the load', () => {
		expect([word(24), word(28), word(32), word(36)]).toEqual([0x5, 0x5000_0010, BASE + 0x64 + 8, 0x1d3]);
	});

	it('holds the timer\'s interrupt while IRQs are masked, and delivers it right after cpsie', () => {
		const [cntpct, lr, spsr, iar] = [48, 52, 56, 60].map(word);
		expect(lr - 4).toBe(AFTER_CPSIE);
		expect(spsr & 0x9f).toBe(0x13); // SVC, IRQs unmasked
		expect(iar).toBe(30);
		expect(cntpct).toBeGreaterThan(100);
	});

	it('delivers the interrupt at the first block boundary past its deadline, set in the middle of a slice', () => {
		const cval = word(16);
		const [cntpct, lr, , iar] = [64, 68, 72, 76].map(word);
		// 62.5 MHz: a tick is 16 ns, four instructions of the virtual clock.
		const deadline = BigInt(cval) * NS_PER_TICK / NS_PER_INSTRUCTION;
		expect(iar).toBe(30);
		expect(cntpct - cval).toBeGreaterThanOrEqual(0); // the handler's first read of CNTPCT, a tick on at most
		expect(cntpct - cval).toBeLessThanOrEqual(1);
		expect(run.irqAt[1] - deadline).toBeGreaterThanOrEqual(0n);
		expect(run.irqAt[1] - deadline).toBeLessThan(4n); // the loop's blocks are 4 instructions
		expect(lr - 4).toBe(BASE + 0xe4); // the loop's first instruction: a block boundary
	});

	it('runs the same way twice, to the instruction', async () => {
		const again = await boot();
		expect(again.results.equals(run.results)).toBe(true);
		expect(again.irqAt).toEqual(run.irqAt);
		expect(again.retired).toBe(run.retired);
	});
});

describe('a 32-bit ARM board\'s snapshot', () => {
	it('carries its architecture, and restores on an arm board only', async () => {
		const board = new Board({ arch: 'arm', kernel });
		let file: Buffer;
		try {
			const s = board.snapshot();
			expect(s.arch).toBe('arm');
			file = encodeSnapshot(s);
		} finally {
			board.close();
		}
		const arm64 = new Unicorn();
		try {
			expect(() => decodeSnapshot(file, arm64, 128 << 20, () => {})).toThrow(/a snapshot of an arm board, not of an arm64 one/);
		} finally {
			arm64.close();
		}
		const restored = await boot(file);
		expect(restored.results.equals(run.results)).toBe(true);
		expect(restored.retired).toBe(run.retired);
	});
});

// A kernel that calls a function, has it rewritten behind Unicorn's back (by the host, as a device
// writing memory would), invalidates the instruction cache by address, and calls it again.
const ICACHE_KERNEL = [
	// _start
	arm(0x0, [
		0xe28f4050, // adr r4, patched
		0xeb000013, // bl patched
		0xe1a05000, // mov r5, r0
	]),
	// checkpoint: the host rewrites `patched` before this nop runs
	arm(0xc, [
		0xe320f000, // nop
		0xee074f3b, // mcr p15, 0, r4, c7, c11, 1    (DCCMVAU)
		0xf57ff04f, // dsb
		0xee074f35, // mcr p15, 0, r4, c7, c5, 1     (ICIMVAU)
		0xf57ff04f, // dsb
		0xf57ff06f, // isb
		0xeb00000b, // bl patched
		0xe1a06000, // mov r6, r0
		0xee074f18, // mcr p15, 0, r4, c7, c8, 0     (ATS1CPR: translate `patched`)
		0xf57ff06f, // isb
		0xee177f14, // mrc p15, 0, r7, c7, c4, 0     (PAR)
		0xe28fc020, // adr r12, results
		0xe58c5000, // str r5, [r12, #0]
		0xe58c6004, // str r6, [r12, #4]
		0xe58c7008, // str r7, [r12, #8]
		0xe3000008, // movw r0, #0x0008
		0xe3480400, // movt r0, #0x8400
		0xe1400070, // hvc #0                        (PSCI SYSTEM_OFF)
		0xeafffffe, // b .
	]),
	// patched
	arm(0x58, [
		0xe3a00001, // mov r0, #1
		0xe12fff1e, // bx lr
	]),
];

describe('the 32-bit ARM board\'s cache maintenance (cp15 c7, trapped to the board)', () => {
	it('drops Unicorn\'s translations of a line the guest invalidates, and does the other c7 operations', async () => {
		const file = join(dir, 'icache-vmlinux');
		writeFileSync(file, elf32(BASE, BASE, image(ICACHE_KERNEL, 0x1000)));
		const board = new Board({ arch: 'arm', kernel: file, timeoutSeconds: 30 });
		try {
			const word = Buffer.alloc(4);
			word.writeUInt32LE(0xe3a00002); // mov r0, #2
			// Unicorn's memory writes do not drop what it translated from there: only the guest's invalidation does.
			board.cpu.onCode(() => board.cpu.writeMemory(BigInt(BASE + 0x58), word), BASE + 0xc, BASE + 0xc);
			expect((await board.run()).reason).toBe('poweroff');
			const results = board.cpu.readMemory(BigInt(BASE + 0x60), 12);
			expect([results.readUInt32LE(0), results.readUInt32LE(4)]).toEqual([1, 2]);
			// ATS1CPR went to Unicorn's own: PAR holds the page of `patched`, no fault (bit 0 clear).
			expect(results.readUInt32LE(8) & 0xffff_f001).toBe(BASE);
		} finally {
			board.close();
		}
	});
});

// A kernel that dies on an undefined instruction: its handler tells pvpanic and powers off.
const PANIC_KERNEL = [
	// _start
	arm(0x0, [
		0xe28f0018, // adr r0, vectors
		0xee0c0f10, // mcr p15, 0, r0, c12, c0, 0    (VBAR)
		0xe7f000f0, // udf #0
		0xeafffffe, // b .
	]),
	// vectors
	arm(0x20, [
		0xeafffffe, // b .
		0xea000005, // b und
		0xeafffffe, // b .
		0xeafffffe, // b .
		0xeafffffe, // b .
		0xeafffffe, // b .
		0xeafffffe, // b .
		0xeafffffe, // b .
	]),
	// und
	arm(0x40, [
		0xe3000000, // movw r0, #0x0000
		0xe3400906, // movt r0, #0x0906
		0xe3a01001, // mov r1, #1
		0xe5c01000, // strb r1, [r0]                 (pvpanic: panicked)
		0xe3000008, // movw r0, #0x0008
		0xe3480400, // movt r0, #0x8400
		0xe1400070, // hvc #0                        (PSCI SYSTEM_OFF)
		0xeafffffe, // b .
	]),
];

describe('the 32-bit ARM board\'s report of a kernel\'s death', () => {
	it('names the last kernel exception and disassembles its A32 instruction', async () => {
		const file = join(dir, 'panic-vmlinux');
		writeFileSync(file, elf32(BASE, BASE, image(PANIC_KERNEL, 0x1000)));
		const board = new Board({ arch: 'arm', kernel: file, timeoutSeconds: 30 });
		try {
			const exit = await board.run();
			expect(exit.reason).toBe('panic');
			expect(exit.faultReport).toBe([
				`last kernel exception: undefined instruction at 0x${(BASE + 8).toString(16)}`,
				`  ${(BASE + 8).toString(16)}:  e7f000f0  udf #0`,
			].join('\n'));
		} finally {
			board.close();
		}
	});
});

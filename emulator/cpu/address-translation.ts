// Walk the guest's stage 1 page tables (4K granule) to turn a virtual address into a physical one,
// so the host can read instructions and data the way the CPU sees them (for HVC decoding and traces).
// An AArch32 CPU's tables are short descriptors: arm-address-translation.ts walks those.
import { Reg, SysRegs } from './arm64-registers.ts';
import { cpuWalkSource, translateShort } from './arm-address-translation.ts';
import type { Unicorn } from './unicorn.ts';

const SCTLR_M = 1n;
const ADDR_MASK = 0x0000_ffff_ffff_f000n;

export function translate(cpu: Unicorn, va: bigint): bigint | undefined {
	if (cpu.arch === 'arm') return translateShort(cpuWalkSource(cpu), va);
	if ((cpu.sysReg(SysRegs.SCTLR_EL1) & SCTLR_M) === 0n) return va;
	const tcr = cpu.sysReg(SysRegs.TCR_EL1);
	const upper = (va >> 55n) & 1n;
	const txsz = Number(upper ? (tcr >> 16n) & 0x3fn : tcr & 0x3fn);
	const inputBits = 64 - txsz;
	const top = va >> BigInt(inputBits);
	if (top !== (upper ? (1n << BigInt(txsz)) - 1n : 0n)) return undefined;
	let table = cpu.reg(upper ? Reg.TTBR1_EL1 : Reg.TTBR0_EL1) & ADDR_MASK;
	// Each level resolves 9 bits above the 12-bit page offset.
	let level = 4 - Math.ceil((inputBits - 12) / 9);
	for (; level <= 3; level++) {
		const shift = BigInt(12 + 9 * (3 - level));
		const index = (va >> shift) & 0x1ffn;
		const desc = cpu.readWord(table + index * 8n, 8);
		if (desc === undefined) return undefined;
		if ((desc & 1n) === 0n) return undefined;
		const isTable = (desc & 2n) !== 0n;
		if (level === 3) return isTable ? (desc & ADDR_MASK) | (va & 0xfffn) : undefined;
		if (!isTable) {
			const blockMask = (1n << shift) - 1n;
			return (desc & ADDR_MASK & ~blockMask) | (va & blockMask);
		}
		table = desc & ADDR_MASK;
	}
	return undefined;
}

/** Read guest virtual memory page by page; undefined when any page is not mapped. */
export function readVirtual(cpu: Unicorn, va: bigint, length: number): Buffer | undefined {
	const out = Buffer.alloc(length);
	for (let done = 0; done < length;) {
		const addr = va + BigInt(done);
		const pa = translate(cpu, addr);
		if (pa === undefined) return undefined;
		const chunk = Math.min(length - done, 0x1000 - Number(addr & 0xfffn));
		const bytes = cpu.tryReadMemory(pa, chunk);
		if (!bytes) return undefined;
		bytes.copy(out, done);
		done += chunk;
	}
	return out;
}

// What the board adds on stderr when the guest kernel dies after an exception in kernel mode:
// the faulting instruction, disassembled, and the nearest kernel symbol.
import type { Unicorn } from '../cpu/unicorn.ts';
import { readVirtual } from '../cpu/address-translation.ts';
import { loadDisassembler, disassemble } from '../cpu/disassembler.ts';
import { esrClass } from '../cpu/exception-entry.ts';
import type { SymbolTable } from '../boot/symbols.ts';

/**
 * An exception in kernel mode: AArch64's syndrome, or on AArch32 (which has none) what it was, its
 * fault status and the instruction set it came from.
 */
export interface KernelFault {
	pc: bigint;
	esr: bigint;
	far?: bigint;
	aarch32?: { what: string; fsr?: number; thumb: boolean };
}

const EC_NAMES: Record<number, string> = {
	0x00: 'undefined instruction', 0x07: 'FP/SIMD access trap', 0x15: 'SVC', 0x20: 'instruction abort',
	0x21: 'instruction abort', 0x22: 'PC alignment fault', 0x24: 'data abort', 0x25: 'data abort',
	0x26: 'SP alignment fault', 0x3c: 'BRK',
};

/** An address as wide as the architecture's. */
const hex = (v: bigint, aarch32: boolean) => v.toString(16).padStart(aarch32 ? 8 : 16, '0');

function headline(fault: KernelFault): string {
	const far = fault.far !== undefined ? `, FAR 0x${fault.far.toString(16)}` : '';
	if (fault.aarch32) {
		const { what, fsr } = fault.aarch32;
		const detail = [fsr !== undefined ? `FSR 0x${fsr.toString(16)}` : '', far.slice(2)].filter(Boolean).join(', ');
		return detail ? `${what} (${detail})` : what;
	}
	const ec = esrClass(fault.esr);
	const what = EC_NAMES[ec] ?? `exception class 0x${ec.toString(16)}`;
	return `${what} (ESR 0x${fault.esr.toString(16)}${far})`;
}

export async function describeKernelFault(cpu: Unicorn, symbols: SymbolTable, fault: KernelFault): Promise<string> {
	const lines = [`last kernel exception: ${headline(fault)} at ${symbols.format(fault.pc)}`];
	const set = fault.aarch32 ? (fault.aarch32.thumb ? 'thumb' : 'arm') : 'arm64';
	// A Thumb instruction may be 2 bytes long, at the end of what is mapped.
	const code = readVirtual(cpu, fault.pc, 4) ?? (set === 'thumb' ? readVirtual(cpu, fault.pc, 2) : undefined);
	if (code) {
		await loadDisassembler();
		const [insn] = disassemble(code, fault.pc, set);
		const word = code.length === 2 || (set === 'thumb' && insn?.bytes.length === 2) ? code.readUInt16LE(0).toString(16).padStart(4, '0')
			: code.readUInt32LE(0).toString(16).padStart(8, '0');
		lines.push(`  ${hex(fault.pc, set !== 'arm64')}:  ${word}  ${insn ? insn.text : `.inst 0x${word} (undefined)`}`);
	} else {
		lines.push(`  ${hex(fault.pc, set !== 'arm64')}:  <not mapped>`);
	}
	return lines.join('\n');
}

// What the board adds on stderr when the guest kernel dies after an exception in kernel mode:
// the faulting instruction, disassembled, and the nearest kernel symbol.
import type { Unicorn } from '../cpu/unicorn.ts';
import { readVirtual } from '../cpu/address-translation.ts';
import { loadDisassembler, disassemble } from '../cpu/disassembler.ts';
import { esrClass } from '../cpu/exception-entry.ts';
import type { SymbolTable } from '../boot/symbols.ts';

export interface KernelFault { pc: bigint; esr: bigint; far?: bigint }

const EC_NAMES: Record<number, string> = {
	0x00: 'undefined instruction', 0x07: 'FP/SIMD access trap', 0x15: 'SVC', 0x20: 'instruction abort',
	0x21: 'instruction abort', 0x22: 'PC alignment fault', 0x24: 'data abort', 0x25: 'data abort',
	0x26: 'SP alignment fault', 0x3c: 'BRK',
};

const hex = (v: bigint) => v.toString(16).padStart(16, '0');

export async function describeKernelFault(cpu: Unicorn, symbols: SymbolTable, fault: KernelFault): Promise<string> {
	const ec = esrClass(fault.esr);
	const what = EC_NAMES[ec] ?? `exception class 0x${ec.toString(16)}`;
	const lines = [`last kernel exception: ${what} (ESR 0x${fault.esr.toString(16)}` +
		(fault.far !== undefined ? `, FAR 0x${fault.far.toString(16)}` : '') + `) at ${symbols.format(fault.pc)}`];
	const code = readVirtual(cpu, fault.pc, 4);
	if (code) {
		await loadDisassembler();
		const [insn] = disassemble(code, fault.pc);
		const word = code.readUInt32LE(0).toString(16).padStart(8, '0');
		lines.push(`  ${hex(fault.pc)}:  ${word}  ${insn ? insn.text : `.inst 0x${word} (undefined)`}`);
	} else {
		lines.push(`  ${hex(fault.pc)}:  <not mapped>`);
	}
	return lines.join('\n');
}

// AArch64 disassembly through capstone (WebAssembly), loaded once on first use: only a fault
// report needs it, so a command that never faults never pays for loading it.
import type { Capstone } from 'capstone-wasm';

let capstone: Capstone | undefined;

export async function loadDisassembler(): Promise<void> {
	if (capstone) return;
	const { Capstone, Const, loadCapstone } = await import('capstone-wasm');
	await loadCapstone();
	capstone = new Capstone(Const.CS_ARCH_ARM64, Const.CS_MODE_ARM);
}

export interface Instruction { address: bigint; bytes: Uint8Array; text: string }

/** Disassemble `code` placed at `address`; needs loadDisassembler() first. Stops at undecodable words. */
export function disassemble(code: Uint8Array, address: bigint): Instruction[] {
	if (!capstone) throw new Error('disassembler not loaded');
	let insns;
	try {
		insns = capstone.disasm(code, { address });
	} catch {
		return []; // capstone-wasm throws when the first word does not decode
	}
	return insns.map((insn, i) => ({
		address: address + BigInt(i * 4),
		bytes: insn.bytes,
		text: insn.opStr ? `${insn.mnemonic} ${insn.opStr}` : insn.mnemonic,
	}));
}

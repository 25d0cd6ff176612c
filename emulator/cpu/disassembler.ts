// Disassembly through capstone (WebAssembly), loaded once on first use: only a fault report needs
// it, so a command that never faults never pays for loading it. AArch64, and AArch32's two
// instruction sets, A32 ('arm') and T32 ('thumb').
import type { Capstone } from 'capstone-wasm';

export type InstructionSet = 'arm64' | 'arm' | 'thumb';

let engines: Record<InstructionSet, Capstone> | undefined;

export async function loadDisassembler(): Promise<void> {
	if (engines) return;
	const { Capstone, Const, loadCapstone } = await import('capstone-wasm');
	await loadCapstone();
	engines = {
		arm64: new Capstone(Const.CS_ARCH_ARM64, Const.CS_MODE_ARM),
		arm: new Capstone(Const.CS_ARCH_ARM, Const.CS_MODE_ARM),
		thumb: new Capstone(Const.CS_ARCH_ARM, Const.CS_MODE_THUMB),
	};
}

export interface Instruction { address: bigint; bytes: Uint8Array; text: string }

/**
 * Disassemble `code` placed at `address`; needs loadDisassembler() first. Stops at undecodable
 * instructions.
 */
export function disassemble(code: Uint8Array, address: bigint, set: InstructionSet = 'arm64'): Instruction[] {
	if (!engines) throw new Error('disassembler not loaded');
	let insns;
	try {
		insns = engines[set].disasm(code, { address });
	} catch {
		return []; // capstone-wasm throws when the first instruction does not decode
	}
	let at = address;
	return insns.map(insn => {
		const out = { address: at, bytes: insn.bytes, text: insn.opStr ? `${insn.mnemonic} ${insn.opStr}` : insn.mnemonic };
		at += BigInt(insn.size);
		return out;
	});
}

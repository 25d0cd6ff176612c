// Which instruction of a block is making a memory access. Unicorn 2.1 stores the PC for each
// instruction only when a hook runs before each instruction; the instruction counter's hook runs
// once per block (instruction-counter.ts). So in a device's callback, and after an access to a
// physical address with nothing behind it (Unicorn then stops with the CPU as it was before the
// access), the PC is the block's start. The CPU's state is the one before the instruction making
// the access, though: the block's instructions are tried one at a time from that state, on a
// scratch engine whose RAM cannot be written and whose devices only take note, and the first that
// makes an access to the same address is the one. (If two instructions of the block use the same
// address with the same registers, it is the first: a block reads a device register twice only
// without a branch between, which the board's devices never need.)
import type { MmioAccess, Unicorn } from './unicorn.ts';
import { blockInstructions, type Block } from './code-block.ts';

const UC_ERR_READ_UNMAPPED = 6, UC_ERR_WRITE_UNMAPPED = 7;

/**
 * The address of the instruction in `block` that accesses the physical address `address` (a
 * device's, or one with nothing behind it), or undefined if none of them does from the CPU's state.
 */
export function locateAccess(cpu: Unicorn, block: Block, address: bigint): bigint | undefined {
	const instructions = blockInstructions(cpu, block);
	if (!instructions) return undefined;
	let hit = false;
	const scratch = cpu.scratchCopy((a: MmioAccess) => { if (a.address === address) hit = true; });
	try {
		const state = scratch.saveContext();
		scratch.onMemoryFault((_type, a) => { if (a === address) hit = true; return false; });
		scratch.onInterrupt(() => scratch.stop());
		for (const pc of instructions) {
			scratch.restoreContext(state);
			hit = false;
			// One instruction, counted by Unicorn: the scratch engine always runs with a count.
			const err = scratch.run(block.thumb ? pc | 1n : pc, 1);
			if (hit && (err === 0 || err === UC_ERR_READ_UNMAPPED || err === UC_ERR_WRITE_UNMAPPED)) return pc;
		}
		return undefined;
	} finally {
		scratch.close();
	}
}

// Which instruction made an access to a physical address with nothing behind it. Unicorn 2.1 stops
// there with the CPU as it was before that instruction, but its PC is the one it last stored: it
// stores the PC for each instruction only when a hook runs before each instruction, and the
// instruction counter's hook runs once per block (instruction-counter.ts). So the instructions of the
// block are tried one at a time, from that state, on a scratch engine over a copy of RAM: the first
// that makes the same access is the one. (A guest bug, so this path may be slow.)
import type { Unicorn } from './unicorn.ts';

const UC_ERR_READ_UNMAPPED = 6, UC_ERR_WRITE_UNMAPPED = 7;

/**
 * The address of the instruction in the block at `block.pc` (`block.insns` long) that accessed the
 * unmapped physical address `address`, or undefined if none of them does from the CPU's state.
 */
export function locateUnmappedAccess(cpu: Unicorn, block: { pc: bigint; insns: number }, address: bigint): bigint | undefined {
	const scratch = cpu.scratchCopy();
	try {
		const state = scratch.saveContext();
		let faultAt: bigint | undefined;
		scratch.onMemoryFault((_type, a) => { faultAt = a; return false; });
		scratch.onInterrupt(() => scratch.stop());
		for (let i = 0; i < block.insns; i++) {
			const pc = block.pc + 4n * BigInt(i);
			scratch.restoreContext(state);
			faultAt = undefined;
			// One instruction, counted by Unicorn: the scratch engine always runs with a count.
			const err = scratch.run(pc, 1);
			if ((err === UC_ERR_READ_UNMAPPED || err === UC_ERR_WRITE_UNMAPPED) && faultAt === address) return pc;
		}
		return undefined;
	} finally {
		scratch.close();
	}
}

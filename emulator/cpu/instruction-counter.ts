// The instructions the CPU retired, the virtual clock's source. A native UC_HOOK_BLOCK hook counts
// them a translation block at a time (insn-counter.c, built by setup): Unicorn's own count calls a
// hook before every instruction, which cost a quarter of all the time the board spent.
//
// A block is counted once it has run: when the next block begins, when the run ends, or, if an
// exception left it part-way, up to the first instruction that did not retire (cut()). A device
// access in the middle of a block that asks for the count (the RTC reading the clock) gets the
// instructions retired before the one making the access, which access-locator.ts finds: Unicorn
// tells nobody where in a block the CPU is without a hook before every instruction.
import { nativeShim } from './native-shim.ts';
import { locateAccess } from './access-locator.ts';
import { Reg } from './arm64-registers.ts';
import { ArmReg } from './arm-registers.ts';
import { instructionsBefore, type Block } from './code-block.ts';
import type { MmioAccess, Unicorn } from './unicorn.ts';


// struct kobox_counter (insn-counter.c): five u64, then eight u32.
const RETIRED = 0, BLOCK_PC = 1, BLOCK_INSNS = 2, LIMIT = 3, STOP_PC = 4;
const STOP_UNMASKED = 10, STOP_ASKED = 11, STOPPED = 12, PSTATE_REG = 13, AARCH32 = 14, BLOCK_THUMB = 15, BLOCK_SIZE = 16, MISMATCHED = 17;
const SIZE = 72;

/**
 * Why a run ended: the hook stopped it at its limit, at IRQs unmasked or because the host asked
 * (stopAtBlock()), or something else did (wfi, an exception's handler, an error).
 */
export type RunEnd = 'limit' | 'unmasked' | 'asked' | 'other';
const ENDS: RunEnd[] = ['other', 'limit', 'unmasked', 'asked'];

export class InstructionCounter {
	/** The counter's state, shared with the hook (kept referenced while the hook lives). */
	private readonly state = Buffer.alloc(SIZE);
	private readonly u64 = new BigUint64Array(this.state.buffer, this.state.byteOffset, 5);
	private readonly u32 = new Uint32Array(this.state.buffer, this.state.byteOffset, SIZE / 4);
	private readonly i32 = new Int32Array(this.state.buffer, this.state.byteOffset, SIZE / 4);
	private readonly shim = nativeShim();
	/** The device access last located, and the instructions of its block before it. */
	private located?: { access: MmioAccess; before: bigint };

	constructor(private readonly cpu: Unicorn) {
		const arm = cpu.arch === 'arm';
		this.i32[PSTATE_REG] = arm ? ArmReg.CPSR : Reg.PSTATE;
		// AArch32: the hook asks Unicorn whether each block is Thumb code, to count it exactly.
		this.i32[AARCH32] = arm ? 1 : 0;
		cpu.onBlockNative(this.shim.counterHook, this.state);
	}

	/** The state the native hook counts in, for the shim's other hooks (fast-exceptions.ts). */
	get nativeState(): Buffer { return this.state; }

	/** Instructions retired since power-on: between runs, in an exception, in a device's access. */
	get retired(): bigint {
		const access = this.cpu.mmioAccess, block = this.block;
		if (!access || !block) return this.u64[RETIRED];
		if (this.located?.access !== access) {
			const pc = locateAccess(this.cpu, block, access.address);
			this.located = { access, before: pc === undefined ? 0n : BigInt(instructionsBefore(this.cpu, block, pc) ?? 0) };
		}
		return this.u64[RETIRED] + this.located.before;
	}
	set retired(n: bigint) {
		this.u64[RETIRED] = n;
		this.u64[BLOCK_INSNS] = 0n;
	}

	/**
	 * Run from the PC until at least `instructions` more have retired: the run ends at the first
	 * block boundary at or past that, or, with `untilUnmasked`, at the first block boundary where
	 * IRQs are unmasked, or earlier if the CPU stops (wfi, uc_emu_stop, an error). Returns the
	 * uc_err code and why the run ended. After an error (an access to unmapped memory), the block
	 * Unicorn stopped in is left open for the caller to cut().
	 *
	 * `starts`: also stop once that many instructions have started (Unicorn's own count, which
	 * calls a hook before each instruction and stores the PC there: a debugger's exact stops, see
	 * debug-control.ts). The block the run stopped in is counted up to the PC.
	 */
	run(instructions: number, untilUnmasked: boolean, starts = 0): { err: number; end: RunEnd } {
		this.u64[LIMIT] = this.u64[RETIRED] + BigInt(instructions);
		this.u32[STOP_UNMASKED] = untilUnmasked ? 1 : 0;
		this.u32[STOP_ASKED] = 0;
		this.u32[STOPPED] = 0;
		const err = this.cpu.run(this.cpu.resumeAddress, starts);
		// Counting starts, Unicorn stops before an instruction (its count's, a hook's stop): the
		// block ran up to the PC, which Unicorn stored before the instruction's hook.
		if (err === 0) {
			if (starts) this.cut(this.cpu.pc);
			else this.shim.counterClose(this.state);
		}
		const end = ENDS[this.u32[STOPPED]];
		// Unicorn leaves the PC where it was last stored, not at the block the hook refused (whose
		// instruction set is the CPU's now: the hook ran before it).
		if (end !== 'other') this.cpu.jump(this.u64[STOP_PC]);
		return { err, end };
	}

	/** From a hook: end the run at the first block boundary where `limit` instructions have retired, if that is sooner. */
	lowerLimit(limit: bigint): void {
		if (limit < this.u64[LIMIT]) this.u64[LIMIT] = limit;
	}

	/**
	 * From a hook: end the run at the next block boundary, with the PC there. (uc_emu_stop() from
	 * a hook ends it there too, but with the PC where Unicorn last stored it.)
	 */
	stopAtBlock(): void {
		this.u32[STOP_ASKED] = 1;
	}

	/**
	 * In an exception: the current block's instructions before `pc` retired, the others did not
	 * (for an SVC, `pc` is the next instruction; for an abort, the faulting one).
	 */
	cut(pc: bigint): void {
		const block = this.block;
		let before = -1n;
		if (block?.thumb && pc >= block.pc && pc <= block.pc + BigInt(this.u32[BLOCK_SIZE])) {
			const n = instructionsBefore(this.cpu, block, pc);
			if (n === undefined) throw new Error(`cannot read the Thumb code at 0x${block.pc.toString(16)} to count it`);
			before = BigInt(n);
		}
		this.shim.counterCut(this.state, pc, before);
	}

	/** Thumb blocks whose length Unicorn could not give (the count is then not exact): 0 in a sound run. */
	get mismatchedBlocks(): number { return this.u32[MISMATCHED]; }

	/** The instruction the host carried out for the guest (an HVC, a trapped register access) retired. */
	stepOver(): void {
		this.u64[RETIRED] += 1n;
	}

	/** The current block, while one is open: for locating an access in it. */
	get block(): Block | undefined {
		const insns = Number(this.u64[BLOCK_INSNS]);
		return insns ? { pc: this.u64[BLOCK_PC], insns, thumb: this.u32[BLOCK_THUMB] !== 0 } : undefined;
	}
}

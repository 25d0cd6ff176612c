// Why a board stopped for good.
export type ExitReason = 'poweroff' | 'reset' | 'panic' | 'timeout' | 'stalled' | 'cpu-error' | 'quit';

export interface BoardExit {
	reason: ExitReason;
	/** One line for a person: why the board stopped. */
	message: string;
	/** For a panic after a kernel-mode exception: where it happened, disassembled. */
	faultReport?: string;
}

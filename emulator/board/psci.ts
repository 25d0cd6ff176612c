// PSCI firmware reached through `hvc #0`: power the board off or reset it, as Linux on virt does.
import type { DtNode } from '../boot/device-tree.ts';

export const PSCI_VERSION = 0x8400_0000;
export const PSCI_FEATURES = 0x8400_000a;
export const PSCI_SYSTEM_OFF = 0x8400_0008;
export const PSCI_SYSTEM_RESET = 0x8400_0009;
const PSCI_NOT_SUPPORTED = -1n;
const VERSION_1_0 = 0x1_0000n;

export type PowerRequest = 'off' | 'reset';

export class PsciDevice {
	constructor(private readonly onPower: (req: PowerRequest) => void) {}

	/** Handle one call: x0 is the function id; the result goes back in x0. */
	call(fn: number, arg1: bigint): bigint {
		switch (fn) {
		case PSCI_VERSION: return VERSION_1_0;
		case PSCI_FEATURES:
			return [PSCI_VERSION, PSCI_FEATURES, PSCI_SYSTEM_OFF, PSCI_SYSTEM_RESET].includes(Number(arg1)) ? 0n : PSCI_NOT_SUPPORTED;
		case PSCI_SYSTEM_OFF: this.onPower('off'); return 0n;
		case PSCI_SYSTEM_RESET: this.onPower('reset'); return 0n;
		default: return PSCI_NOT_SUPPORTED;
		}
	}

	describe(parent: DtNode): void {
		parent.child('psci')
			.prop('compatible', ['arm,psci-1.0', 'arm,psci-0.2'])
			.prop('method', 'hvc');
	}
}

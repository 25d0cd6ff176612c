// Goldfish RTC (google,goldfish-rtc): a nanosecond clock. Reading TIME_LOW latches TIME_HIGH.
import type { DtNode } from '../boot/device-tree.ts';
import { regProp, type MmioDevice } from './device.ts';
import type { Clock } from './clock.ts';

const TIME_LOW = 0x00, TIME_HIGH = 0x04;

export class GoldfishRtc implements MmioDevice {
	private latchedHigh = 0;

	constructor(private readonly clock: Clock) {}

	read(offset: number): number {
		if (offset === TIME_LOW) {
			const now = this.clock.wallNs();
			this.latchedHigh = Number(now >> 32n);
			return Number(now & 0xffffffffn);
		}
		if (offset === TIME_HIGH) return this.latchedHigh;
		return 0;
	}

	write(): void {}

	describe(parent: DtNode, base: bigint, size: number): void {
		parent.child(`rtc@${base.toString(16)}`)
			.prop('compatible', 'google,goldfish-rtc')
			.prop('reg', regProp(base, size));
	}
}

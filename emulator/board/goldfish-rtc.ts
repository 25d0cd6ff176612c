// Goldfish RTC (google,goldfish-rtc): a nanosecond clock with one alarm.
// Reading TIME_LOW latches TIME_HIGH; writing ALARM_LOW arms the alarm at ALARM_HIGH:ALARM_LOW.
// The board has no interrupt controller yet, so the alarm's use is to end a `wfi`: the CPU
// sleeps until the alarm time (see Board), then the guest looks at the clock itself.
import type { DtNode } from '../boot/device-tree.ts';
import { regProp, type MmioDevice } from './device.ts';
import type { Clock } from './clock.ts';

const TIME_LOW = 0x00, TIME_HIGH = 0x04, ALARM_LOW = 0x08, ALARM_HIGH = 0x0c;
const IRQ_ENABLED = 0x10, CLEAR_ALARM = 0x14, ALARM_STATUS = 0x18, CLEAR_INTERRUPT = 0x1c;

export interface RtcState { latchedHigh: number; alarmHigh: number; irqEnabled: number; alarm?: bigint }

export class GoldfishRtc implements MmioDevice {
	private latchedHigh = 0;
	private alarmHigh = 0;
	private irqEnabled = 0;
	/** The armed alarm, in nanoseconds since the epoch. */
	alarm?: bigint;

	constructor(private readonly clock: Clock) {}

	read(offset: number): number {
		switch (offset) {
		case TIME_LOW: {
			const now = this.clock.wallNs();
			this.latchedHigh = Number(now >> 32n);
			return Number(now & 0xffffffffn);
		}
		case TIME_HIGH: return this.latchedHigh;
		case ALARM_STATUS: return this.alarm !== undefined && this.alarm > this.clock.wallNs() ? 1 : 0;
		case IRQ_ENABLED: return this.irqEnabled;
		default: return 0;
		}
	}

	write(offset: number, _size: number, value: bigint): void {
		const v = Number(value & 0xffffffffn);
		switch (offset) {
		case ALARM_HIGH: this.alarmHigh = v; break;
		case ALARM_LOW: this.alarm = (BigInt(this.alarmHigh) << 32n) | BigInt(v); break;
		case CLEAR_ALARM: this.alarm = undefined; break;
		case IRQ_ENABLED: this.irqEnabled = v & 1; break;
		case CLEAR_INTERRUPT: break;
		}
	}

	save(): RtcState {
		return { latchedHigh: this.latchedHigh, alarmHigh: this.alarmHigh, irqEnabled: this.irqEnabled, alarm: this.alarm };
	}

	restore(s: RtcState): void {
		({ latchedHigh: this.latchedHigh, alarmHigh: this.alarmHigh, irqEnabled: this.irqEnabled, alarm: this.alarm } = s);
	}

	/** Nanoseconds from now until the alarm, if one is armed in the future. */
	alarmDelay(): bigint | undefined {
		if (this.alarm === undefined) return undefined;
		const d = this.alarm - this.clock.wallNs();
		return d > 0n ? d : 0n;
	}

	describe(parent: DtNode, base: bigint, size: number): void {
		parent.child(`rtc@${base.toString(16)}`)
			.prop('compatible', 'google,goldfish-rtc')
			.prop('reg', regProp(base, size));
	}
}

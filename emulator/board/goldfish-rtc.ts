// Goldfish RTC (google,goldfish-rtc): a nanosecond clock with one alarm, as QEMU's goldfish_rtc.
// Reading TIME_LOW latches TIME_HIGH; writing ALARM_LOW arms the alarm at ALARM_HIGH:ALARM_LOW.
// When the alarm time comes the interrupt becomes pending (until CLEAR_INTERRUPT), and raises the
// line while IRQ_ENABLED is set. The board also ends a `wfi` at the alarm time.
import type { DtNode } from '../boot/device-tree.ts';
import { regProp, type MmioDevice } from './device.ts';
import { spiCells } from './gic-v2.ts';
import type { Clock } from './clock.ts';
import type { Region } from './memory-map.ts';

const TIME_LOW = 0x00, TIME_HIGH = 0x04, ALARM_LOW = 0x08, ALARM_HIGH = 0x0c;
const IRQ_ENABLED = 0x10, CLEAR_ALARM = 0x14, ALARM_STATUS = 0x18, CLEAR_INTERRUPT = 0x1c;

export interface RtcState { latchedHigh: number; alarmHigh: number; irqEnabled: number; alarm?: bigint; irqPending: boolean }

export class GoldfishRtc implements MmioDevice {
	private latchedHigh = 0;
	private alarmHigh = 0;
	private irqEnabled = 0;
	private irqPending = false;
	/** The armed alarm, in nanoseconds since the epoch (undefined once it has fired or was cleared). */
	alarm?: bigint;

	/**
	 * `line` is the RTC's interrupt output (level-sensitive); `armed` hears of each alarm armed, so
	 * that the board can end its slice there.
	 */
	constructor(private readonly clock: Clock, private readonly line: (high: boolean) => void = () => {},
		private readonly armed: () => void = () => {}) {}

	read(offset: number): number {
		switch (offset) {
		case TIME_LOW: {
			const now = this.clock.wallNs();
			this.latchedHigh = Number(now >> 32n);
			return Number(now & 0xffffffffn);
		}
		case TIME_HIGH: return this.latchedHigh;
		case ALARM_STATUS: this.update(); return this.alarm !== undefined ? 1 : 0;
		case IRQ_ENABLED: return this.irqEnabled;
		default: return 0;
		}
	}

	write(offset: number, _size: number, value: bigint): void {
		const v = Number(value & 0xffffffffn);
		switch (offset) {
		case ALARM_HIGH: this.alarmHigh = v; return;
		case ALARM_LOW: this.alarm = (BigInt(this.alarmHigh) << 32n) | BigInt(v); break;
		case CLEAR_ALARM: this.alarm = undefined; break;
		case IRQ_ENABLED: this.irqEnabled = v & 1; break;
		case CLEAR_INTERRUPT: this.irqPending = false; break;
		default: return;
		}
		this.update();
		if (offset === ALARM_LOW) this.armed();
	}

	/** Fire the alarm if its time has come, and drive the interrupt line. */
	update(): void {
		if (this.alarm !== undefined && this.alarm <= this.clock.wallNs()) {
			this.alarm = undefined;
			this.irqPending = true;
		}
		this.line(this.irqPending && this.irqEnabled !== 0);
	}

	/** When (uptime ns) the alarm fires, if one is armed. */
	nextEvent(): bigint | undefined {
		if (this.alarm === undefined) return undefined;
		return this.alarm - (this.clock.wallNs() - this.clock.uptimeNs);
	}

	save(): RtcState {
		return { latchedHigh: this.latchedHigh, alarmHigh: this.alarmHigh, irqEnabled: this.irqEnabled, alarm: this.alarm, irqPending: this.irqPending };
	}

	restore(s: RtcState): void {
		({ latchedHigh: this.latchedHigh, alarmHigh: this.alarmHigh, irqEnabled: this.irqEnabled, alarm: this.alarm, irqPending: this.irqPending } = s);
		this.update();
	}

	describe(parent: DtNode, region: Region): void {
		parent.child(`rtc@${region.base.toString(16)}`)
			.prop('interrupts', spiCells(region.irq!))
			.prop('compatible', 'google,goldfish-rtc')
			.prop('reg', regProp(region.base, region.size));
	}
}

import { describe, expect, it } from 'vitest';
import { Pl011Uart } from '../../emulator/board/pl011-uart.ts';
import { GoldfishRtc } from '../../emulator/board/goldfish-rtc.ts';
import { PvPanic } from '../../emulator/board/pvpanic.ts';
import { PsciDevice, PSCI_FEATURES, PSCI_SYSTEM_OFF, PSCI_SYSTEM_RESET, PSCI_VERSION } from '../../emulator/board/psci.ts';
import { VirtualClock, VIRTUAL_EPOCH_NS } from '../../emulator/board/clock.ts';

describe('Pl011Uart', () => {
	it('transmits DR writes and reports an empty receive FIFO', () => {
		const out: number[] = [];
		const uart = new Pl011Uart(b => out.push(b));
		uart.write(0x00, 4, 0x141n);
		expect(out).toEqual([0x41]);
		expect(uart.read(0x18) & 0x10).toBe(0x10);
	});

	it('hands received bytes to DR reads in order', () => {
		const uart = new Pl011Uart(() => {});
		uart.receive(Buffer.from('ok'));
		expect(uart.read(0x18) & 0x10).toBe(0);
		expect([uart.read(0x00), uart.read(0x00)]).toEqual([0x6f, 0x6b]);
		expect(uart.read(0x18) & 0x10).toBe(0x10);
	});

	it('identifies itself as a PrimeCell PL011', () => {
		const uart = new Pl011Uart(() => {});
		expect([0xfe0, 0xfe4, 0xfe8].map(o => uart.read(o))).toEqual([0x11, 0x10, 0x14]);
	});
});

describe('GoldfishRtc on the virtual clock', () => {
	it('latches the high half when the low half is read', () => {
		const clock = new VirtualClock();
		const rtc = new GoldfishRtc(clock);
		clock.retired(5_000);
		const low = rtc.read(0x00);
		clock.retired(1 << 30);
		const high = rtc.read(0x04);
		expect((BigInt(high) << 32n) | BigInt(low)).toBe(VIRTUAL_EPOCH_NS + 5_000n);
	});

	it('advances only with retired instructions and sleeps', () => {
		const clock = new VirtualClock();
		clock.retired(10_000);
		clock.sleep(-5n);
		expect(clock.uptimeNs).toBe(10_000n);
		clock.sleep(40_000n);
		expect(clock.uptimeNs).toBe(50_000n);
	});

	it('arms, reports and clears the alarm', () => {
		const clock = new VirtualClock();
		const rtc = new GoldfishRtc(clock);
		expect(rtc.alarmDelay()).toBeUndefined();
		const at = VIRTUAL_EPOCH_NS + 1_000_000n;
		rtc.write(0x0c, 4, at >> 32n);
		rtc.write(0x08, 4, at & 0xffffffffn);
		expect(rtc.alarmDelay()).toBe(1_000_000n);
		expect(rtc.read(0x18)).toBe(1);
		clock.retired(2_000_000);
		expect(rtc.alarmDelay()).toBe(0n);
		expect(rtc.read(0x18)).toBe(0);
		rtc.write(0x14, 4, 1n);
		expect(rtc.alarmDelay()).toBeUndefined();
	});
});

describe('PsciDevice', () => {
	it('reports version 1.0 and the functions it implements', () => {
		const psci = new PsciDevice(() => {});
		expect(psci.call(PSCI_VERSION, 0n)).toBe(0x10000n);
		expect(psci.call(PSCI_FEATURES, BigInt(PSCI_SYSTEM_OFF))).toBe(0n);
		expect(psci.call(PSCI_FEATURES, 0xc4000003n)).toBe(-1n);
		expect(psci.call(0xc4000003, 0n)).toBe(-1n);
	});

	it('turns SYSTEM_OFF and SYSTEM_RESET into power requests', () => {
		const seen: string[] = [];
		const psci = new PsciDevice(r => seen.push(r));
		psci.call(PSCI_SYSTEM_OFF, 0n);
		psci.call(PSCI_SYSTEM_RESET, 0n);
		expect(seen).toEqual(['off', 'reset']);
	});
});

describe('PvPanic', () => {
	it('signals only the PANICKED event', () => {
		let panics = 0;
		const dev = new PvPanic(() => panics++);
		dev.write(0, 1, 2n);
		expect(panics).toBe(0);
		dev.write(0, 1, 1n);
		expect(panics).toBe(1);
		expect(dev.read()).toBe(3);
	});
});

import { describe, expect, it } from 'vitest';
import { Pl011Uart } from '../../emulator/board/pl011-uart.ts';
import { Unicorn } from '../../emulator/cpu/unicorn.ts';
import { GoldfishRtc } from '../../emulator/board/goldfish-rtc.ts';
import { Pl061Gpio, POWER_KEY_LINE } from '../../emulator/board/pl061-gpio.ts';
import { PvPanic } from '../../emulator/board/pvpanic.ts';
import { PsciDevice, PSCI_FEATURES, PSCI_SYSTEM_OFF, PSCI_SYSTEM_RESET, PSCI_VERSION } from '../../emulator/board/psci.ts';
import { NS_PER_INSTRUCTION, VirtualClock, VIRTUAL_EPOCH_NS } from '../../emulator/board/clock.ts';
import { GicV2 } from '../../emulator/board/gic-v2.ts';
import { GenericTimer } from '../../emulator/board/generic-timer.ts';

describe('Pl011Uart', () => {
	it('transmits DR writes and reports an empty receive FIFO', () => {
		const out: number[] = [];
		const uart = new Pl011Uart(b => out.push(...b));
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

	it('sends the bytes the native path sent before the next byte that comes to it, and tells it what to hold', () => {
		const out: number[] = [];
		const uart = new Pl011Uart(b => out.push(...b));
		new Unicorn().close(); // the shim finds its functions in a libunicorn loaded
		const state = uart.native.state;
		// uart-fast-path.c's struct kobox_uart: tx_len at 32, held at 40, held_all at 28, bytes at 72.
		state.write('ab', 72, 'latin1');
		state.writeUInt32LE(2, 32);
		uart.write(0x00, 4, 0x63n);
		expect(String.fromCharCode(...out)).toBe('abc');
		expect(state.readUInt32LE(32)).toBe(0);
		uart.hold(0x1b);
		expect(state[40 + 3] & (1 << 3)).toBeTruthy();
		uart.holdAll(true);
		expect(state.readUInt32LE(28)).toBe(1);
	});
});

/** A virtual clock over an instruction count the test advances. */
function virtualClock() {
	let retired = 0n;
	// retire(ns): the guest runs instructions for that many nanoseconds of the virtual clock.
	return { clock: new VirtualClock(() => retired), retire: (ns: number) => { retired += BigInt(ns) / NS_PER_INSTRUCTION; } };
}

describe('GoldfishRtc on the virtual clock', () => {
	it('latches the high half when the low half is read', () => {
		const { clock, retire } = virtualClock();
		const rtc = new GoldfishRtc(clock);
		retire(5_000);
		const low = rtc.read(0x00);
		retire(1 << 30);
		const high = rtc.read(0x04);
		expect((BigInt(high) << 32n) | BigInt(low)).toBe(VIRTUAL_EPOCH_NS + 5_000n);
	});

	it('advances only with retired instructions and sleeps', () => {
		const { clock, retire } = virtualClock();
		retire(10_000);
		clock.sleep(-5n);
		expect(clock.uptimeNs).toBe(10_000n);
		clock.sleep(40_000n);
		expect(clock.uptimeNs).toBe(50_000n);
	});

	it('arms, reports and clears the alarm, and raises its interrupt while enabled', () => {
		const { clock, retire } = virtualClock();
		const lines: boolean[] = [];
		const rtc = new GoldfishRtc(clock, high => lines.push(high));
		expect(rtc.nextEvent()).toBeUndefined();
		const at = VIRTUAL_EPOCH_NS + 1_000_000n;
		rtc.write(0x10, 4, 1n); // IRQ_ENABLED
		rtc.write(0x0c, 4, at >> 32n);
		rtc.write(0x08, 4, at & 0xffffffffn);
		expect(rtc.nextEvent()).toBe(1_000_000n);
		expect(rtc.read(0x18)).toBe(1);
		expect(lines.at(-1)).toBe(false);
		retire(2_000_000);
		rtc.update();
		expect(lines.at(-1)).toBe(true);
		expect(rtc.nextEvent()).toBeUndefined();
		expect(rtc.read(0x18)).toBe(0);
		rtc.write(0x1c, 4, 1n); // CLEAR_INTERRUPT
		expect(lines.at(-1)).toBe(false);
		rtc.write(0x0c, 4, at >> 32n);
		rtc.write(0x08, 4, (at + 5_000_000n) & 0xffffffffn);
		rtc.write(0x14, 4, 1n); // CLEAR_ALARM
		expect(rtc.nextEvent()).toBeUndefined();
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

describe('GicV2', () => {
	const enable = (gic: GicV2, intid: number) => {
		gic.distributor.write(0x000, 4, 1n); // GICD_CTLR
		gic.distributor.write(0x100 + 4 * (intid >> 5), 4, BigInt(1 << (intid & 31)));
		gic.cpuInterface.write(0x04, 4, 0xf0n); // PMR
		gic.cpuInterface.write(0x00, 4, 1n); // GICC_CTLR
	};

	it('signals an enabled level interrupt, acknowledges it once, and again after EOI while the line stays high', () => {
		const gic = new GicV2();
		gic.setLine(33, true);
		expect(gic.irqAsserted()).toBe(false); // not enabled yet
		enable(gic, 33);
		expect(gic.irqAsserted()).toBe(true);
		expect(gic.cpuInterface.read(0x0c, 4)).toBe(33); // IAR
		expect(gic.irqAsserted()).toBe(false); // active
		expect(gic.cpuInterface.read(0x0c, 4)).toBe(1023); // spurious
		gic.cpuInterface.write(0x10, 4, 33n); // EOIR
		expect(gic.irqAsserted()).toBe(true);
		gic.setLine(33, false);
		expect(gic.irqAsserted()).toBe(false);
	});

	it('latches an edge, holds interrupts below the priority mask, and reports the pending ones', () => {
		const gic = new GicV2();
		enable(gic, 40);
		gic.distributor.write(0xc08, 4, 2n << 16n); // ICFGR2: INTID 40 edge-triggered
		gic.setLine(40, true);
		gic.setLine(40, false);
		expect(gic.irqAsserted()).toBe(true);
		gic.distributor.write(0x400 + 40, 1, 0xf0n); // priority 0xf0: not above PMR 0xf0
		expect(gic.irqAsserted()).toBe(false);
		expect(gic.cpuInterface.read(0x18, 4)).toBe(40); // HPPIR
		expect((Number(gic.distributor.read(0x200 + 4, 4)) >>> (40 - 32)) & 1).toBe(1); // ISPENDR1
		expect(gic.distributor.read(0x004, 4)).toBe(8); // TYPER: 288 interrupts
	});
});

describe('GenericTimer', () => {
	const CNTPCT = { op0: 3, op1: 3, crn: 14, crm: 0, op2: 1 };
	const CNTP_TVAL = { op0: 3, op1: 3, crn: 14, crm: 2, op2: 0 };
	const CNTP_CTL = { op0: 3, op1: 3, crn: 14, crm: 2, op2: 1 };

	it('counts 62.5 MHz on the clock and raises its line at the compare value', () => {
		const { clock, retire } = virtualClock();
		const lines: boolean[] = [];
		const timer = new GenericTimer(clock, high => lines.push(high));
		retire(1600);
		expect(timer.readRegister(CNTPCT)).toBe(100n);
		timer.writeRegister(CNTP_TVAL, 50n);
		timer.writeRegister(CNTP_CTL, 1n);
		expect(timer.nextEvent()).toBe(150n * 16n);
		expect(lines.at(-1)).toBe(false);
		retire(800);
		timer.update();
		expect(lines.at(-1)).toBe(true);
		expect(timer.readRegister(CNTP_CTL)).toBe(5n); // ENABLE | ISTATUS
		timer.writeRegister(CNTP_CTL, 3n); // IMASK
		expect(lines.at(-1)).toBe(false);
		expect(timer.readRegister({ op0: 3, op1: 3, crn: 14, crm: 3, op2: 1 })).toBeUndefined(); // CNTV_CTL: not the board's
	});
});

describe('Pl061Gpio', () => {
	it('reads and writes GPIODATA through the address mask, outputs only', () => {
		const gpio = new Pl061Gpio();
		gpio.write(0x400, 1, 0x0fn); // GPIODIR: lines 0-3 outputs
		gpio.write(0x3fc, 1, 0xffn); // all lines unmasked
		expect(gpio.read(0x3fc)).toBe(0x0f);
		gpio.write(0x01 << 2, 1, 0n); // mask line 0 only: clears it
		expect(gpio.read(0x3fc)).toBe(0x0e);
		expect(gpio.read(0x3fc & (0x02 << 2))).toBe(0x02); // a read sees only the masked lines
		gpio.setInput(6, true);
		expect(gpio.read(0x3fc)).toBe(0x4e);
		expect([0xfe0, 0xfe4, 0xfe8, 0xfec].map(o => gpio.read(o))).toEqual([0x61, 0x10, 0x04, 0x00]);
	});

	it('latches both edges of the power key line, interrupts while unmasked, clears on GPIOIC', () => {
		const lines: boolean[] = [];
		const gpio = new Pl061Gpio(high => lines.push(high));
		const bit = 1 << POWER_KEY_LINE;
		gpio.write(0x408, 1, BigInt(bit)); // GPIOIBE: both edges
		gpio.write(0x410, 1, BigInt(bit)); // GPIOIE
		gpio.setInput(POWER_KEY_LINE, true);
		expect(gpio.read(0x414)).toBe(bit); // GPIORIS
		expect(gpio.read(0x418)).toBe(bit); // GPIOMIS
		expect(lines.at(-1)).toBe(true);
		gpio.write(0x41c, 1, BigInt(bit)); // GPIOIC
		expect(gpio.read(0x414)).toBe(0);
		expect(lines.at(-1)).toBe(false);
		gpio.setInput(POWER_KEY_LINE, false);
		expect(gpio.read(0x418)).toBe(bit);
		gpio.write(0x410, 1, 0n); // masked: latched, but the line is low
		expect(gpio.read(0x414)).toBe(bit);
		expect(lines.at(-1)).toBe(false);
	});

	it('follows a level-sensitive line, and comes back from a snapshot', () => {
		const gpio = new Pl061Gpio();
		gpio.write(0x404, 1, 0x01n); // GPIOIS: line 0 level
		gpio.write(0x40c, 1, 0x01n); // GPIOIEV: high
		gpio.setInput(0, true);
		expect(gpio.read(0x414)).toBe(0x01);
		gpio.setInput(0, false);
		expect(gpio.read(0x414)).toBe(0);
		gpio.setInput(0, true);
		const copy = new Pl061Gpio();
		copy.restore(gpio.save());
		expect(copy.read(0x414)).toBe(0x01);
		expect(copy.read(0x3fc)).toBe(0x01);
	});
});

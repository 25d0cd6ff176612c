// ARM PrimeCell PL011 UART: the console. Transmit goes to the host; receive comes from a host queue.
// Interrupts as QEMU's pl011 raises them: receive (RXRIS) while received bytes wait, transmit
// (TXRIS) after each byte sent until cleared (the host takes bytes at once), through IMSC to the
// interrupt line.
import type { DtNode } from '../boot/device-tree.ts';
import { regProp, type MmioDevice } from './device.ts';
import { spiCells } from './gic-v2.ts';
import type { Region } from './memory-map.ts';

const UARTDR = 0x00, UARTFR = 0x18, UARTIBRD = 0x24, UARTFBRD = 0x28, UARTLCR_H = 0x2c, UARTCR = 0x30;
const UARTIFLS = 0x34, UARTIMSC = 0x38, UARTRIS = 0x3c, UARTMIS = 0x40, UARTICR = 0x44, UARTDMACR = 0x48;
const FR_RXFE = 1 << 4, FR_TXFE = 1 << 7;
const INT_RX = 1 << 4, INT_TX = 1 << 5;
// PrimeCell identification registers, read by drivers that probe the AMBA bus.
const PERIPH_ID = [0x11, 0x10, 0x14, 0x00], PCELL_ID = [0x0d, 0xf0, 0x05, 0xb1];
/** Registers the board only stores: baud rate, line control, control, FIFO levels, DMA. */
const PLAIN = [UARTIBRD, UARTFBRD, UARTLCR_H, UARTCR, UARTIFLS, UARTDMACR];

export interface UartState { rx: number[]; regs: number[]; imsc: number; txRis: boolean }

export class Pl011Uart implements MmioDevice {
	private rx: number[] = [];
	private regs: number[] = PLAIN.map(r => (r === UARTCR ? 0x300 : r === UARTIFLS ? 0x12 : 0));
	private imsc = 0;
	private txRis = true;

	/** `line` is the UART's interrupt output (level-sensitive). */
	constructor(private readonly transmit: (byte: number) => void, private readonly line: (high: boolean) => void = () => {}) {}

	/** Bytes typed on the host, for the guest to read. */
	receive(bytes: Uint8Array): void {
		this.rx.push(...bytes);
		this.update();
	}

	hasInput(): boolean { return this.rx.length > 0; }

	private ris(): number { return (this.rx.length ? INT_RX : 0) | (this.txRis ? INT_TX : 0); }

	private update(): void { this.line((this.ris() & this.imsc) !== 0); }

	save(): UartState { return { rx: [...this.rx], regs: [...this.regs], imsc: this.imsc, txRis: this.txRis }; }
	restore(s: UartState): void {
		this.rx = [...s.rx];
		this.regs = [...s.regs];
		this.imsc = s.imsc;
		this.txRis = s.txRis;
		this.update();
	}

	read(offset: number): number {
		switch (offset) {
		case UARTDR: {
			const b = this.rx.shift() ?? 0;
			if (!this.rx.length) this.update();
			return b;
		}
		case UARTFR: return FR_TXFE | (this.rx.length ? 0 : FR_RXFE);
		case UARTIMSC: return this.imsc;
		case UARTRIS: return this.ris();
		case UARTMIS: return this.ris() & this.imsc;
		}
		const plain = PLAIN.indexOf(offset);
		if (plain >= 0) return this.regs[plain];
		if (offset >= 0xfe0 && offset < 0xff0) return PERIPH_ID[(offset - 0xfe0) >> 2];
		if (offset >= 0xff0) return PCELL_ID[(offset - 0xff0) >> 2];
		return 0;
	}

	write(offset: number, _size: number, value: bigint): void {
		const v = Number(value & 0xffffn);
		switch (offset) {
		case UARTDR:
			this.transmit(v & 0xff);
			this.txRis = true;
			break;
		case UARTIMSC: this.imsc = v & 0x7ff; break;
		case UARTICR: if (v & INT_TX) this.txRis = false; break; // RX stays while bytes wait
		default: {
			const plain = PLAIN.indexOf(offset);
			if (plain >= 0) this.regs[plain] = v;
			return;
		}
		}
		this.update();
	}

	describe(parent: DtNode, region: Region): void {
		parent.child(`pl011@${region.base.toString(16)}`)
			.prop('interrupts', spiCells(region.irq!))
			.prop('compatible', ['arm,pl011', 'arm,primecell'])
			.prop('reg', regProp(region.base, region.size));
	}
}

// ARM PrimeCell PL011 UART: the console. Transmit goes to the host; receive comes from a host queue.
import type { DtNode } from '../boot/device-tree.ts';
import { regProp, type MmioDevice } from './device.ts';

const UARTDR = 0x00, UARTFR = 0x18;
const FR_RXFE = 1 << 4, FR_TXFE = 1 << 7;
// PrimeCell identification registers, read by drivers that probe the AMBA bus.
const PERIPH_ID = [0x11, 0x10, 0x14, 0x00], PCELL_ID = [0x0d, 0xf0, 0x05, 0xb1];

export class Pl011Uart implements MmioDevice {
	private rx: number[] = [];

	constructor(private readonly transmit: (byte: number) => void) {}

	/** Bytes typed on the host, for the guest to read. */
	receive(bytes: Uint8Array): void { this.rx.push(...bytes); }

	hasInput(): boolean { return this.rx.length > 0; }

	/** Bytes received and not yet read, for a board snapshot. */
	save(): number[] { return [...this.rx]; }
	restore(rx: number[]): void { this.rx = [...rx]; }

	read(offset: number): number {
		if (offset === UARTDR) return this.rx.shift() ?? 0;
		if (offset === UARTFR) return FR_TXFE | (this.rx.length ? 0 : FR_RXFE);
		if (offset >= 0xfe0 && offset < 0xff0) return PERIPH_ID[(offset - 0xfe0) >> 2];
		if (offset >= 0xff0) return PCELL_ID[(offset - 0xff0) >> 2];
		return 0;
	}

	write(offset: number, _size: number, value: bigint): void {
		if (offset === UARTDR) this.transmit(Number(value & 0xffn));
	}

	describe(parent: DtNode, base: bigint, size: number): void {
		parent.child(`pl011@${base.toString(16)}`)
			.prop('compatible', ['arm,pl011', 'arm,primecell'])
			.prop('reg', regProp(base, size));
	}
}
